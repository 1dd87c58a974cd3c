import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const title = async (text: string) => (await extract(text)).title;

describe('title', () => {
  it('is the short line before the body, past metadata, datelines and breadcrumbs', async () => {
    const text = '# doc_id = x\nTrang chủ » Chính trị » Xây dựng Đảng\nThứ Năm, 15/10/2020, 09:47 (GMT+7)\nKhai mạc Đại hội Đảng bộ huyện Tân Phước lần thứ XII\nSáng 15/10, đại hội khai mạc với 210 đại biểu.';
    expect(await title(text)).toBe('Khai mạc Đại hội Đảng bộ huyện Tân Phước lần thứ XII');
  });
  it('skips a dateline that names its weekday, whatever its punctuation', async () => {
    const text = 'THỨ SÁU; 16/10/2020 | 08:00 (GMT+7)\nBế mạc Đại hội Đảng bộ thị xã lần thứ V\nSáng 16/10, đại hội bế mạc sau hai ngày làm việc.';
    expect(await title(text)).toBe('Bế mạc Đại hội Đảng bộ thị xã lần thứ V');
  });
  it('is none when the text starts with its body: a later short line is a caption', async () => {
    const text = 'Sáng 15/10, đại hội khai mạc với 210 đại biểu dự.\nBí thư Huyện ủy phát biểu tại đại hội\nĐại hội diễn ra trong 2 ngày.';
    expect(await title(text)).toBeNull();
  });
});
