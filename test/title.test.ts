/**
 * The title of a plain-text article is never page furniture: a breadcrumb, a
 * section name (alone, or after a scraper's date on its metadata line), a
 * photo caption or a byline.
 */
import { describe, expect, it } from 'vitest';
import { extractSync } from '../src/extract-article.js';
import { rules } from './support/rules.js';

const title = (...lines: string[]) => extractSync(lines.join('\n'), rules, { path: 'a.txt' }).title;
const BODY = 'Sáng 14/8, Đại hội Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc với 150 đại biểu chính thức dự.';
const TITLE = 'Khai mạc Đại hội Đảng bộ xã Tân Lập lần thứ I';

describe('title', () => {
  it('is not a breadcrumb or a section name', () => {
    expect(title('Trang chủ > Chính trị', TITLE, BODY)).toBe(TITLE);
    expect(title('Thời sự > Chính trị', TITLE, BODY)).toBe(TITLE);
    expect(title('Xây dựng Đảng', TITLE, BODY)).toBe(TITLE);
    // A section name long enough to pass for a title on its own.
    expect(title('Tin tức - Sự kiện', TITLE, BODY)).toBe(TITLE);
    expect(title('Các huyện ủy, thị ủy, thành ủy', TITLE, BODY)).toBe(TITLE);
  });

  it('is not the section on the line after the metadata lines, or sharing the date line', () => {
    expect(title('# doc_id = x1', '# url = https://bao.vn/a.htm', '# date = 20250814', 'Đại hội Đảng các cấp', TITLE, BODY)).toBe(TITLE);
    expect(title(' date 2025-08-14 Multimedia', '', TITLE, '', BODY)).toBe(TITLE);
    expect(title(' date 2025-08-14 Tin tức - Sự kiện', '', TITLE, '', BODY)).toBe(TITLE);
  });

  it('is the text that shares the date line when it reads as a title, and not when it is the body', () => {
    expect(title(` date 2025-08-14 ${TITLE}`, '', BODY)).toBe(TITLE);
    expect(title(` date 2025-08-14 ${BODY}`, '', 'Những kết quả nổi bật của nhiệm kỳ')).toBeNull();
  });

  it('is not the site’s name above its section', () => {
    expect(title('Hội Nông dân tỉnh Hòa Sơn', '', 'Tin hoạt động', '', TITLE, '', BODY)).toBe(TITLE);
  });

  it('is never a photo caption, and a caption before any title means there is none', () => {
    expect(title('Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội', BODY)).toBeNull();
    expect(title('Ảnh minh họa (Nguồn: Báo Hòa Sơn)', BODY)).toBeNull();
    expect(title('Các đại biểu dự phiên khai mạc Đại hội (ảnh: Minh Châu)', BODY)).toBeNull();
    expect(title('Người dân xã Tân Lập phấn khởi đón Đại hội (Ảnh minh họa)', 'Những kết quả nổi bật', BODY)).toBeNull();
    expect(title('Quang cảnh phiên trù bị Đại hội Đảng bộ xã Tân Lập', 'Những kết quả nổi bật', BODY)).toBeNull();
    // Said before a title, a caption is skipped only as far as it goes: the title above it stays.
    expect(title(TITLE, 'Quang cảnh phiên trù bị Đại hội (Ảnh: Minh Châu)', BODY)).toBe(TITLE);
    // A headline that names a view is still a headline.
    expect(title('Toàn cảnh vùng đồi chè nhìn từ trên cao', BODY)).toBe('Toàn cảnh vùng đồi chè nhìn từ trên cao');
  });

  it('is never a byline', () => {
    expect(title('Bài và ảnh: Nguyễn Minh Châu', BODY)).toBeNull();
    expect(title('PV: Xin ông cho biết những điểm mới của văn kiện lần này?', 'Ông Trần Văn Hòa: Văn kiện lần này ngắn gọn hơn.')).toBeNull();
  });

  it('skips widgets (the font-size one too) and datelines', () => {
    expect(title('Xem với cỡ chữAA', TITLE, '(08:30 | 14/08/2025)', BODY)).toBe(TITLE);
    expect(title('Thứ Năm, 14/08/2025, 09:47 (GMT+7)', TITLE, BODY)).toBe(TITLE);
  });

  // Kept from before: metadata, datelines, breadcrumbs; a body first means no title.
  it('is the short line before the body, past metadata, datelines and breadcrumbs', () => {
    const text = '# doc_id = x\nTrang chủ » Chính trị » Xây dựng Đảng\nThứ Năm, 15/10/2020, 09:47 (GMT+7)\nKhai mạc Đại hội Đảng bộ huyện Tân Phước lần thứ XII\nSáng 15/10, đại hội khai mạc với 210 đại biểu.';
    expect(title(text)).toBe('Khai mạc Đại hội Đảng bộ huyện Tân Phước lần thứ XII');
  });
  it('skips a dateline that names its weekday, whatever its punctuation', () => {
    const text = 'THỨ SÁU; 16/10/2020 | 08:00 (GMT+7)\nBế mạc Đại hội Đảng bộ thị xã lần thứ V\nSáng 16/10, đại hội bế mạc sau hai ngày làm việc.';
    expect(title(text)).toBe('Bế mạc Đại hội Đảng bộ thị xã lần thứ V');
  });
  it('is none when the text starts with its body: a later short line is a caption', () => {
    const text = 'Sáng 15/10, đại hội khai mạc với 210 đại biểu dự.\nBí thư Huyện ủy phát biểu tại đại hội\nĐại hội diễn ra trong 2 ngày.';
    expect(title(text)).toBeNull();
  });
});
