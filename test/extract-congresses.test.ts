/**
 * Congresses: merging the mentions of one congress and finding its term away
 * from its name, behaviour the rule examples cannot express.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const congressesOf = async (text: string, reference?: string) =>
  (await extract(text, { reference })).congresses.map(({ ordinal, body, term }) => ({ ordinal, body, term }));

describe('congresses', () => {
  it('merges the mentions of one congress and keeps the most specific body', async () => {
    const text = [
      'Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.',
      'Nghị quyết Đại hội Đại biểu Đảng bộ phường Tân An lần thứ I đề ra phương hướng chung.',
    ].join('\n');
    expect(await congressesOf(text)).toEqual([{ ordinal: 1, body: 'phường Tân An', term: '2025-2030' }]);
  });

  it('keeps two bodies with the same ordinal apart', async () => {
    const text =
      'Đại hội đại biểu Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ 2025-2030 góp ý văn kiện Đại hội Đảng bộ tỉnh Sơn La lần thứ I.';
    const found = await congressesOf(text);
    expect(found).toContainEqual({ ordinal: 1, body: 'xã Hòa Bình', term: '2025-2030' });
    expect(found).toContainEqual({ ordinal: 1, body: 'tỉnh Sơn La', term: null });
  });

  it('takes the term the congress gives elsewhere in the article', async () => {
    const text = [
      'Ngày 12-8, Đại hội Đảng bộ Khối các cơ quan tỉnh lần thứ IX khai mạc.',
      'Đại hội đã bầu 31 đồng chí vào Ban Chấp hành Đảng bộ Khối, nhiệm kỳ 2025 - 2030.',
    ].join('\n');
    expect(await congressesOf(text, '2025-08-12')).toEqual([{ ordinal: 9, body: 'Khối các cơ quan tỉnh', term: '2025-2030' }]);
  });

  it('does not give a past term or a plan period to the congress', async () => {
    const text = [
      'Đại hội Đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I khai mạc.',
      'Nhiệm kỳ 2020-2025, tăng trưởng kinh tế bình quân đạt 7%/năm.',
      'Giai đoạn 2026-2030, tỉnh đặt mục tiêu tăng trưởng 10%/năm.',
    ].join('\n');
    expect(await congressesOf(text)).toEqual([{ ordinal: 1, body: 'tỉnh Đồng Nai', term: null }]);
  });

  it('gives neither the current term to an earlier congress nor any term to the national one', async () => {
    const text = [
      'Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ 18, nhiệm kỳ 2025-2030 khai mạc.',
      'Đại hội tổng kết Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ 17 và góp ý văn kiện Đại hội XIV của Đảng, bầu Ban Chấp hành khóa 18, nhiệm kỳ 2025 - 2030.',
    ].join('\n');
    const found = await congressesOf(text);
    expect(found).toContainEqual({ ordinal: 18, body: 'tỉnh Hòa Bình', term: '2025-2030' });
    // The bare `tỉnh` of the earlier congress takes the province the article names (issue 8).
    expect(found).toContainEqual({ ordinal: 17, body: 'tỉnh Hòa Bình', term: null });
    expect(found).toContainEqual({ ordinal: 14, body: 'toàn quốc', term: null });
  });

  it('gives a term in a sentence that reviews the previous congress to the congress holding the review', async () => {
    // Own sentences (issue 9): the term stands apart from both names, in the sentence of the earlier one.
    const cases: [string, number, number, string][] = [
      ['Sáng 15/10, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XVI khai mạc.\nĐại hội nhiệm kỳ 2025-2030 có nhiệm vụ đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ XV.', 16, 15, '2025-2030'],
      ['Đại hội Đảng bộ huyện Đức Trọng lần thứ XIII diễn ra trong ba ngày.\nBáo cáo chính trị trình Đại hội nhiệm kỳ 2020 - 2025 đã kiểm điểm việc thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XII.', 13, 12, '2020-2025'],
      ['Đại hội Đảng bộ xã Tân Hà lần thứ XXIV thành công tốt đẹp\nTrong nhiệm kỳ 2025-2030, Đảng bộ xã tiếp tục phát huy kết quả thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII.', 24, 23, '2025-2030'],
      ['Đại hội lần thứ XVI Đảng bộ tỉnh diễn ra trong ba ngày.\nVăn kiện trình Đại hội, nhiệm kỳ 2025 - 2030 đánh giá kết quả 5 năm thực hiện Nghị quyết Đại hội XV Đảng bộ tỉnh.', 16, 15, '2025-2030'],
    ];
    for (const [text, current, previous, term] of cases) {
      const found = await congressesOf(text);
      expect(found.find((c) => c.ordinal === current)?.term, text).toBe(term);
      expect(found.find((c) => c.ordinal === previous)?.term, text).toBeNull();
    }
  });

  it('keeps the reviewed congress out of the term of the congress that reviews it, even written right after it', async () => {
    const shared = 'Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020-2025 khai mạc. Báo cáo đánh giá việc thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025.';
    expect(await congressesOf(shared)).toEqual([
      { ordinal: 22, body: 'huyện', term: '2020-2025' },
      { ordinal: 21, body: 'huyện', term: null },
    ]);
    const current = 'Sáng 20/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI khai mạc.\nTrên cơ sở đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ XV, nhiệm kỳ 2025 - 2030, Đảng bộ tỉnh xác định 3 khâu đột phá.';
    const found = await congressesOf(current, '2025-10-20');
    expect(found.find((c) => c.ordinal === 16)?.term).toBe('2025-2030');
    expect(found.find((c) => c.ordinal === 15)?.term).toBeNull();
  });

  it('still gives the previous congress its own past term written apart', async () => {
    const withCurrent = 'Đại hội Đảng bộ xã Tân Hà lần thứ XXIV, nhiệm kỳ 2025-2030 khai mạc.\nNhiệm kỳ 2020-2025, thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII, Đảng bộ đạt nhiều kết quả.';
    expect((await congressesOf(withCurrent)).find((c) => c.ordinal === 23)?.term).toBe('2020-2025');
    const dated = 'Đại hội Đảng bộ xã Tân Hà lần thứ XXIV khai mạc.\nNhiệm kỳ 2020-2025, thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII, Đảng bộ đạt nhiều kết quả.';
    expect((await congressesOf(dated, '2025-08-12')).find((c) => c.ordinal === 23)?.term).toBe('2020-2025');
  });

  it('reads a name with its abbreviation in parentheses as the body the abbreviation names later', async () => {
    const text = [
      'Bế mạc Đại hội đại biểu Đảng bộ Bộ đội Biên phòng tỉnh lần thứ X',
      'Chiều 12/7, Đại hội đại biểu Đảng bộ Bộ đội Biên phòng (BĐBP) tỉnh lần thứ X bế mạc. Đại hội thông qua Nghị quyết Đại hội đại biểu Đảng bộ BĐBP tỉnh lần thứ X, nhiệm kỳ 2025 – 2030.',
    ].join('\n');
    expect(await congressesOf(text)).toEqual([{ ordinal: 10, body: 'Bộ đội Biên phòng (BĐBP) tỉnh', term: '2025-2030' }]);
    // Capitals that do not spell the words before them define nothing.
    const other = 'Đại hội Đảng bộ Khu kinh tế (KCN) tỉnh lần thứ III khai mạc. Đại hội Đảng bộ KCN tỉnh lần thứ III, nhiệm kỳ 2020-2025 diễn ra tại Hà Nội.';
    expect((await congressesOf(other)).length).toBe(2);
  });

  it('reads a bare `Đại hội XIII` as the national congress the article names', async () => {
    const text = 'Quán triệt Nghị quyết Đại hội XIII của Đảng. Đại hội XIII đã xác định tầm nhìn đến năm 2045.';
    expect(await congressesOf(text)).toEqual([{ ordinal: 13, body: 'toàn quốc', term: null }]);
  });

  it('finds no congress in sport news', async () => {
    const text = 'Đoàn thể thao Việt Nam giành 136 huy chương vàng tại Đại hội lần thứ 32, SEA Games 32 tại Campuchia.';
    expect(await congressesOf(text)).toEqual([]);
  });
});
