/** Inputs for the damage rules' tests (test/lint-text.test.ts, test/lint-scrape.test.ts). */

/** A clean article of our own, in the corpus's style: title, dateline, four paragraphs, byline. */
export const ARTICLE = [
  'Đại hội Đảng bộ huyện Yên Lạc lần thứ XXIII thành công tốt đẹp',
  'Thứ Bảy, 10/10/2020 08:30',
  'Sáng 9/10, Đại hội đại biểu Đảng bộ huyện Yên Lạc lần thứ XXIII, nhiệm kỳ 2020 - 2025 đã bế mạc sau hai ngày làm việc khẩn trương, nghiêm túc.',
  'Đại hội đã bầu 39 đồng chí vào Ban Chấp hành Đảng bộ huyện khóa mới; đồng chí Trần Văn Minh tiếp tục được tín nhiệm bầu giữ chức Bí thư Huyện ủy.',
  'Nhiệm kỳ tới, huyện phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt 9% mỗi năm, thu nhập bình quân đầu người đến năm 2025 đạt 75 triệu đồng.',
  'Phát biểu bế mạc, đồng chí Bí thư Huyện ủy kêu gọi cán bộ, đảng viên và nhân dân trong huyện đoàn kết, phát huy truyền thống, sớm đưa nghị quyết vào cuộc sống.',
  'Minh Châu',
].join('\n');

/** `line:column` (1-based, UTF-16 code units) of the first `needle` in `text`, `shift` characters on. */
export function where(text: string, needle: string, shift = 0): string {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, offset + shift);
  return `${before.split('\n').length}:${offset + shift - before.lastIndexOf('\n')}`;
}
