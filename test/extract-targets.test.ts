/**
 * Scoping of targets, which rule examples cannot express: how far a list
 * intro gives its year, rates per year, results versus goals, repeated
 * statements of one goal.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

async function targetsOf(text: string, reference?: string) {
  const article = await extract(text, { reference });
  return article.targets.map(({ indicator, value, min, max, unit, comparator, year }) => ({
    indicator,
    value,
    min,
    max,
    unit,
    comparator,
    year,
  }));
}

describe('targets: deadline year', () => {
  it('gives the year of a list intro to items in later sentences and paragraphs', async () => {
    const t = await targetsOf(
      [
        'Đại hội Đảng bộ huyện đã thông qua các chỉ tiêu chủ yếu đến năm 2030 như: thu nhập bình quân đầu người đạt 110 triệu đồng. Tỷ lệ đô thị hóa đạt 40%.',
        'Tỷ lệ hộ nghèo giảm còn dưới 1%.',
      ].join('\n'),
    );
    expect(t.map((x) => x.year)).toEqual([2030, 2030, 2030]);
  });

  it('does not reach past a paragraph without any quantity', async () => {
    const t = await targetsOf(
      [
        'Đại hội Đảng bộ tỉnh đề ra các chỉ tiêu chủ yếu đến năm 2030 như: tỷ lệ đô thị hóa đạt 45%.',
        'Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa mới.',
        'Tỉnh đặt mục tiêu tỷ lệ che phủ rừng trên 50%.',
      ].join('\n'),
    );
    expect(t).toMatchObject([
      { value: 45, year: 2030 },
      { value: 50, comparator: 'gt', year: null },
    ]);
  });

  it('does not give a year written in another sentence without a list intro', async () => {
    const t = await targetsOf(
      'Theo Nghị quyết, tỉnh đề ra chỉ tiêu GRDP bình quân đầu người đến năm 2030 là 5.000 USD. Tỷ lệ lao động qua đào tạo đạt 75%.',
    );
    expect(t).toMatchObject([
      { value: 5000, unit: 'USD', year: 2030 },
      { value: 75, unit: '%', year: null },
    ]);
  });

  it('takes the end year of a period in the intro', async () => {
    const t = await targetsOf(
      'Nhiệm kỳ 2025 - 2030, Đại hội Đảng bộ phường xác định 15 chỉ tiêu, trong đó: thu ngân sách đạt 250 tỷ đồng; 100% tổ dân phố đạt chuẩn văn minh đô thị.',
    );
    expect(t.map((x) => x.year)).toEqual([2030, 2030]);
  });
});

describe('targets: rates per year', () => {
  it('keeps rates per year without a year, also inside a parenthesis after a rate', async () => {
    const t = await targetsOf(
      'Đại hội Đảng bộ tỉnh thông qua các chỉ tiêu giai đoạn 2025-2030, cụ thể: tăng trưởng GRDP bình quân 9%/năm (trong đó công nghiệp tăng 12-13%); GRDP bình quân đầu người đạt 6.000 USD.',
    );
    expect(t).toMatchObject([
      { value: 9, year: null },
      { min: 12, max: 13, year: null },
      { value: 6000, unit: 'USD', year: 2030 },
    ]);
  });

  it('makes every goal of a sentence opened by `Hằng năm` a yearly one', async () => {
    const t = await targetsOf(
      'Đảng bộ phấn đấu đến năm 2030 hoàn thành các chỉ tiêu. Hằng năm, có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; kết nạp từ 300 đảng viên mới trở lên.',
    );
    expect(t).toMatchObject([
      { value: 90, comparator: 'gt', year: null },
      { value: 300, unit: 'đảng viên', comparator: 'gte', year: null },
    ]);
  });
});

describe('targets: results are not goals', () => {
  it('skips the results of the past term and estimates', async () => {
    const t = await targetsOf(
      [
        'Nhiệm kỳ 2020-2025, tăng trưởng GRDP của tỉnh bình quân đạt 6,8%/năm; năm 2025 ước đạt 8%.',
        'Giai đoạn 2026-2030, Đảng bộ tỉnh đặt mục tiêu thu ngân sách 60.000 tỷ đồng.',
      ].join('\n'),
      '2025-10-06',
    );
    expect(t).toMatchObject([{ value: 60000000000000, unit: 'VND', year: 2030 }]);
  });

  it('skips counts of targets, tasks and breakthroughs', async () => {
    const t = await targetsOf('Đại hội Đảng bộ tỉnh đề ra 24 chỉ tiêu, 5 nhiệm vụ trọng tâm và 3 khâu đột phá.');
    expect(t).toEqual([]);
  });
});

describe('targets: one goal stated twice', () => {
  it('keeps a goal of the lead once, with the wording of the body', async () => {
    const t = await targetsOf(
      [
        'Đại hội Đảng bộ thành phố đặt mục tiêu tăng trưởng GRDP 10%/năm.',
        'Đại hội đề ra các chỉ tiêu chủ yếu như: tốc độ tăng trưởng GRDP bình quân từ 10%/năm trở lên.',
      ].join('\n'),
    );
    expect(t).toMatchObject([{ value: 10, comparator: 'gte' }]);
  });

  it('keeps two goals of one paragraph that share a value', async () => {
    const t = await targetsOf(
      'Đảng bộ phấn đấu có 20% đảng viên hoàn thành xuất sắc nhiệm vụ; có 20% tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ.',
    );
    expect(t).toHaveLength(2);
  });
});

describe('targets: units of measure and counted nouns', () => {
  it('gives the unit of measure itself, and keeps a counted noun as written', async () => {
    const t = await targetsOf(
      'Đại hội Đảng bộ huyện đề ra các chỉ tiêu đến năm 2030: cứng hóa thêm 60 km đường giao thông nông thôn; trồng mới 800 ha rừng; thu hút 2 triệu lượt khách du lịch; có 6 xã đạt chuẩn nông thôn mới nâng cao.',
    );
    expect(t).toMatchObject([
      { indicator: 'cứng hóa thêm đường giao thông nông thôn', value: 60, unit: 'km', year: 2030 },
      { value: 800, unit: 'ha', year: 2030 },
      { value: 2000000, unit: 'lượt khách du lịch', year: 2030 },
      { value: 6, unit: 'xã', year: 2030 },
    ]);
  });

  it('does not read the size of a place in a goal sentence as a goal', async () => {
    const t = await targetsOf(
      'Theo Nghị quyết Đại hội, thị xã phấn đấu trở thành thành phố trước năm 2030; thị xã có diện tích tự nhiên gần 24.000 ha, tuyến quốc lộ qua địa bàn dài hơn 30 km.',
    );
    expect(t).toEqual([]);
  });
});

describe('targets: counted goals written in words', () => {
  it('reads a number word directly before a counted noun of the list', async () => {
    const t = await targetsOf(
      'Nghị quyết Đại hội Đảng bộ xã đặt mục tiêu đến năm 2030 xây dựng thêm ba trường đạt chuẩn quốc gia, thành lập mới hai hợp tác xã và có thêm năm thôn đạt chuẩn nông thôn mới kiểu mẫu.',
    );
    expect(t.map(({ value, unit, year }) => ({ value, unit, year }))).toEqual([
      { value: 3, unit: 'trường', year: 2030 },
      { value: 2, unit: 'hợp tác xã', year: 2030 },
      { value: 5, unit: 'thôn', year: 2030 },
    ]);
  });

  it('leaves the article một, the year năm and nouns outside the list', async () => {
    const t = await targetsOf(
      [
        'Đảng bộ xã phấn đấu mỗi năm xây dựng thêm một trường đạt chuẩn quốc gia.',
        'Nghị quyết đặt mục tiêu có thêm năm 2030 là năm về đích nông thôn mới; đào tạo hai lớp cán bộ nguồn.',
      ].join('\n'),
    );
    expect(t).toEqual([]);
  });
});
