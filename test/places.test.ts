/**
 * Where a congress is (issue 8, places): its level from the head word of its
 * body, its province as named at the time and the province it belongs to
 * now, and the article's place. Sentences of our own, one per level and per
 * way an article names the province.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const congresses = async (text: string) =>
  (await extract(text)).congresses.map(({ ordinal, body, province, provinceNow, level }) => ({ ordinal, body, province, provinceNow, level }));

describe('the level of a congress, from its body', () => {
  it.each([
    ['Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2020 - 2025 khai mạc.', 'province'],
    ['Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ XXII, nhiệm kỳ 2020 - 2025 bế mạc.', 'province'],
    ['Đại hội đại biểu Đảng bộ TP.HCM lần thứ XI, nhiệm kỳ 2020 - 2025 thành công.', 'province'],
    ['Đại hội Đảng bộ thành phố Vinh lần thứ XXVI, nhiệm kỳ 2020 - 2025, tỉnh Nghệ An.', 'district'],
    ['Đại hội Đảng bộ huyện Nam Đàn lần thứ XXIX, nhiệm kỳ 2020 - 2025 diễn ra tại tỉnh Nghệ An.', 'district'],
    ['Đại hội Đảng bộ thị xã Cửa Lò lần thứ VII diễn ra hai ngày, tỉnh Nghệ An.', 'district'],
    ['Đại hội Đảng bộ xã Nghi Phong lần thứ XXV, nhiệm kỳ 2020 - 2025, huyện Nghi Lộc, tỉnh Nghệ An.', 'commune'],
    ['Đại hội Đảng bộ thị trấn Quán Hành lần thứ XX thành công tốt đẹp, tỉnh Nghệ An.', 'commune'],
    ['Đại hội Đảng bộ phường Hưng Dũng lần thứ XII, nhiệm kỳ 2020 - 2025, tỉnh Nghệ An.', 'ward'],
    ['Đại hội Đảng bộ Khối Doanh nghiệp tỉnh Nghệ An lần thứ V, nhiệm kỳ 2020 - 2025 khai mạc.', 'bloc'],
    ['Đại hội Đảng bộ Quân sự tỉnh Nghệ An lần thứ XIII, nhiệm kỳ 2020 - 2025 khai mạc.', 'armed-forces'],
    ['Đại hội Đảng bộ Công an tỉnh Nghệ An lần thứ XXV, nhiệm kỳ 2020 - 2025 khai mạc.', 'armed-forces'],
    ['Đại hội Đảng bộ Sở Y tế tỉnh Nghệ An lần thứ IV, nhiệm kỳ 2020 - 2025 khai mạc.', 'agency'],
    ['Đại hội đại biểu toàn quốc lần thứ XIII của Đảng diễn ra tại Hà Nội.', 'national'],
  ])('%s → %s', async (text, level) => {
    expect((await congresses(text))[0].level).toBe(level);
  });

  it('a thành phố is a province only when it is a centrally-run city at the time', async () => {
    // Huế became a centrally-run city on 1 January 2025; before, thành phố Huế was a district of Thừa Thiên Huế.
    const before = await congresses('Đại hội Đảng bộ thành phố Huế lần thứ XVI, nhiệm kỳ 2020 - 2025 khai mạc. Thừa Thiên Huế chuẩn bị đại hội tỉnh.');
    expect(before[0]).toMatchObject({ level: 'district', province: 'Thừa Thiên Huế', provinceNow: 'Huế' });
    const after = await congresses('Đại hội đại biểu Đảng bộ thành phố Huế lần thứ XVII, nhiệm kỳ 2025 - 2030 khai mạc sáng 10/10/2025.');
    expect(after[0]).toMatchObject({ level: 'province', province: 'Huế', provinceNow: 'Huế' });
  });

  it('a body with no head word it knows has no level', async () => {
    expect((await congresses('Đại hội Đảng bộ Vietcombank lần thứ VI, nhiệm kỳ 2020 - 2025, có trụ sở tại Hà Nội.'))[0].level).toBeNull();
  });
});

describe('the province of a congress', () => {
  it('from its body', async () => {
    expect(await congresses('Đại hội đại biểu Đảng bộ tỉnh Kiên Giang lần thứ XI, nhiệm kỳ 2020 - 2025 khai mạc.')).toEqual([
      { ordinal: 11, body: 'tỉnh Kiên Giang', province: 'Kiên Giang', provinceNow: 'An Giang', level: 'province' },
    ]);
    expect((await congresses('Đại hội Đảng bộ huyện U Minh, tỉnh Cà Mau lần thứ XIII, nhiệm kỳ 2020 - 2025.'))[0]).toMatchObject({
      province: 'Cà Mau',
      provinceNow: 'Cà Mau',
      level: 'district',
    });
  });

  it('from elsewhere in the article: a tỉnh written in the text, or a name in brackets', async () => {
    const text = [
      'Sáng 12/8/2020, Đại hội đại biểu Đảng bộ huyện Tân Phước lần thứ XII, nhiệm kỳ 2020 - 2025 khai mạc.',
      'Tham dự có lãnh đạo Tỉnh ủy Tiền Giang và các sở, ngành của tỉnh Tiền Giang.',
    ].join('\n');
    expect((await congresses(text))[0]).toMatchObject({ province: 'Tiền Giang', provinceNow: 'Đồng Tháp', level: 'district' });
    const brackets = 'Đại hội Đảng bộ huyện Mỏ Cày Nam lần thứ XII, nhiệm kỳ 2020 - 2025 bế mạc. Huyện Mỏ Cày Nam (Bến Tre) đạt 16/18 chỉ tiêu.';
    expect((await congresses(brackets))[0]).toMatchObject({ province: 'Bến Tre', provinceNow: 'Vĩnh Long' });
  });

  it('prefers the province the article names most, a name after tỉnh counting twice', async () => {
    const text = [
      'Đại hội Đảng bộ xã Phú Lộc lần thứ XV, nhiệm kỳ 2020 - 2025 diễn ra tại tỉnh Sóc Trăng.',
      'Xã có nhiều nông sản được bán sang Cần Thơ; sản phẩm của tỉnh Sóc Trăng ngày càng có tiếng.',
    ].join('\n');
    expect((await congresses(text))[0]).toMatchObject({ province: 'Sóc Trăng', provinceNow: 'Cần Thơ', level: 'commune' });
  });

  it('takes the name at the time: the 63 before 1 July 2025, the 34 on or after', async () => {
    const before = 'Ngày 20/3/2025, Đại hội Đảng bộ phường Ghềnh Ráng lần thứ XVII, nhiệm kỳ 2025 - 2030 khai mạc. Tỉnh Bình Định chỉ đạo chặt chẽ.';
    expect((await congresses(before))[0]).toMatchObject({ province: 'Bình Định', provinceNow: 'Gia Lai', level: 'ward' });
    const after = 'Ngày 20/8/2025, Đại hội Đảng bộ phường Quy Nhơn Nam lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. Trước đây phường thuộc tỉnh Bình Định.';
    expect((await congresses(after))[0]).toMatchObject({ province: 'Gia Lai', provinceNow: 'Gia Lai', level: 'ward' });
  });

  it('with no date, a provincial 2025-2030 congress is after the merger and a 2020-2025 one before', async () => {
    const late = 'Đại hội đại biểu Đảng bộ xã Tân Hưng lần thứ I, nhiệm kỳ 2025 - 2030 thành công. Xã thuộc tỉnh Long An cũ.';
    expect((await congresses(late))[0]).toMatchObject({ province: 'Tây Ninh', provinceNow: 'Tây Ninh' });
    const early = 'Đại hội đại biểu Đảng bộ xã Tân Hưng lần thứ XX, nhiệm kỳ 2020 - 2025 thành công. Xã thuộc tỉnh Long An.';
    expect((await congresses(early))[0]).toMatchObject({ province: 'Long An', provinceNow: 'Tây Ninh' });
  });

  it('reads tone-placement and local spellings as the official name', async () => {
    const text = 'Đại hội đại biểu Đảng bộ tỉnh Hoà Bình lần thứ XVII, nhiệm kỳ 2020 - 2025. Thành phố Buôn Ma Thuột, tỉnh Đăk Lăk cũng chuẩn bị đại hội.';
    expect((await congresses(text))[0]).toMatchObject({ province: 'Hòa Bình', provinceNow: 'Phú Thọ' });
    const dak = 'Đại hội Đảng bộ thành phố Buôn Ma Thuột, tỉnh Đăk Lăk lần thứ XV, nhiệm kỳ 2020 - 2025 khai mạc.';
    expect((await congresses(dak))[0]).toMatchObject({ province: 'Đắk Lắk', provinceNow: 'Đắk Lắk', level: 'district' });
  });

  it('fills in a bare tỉnh body with the province the article names, and gives an earlier congress of the body the same province', async () => {
    const text = [
      'Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025 đã thành công tốt đẹp.',
      'Nhiệm kỳ qua, Đảng bộ tỉnh Hậu Giang thực hiện đạt và vượt 18/21 chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII.',
    ].join('\n');
    const found = await congresses(text);
    expect(found).toContainEqual({ ordinal: 14, body: 'tỉnh Hậu Giang', province: 'Hậu Giang', provinceNow: 'Cần Thơ', level: 'province' });
    expect(found).toContainEqual({ ordinal: 13, body: 'tỉnh Hậu Giang', province: 'Hậu Giang', provinceNow: 'Cần Thơ', level: 'province' });
  });

  it('keeps a bare tỉnh when the article names no province', async () => {
    expect(await congresses('Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 thành công tốt đẹp.')).toEqual([
      { ordinal: 20, body: 'tỉnh', province: null, provinceNow: null, level: 'province' },
    ]);
  });

  it('gives bodies above the provinces and the national congress no province', async () => {
    const text = [
      'Đại hội Đảng bộ Khối các cơ quan Trung ương lần thứ XIII, nhiệm kỳ 2020 - 2025 khai mạc tại Hà Nội.',
      'Đại hội Đảng bộ Công an Trung ương lần thứ VII, nhiệm kỳ 2020 - 2025 diễn ra tại Hà Nội.',
      'Đại hội đại biểu Đảng bộ Quân đội lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra tại Hà Nội.',
      'Các đại hội hướng tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, tổ chức tại Hà Nội.',
    ].join('\n');
    const found = await congresses(text);
    expect(found.map((c) => c.province)).toEqual([null, null, null, null]);
    expect(found.map((c) => c.level)).toEqual(['bloc', 'armed-forces', 'armed-forces', 'national']);
  });

  it('does not read a province in a person’s name, an ocean, a lower unit’s name, or Hồ Chí Minh the man', async () => {
    const text = [
      'Đại hội Đảng bộ xã Hòa Bình lần thứ X, nhiệm kỳ 2020 - 2025 thành công.',
      'Đồng chí Nguyễn Thái Bình phát biểu; ông nhắc tới tư tưởng Hồ Chí Minh và khu vực Thái Bình Dương.',
      'Xã giáp huyện Quảng Ninh và xã Hưng Yên.',
    ].join('\n');
    expect((await congresses(text))[0]).toMatchObject({ province: null, provinceNow: null, level: 'commune' });
  });
});

describe('the place of an article', () => {
  it('is the province of its own congress, with evidence at the words that name it', async () => {
    const a = await extract('Đại hội đại biểu Đảng bộ huyện Châu Thành lần thứ XII, nhiệm kỳ 2020 - 2025 khai mạc.\nLãnh đạo tỉnh Kiên Giang dự.');
    expect(a.place).toMatchObject({ province: 'Kiên Giang', provinceNow: 'An Giang', rule: 'place/congress' });
    expect(a.place!.evidence.text).toBe('Kiên Giang');
  });

  it('else the province the article names most', async () => {
    const a = await extract('Sở Du lịch tỉnh Quảng Bình công bố chương trình hè.\nDu khách đến Quảng Bình tăng mạnh; nhiều người từ Hà Nội.', {
      reference: '2021-05-02',
    });
    expect(a.place).toMatchObject({ province: 'Quảng Bình', provinceNow: 'Quảng Trị', rule: 'place/most-named' });
  });

  it('after the merger, under its new name', async () => {
    const a = await extract('Ngày 5/8/2025\nUBND tỉnh Quảng Bình cũ bàn giao trụ sở.\nCán bộ Quảng Bình chuyển công tác.');
    expect(a.place).toMatchObject({ province: 'Quảng Trị', provinceNow: 'Quảng Trị' });
  });

  it('else null: one passing mention does not make an article about a place', async () => {
    expect((await extract('Giá vàng hôm nay tăng mạnh; một cửa hàng ở Hà Nội bán ra 60 triệu đồng.')).place).toBeNull();
    expect((await extract('Đội tuyển bóng đá giành chiến thắng 3-0 trên sân nhà.')).place).toBeNull();
  });
});
