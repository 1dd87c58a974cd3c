/**
 * Behaviour of the `published` and `dates` extractors that rule examples
 * cannot express: the dateline is not a body date, the refiners (ranges,
 * latent dates, overlaps, page stamps) and year resolution.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const values = async (text: string, reference?: string) => (await extract(text, { reference })).dates.map((d) => d.value);

describe('published', () => {
  it('takes the dateline and leaves it out of dates, but keeps a body date on the same day', async () => {
    const a = await extract('Đại hội Đảng bộ huyện thành công\n\n09:12, 14/08/2020\n\nNgày 14-8, Đại hội bế mạc.');
    expect(a.published?.value).toBe('2020-08-14');
    expect(a.dates.map((d) => d.value)).toEqual(['2020-08-14']);
    expect(a.dates[0].evidence.text).toBe('Ngày 14-8');
  });

  it('ignores a month-only metadata line and an event date in the lead', async () => {
    expect((await extract(' date 2020-07 Một số chỉ tiêu chủ yếu.')).published).toBeNull();
    const lead = await extract('TTXVN - Ngày 17-10-2020, tại thành phố, Đại hội đại biểu Đảng bộ tỉnh đã khai mạc trọng thể.');
    expect(lead.published).toBeNull();
    expect(lead.dates.map((d) => d.value)).toEqual(['2020-10-17']);
  });

  it('does not look for a dateline deep in the body', async () => {
    const body = 'Đoạn văn bản dài về Đại hội. '.repeat(80);
    expect((await extract(`Tiêu đề\n\n${body}\n\n10:20, 15/10/2020\n`)).published).toBeNull();
  });

  it('uses the dateline as the reference for yearless dates', async () => {
    const a = await extract('Thứ Ba, 05/01/2021, 10:00 (GMT+7)\nNgày 30/12, Ban Thường vụ họp.');
    expect(a.dates.map((d) => [d.value, d.yearImplied])).toEqual([['2020-12-30', true]]);
  });
});

describe('dates refiners', () => {
  it('joins "từ ... ngày X đến ... ngày Y" into one range and keeps no single ends', async () => {
    expect(await values('Phiên chính thức từ 8 giờ ngày 1/10 đến 11 giờ 30 phút ngày 2/10.', '2025-09-24')).toEqual([
      '2025-10-01/2025-10-02',
    ]);
    expect(await values('Đại hội diễn ra từ ngày 30/9 đến ngày 2/10/2025.')).toEqual(['2025-09-30/2025-10-02']);
  });

  it('reads consecutive days written together as a range, other lists as days', async () => {
    expect(await values('Đại hội họp ngày 30/9 và 1/10/2025.')).toEqual(['2025-09-30/2025-10-01']);
    expect(await values('Các phiên họp diễn ra ngày 24/9 và 26/9/2025.')).toEqual(['2025-09-24', '2025-09-26']);
  });

  it('carries the written year across the new year', async () => {
    expect(await values('Đợt kiểm tra từ ngày 28/12 đến ngày 3/1/2021.')).toEqual(['2020-12-28/2021-01-03']);
  });

  it('keeps two far-apart dates joined by a dash as two dates', async () => {
    expect(await values('Kỷ niệm thành lập Đảng (3/2/1930 - 3/2/2021).')).toEqual(['1930-02-03', '2021-02-03']);
  });

  it('keeps yearless ranges yearless without a reference', async () => {
    expect(await values('Trong 3 ngày (16-18/8), Đảng bộ tổ chức Đại hội.')).toEqual(['--08-16/--08-18']);
  });

  it('drops a latent day/month that no real date vouches for', async () => {
    expect(await values('Bệnh nhân nhập viện ngày 15/10 và 2-3 tháng sau mới hồi phục.', '2020-10-20')).toEqual([
      '2020-10-15',
    ]);
    expect(await values('Có 12/18 thuyền viên dương tính, 3/5 thành viên tán thành.', '2021-04-27')).toEqual([]);
  });

  it('reads a second page stamp as no date', async () => {
    const a = await extract('Tiêu đề\n10:20, 15/10/2020\nCập nhật: 11:05 - 16/10/2020\nNgày 14/10, hội nghị diễn ra.');
    expect(a.published?.value).toBe('2020-10-15');
    expect(a.dates.map((d) => d.value)).toEqual(['2020-10-14']);
  });

  it('counts a date stated twice once', async () => {
    expect(await values('Sáng 12-8, Đại hội khai mạc. Chiều 12-8, Đại hội bầu Ban Chấp hành.', '2025-08-12')).toEqual([
      '2025-08-12',
    ]);
  });

  it('resolves a yearless date to the closest year', async () => {
    expect(await values('Ngày 28/12, hội nghị tổng kết.', '2021-01-03')).toEqual(['2020-12-28']);
    expect(await values('Dự kiến ngày 2/1 khai mạc.', '2020-12-30')).toEqual(['2021-01-02']);
  });
});

describe('published in the header zone', () => {
  it('does not take a date and time in a sentence of the lead for the dateline', async () => {
    const a = await extract(
      'Thông báo\nĐại hội sẽ khai mạc lúc 14/10/2020, 8:00 tại Hội trường Ủy ban nhân dân tỉnh, với sự tham dự của 350 đại biểu chính thức.',
    );
    expect(a.published).toBeNull();
  });
});
