/**
 * Articles for property and metamorphic tests: the project's own fixture
 * articles and short congress sentences written for these tests (one or more
 * facts of every type each).
 */
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../../fixtures/articles/', import.meta.url);

export const FIXTURE_ARTICLES: readonly { name: string; text: string }[] = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));

export const CONGRESS_SENTENCES: readonly string[] = [
  'Sáng 15/10/2020, Đại hội đại biểu Đảng bộ tỉnh Hậu Giang lần thứ XIV, nhiệm kỳ 2020 - 2025 đã khai mạc.',
  'Dự Đại hội có 350 đại biểu, đại diện cho hơn 42.600 đảng viên trong toàn Đảng bộ.',
  'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XII gồm 45 đồng chí.',
  'Đại hội xác định 3 khâu đột phá: phát triển hạ tầng giao thông; cải cách hành chính; phát triển nguồn nhân lực chất lượng cao.',
  'Phấn đấu đến năm 2025, tốc độ tăng trưởng kinh tế bình quân đạt 7,5%/năm; thu nhập bình quân đầu người đạt 85 triệu đồng.',
  'Đại hội diễn ra từ ngày 20 - 22/10/2020 tại Trung tâm Hội nghị tỉnh.',
  'Ngày 14/9/2025, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, với 120 đại biểu tham dự.',
  'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng dự kiến diễn ra vào quý I/2021.',
  'Đến năm 2025, tỷ lệ hộ nghèo giảm còn dưới 2%; 100% số xã đạt chuẩn nông thôn mới.',
  'Gần 300 đại biểu chính thức, đại diện cho 12.500 đảng viên, dự phiên bế mạc chiều 17/10.',
  'Ban Thường vụ Tỉnh ủy khóa XV gồm 15 đồng chí; Ủy ban Kiểm tra Tỉnh ủy gồm 11 đồng chí.',
  'Đến năm 2030, GRDP bình quân đầu người đạt 5.000 USD; tổng vốn đầu tư toàn xã hội đạt 120 nghìn tỷ đồng.',
  'Trong nhiệm kỳ 2015 - 2020, Đảng bộ kết nạp được 1.250 đảng viên mới.',
  'Đại hội Đảng bộ thị xã lần thứ XVII, nhiệm kỳ 2020-2025 có hai mươi đại biểu đại diện cho các chi bộ.',
  'Bế mạc Đại hội Đảng bộ huyện\nThứ Sáu, ngày 16 tháng 10 năm 2020\nSau hai ngày làm việc, Đại hội đã bế mạc.',
  'Khai mạc Đại hội Đảng bộ tỉnh\n\nThứ Năm, 15/10/2020, 09:47 (GMT+7)\n\nSáng nay, Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 khai mạc với 343 đại biểu.',
  'Tháng 10/2020, Đại hội thông qua Nghị quyết với 2 đột phá chiến lược và 25 chỉ tiêu chủ yếu.',
  'Phấn đấu đến cuối năm 2025, tỷ lệ đô thị hóa đạt trên 45%, tỷ lệ lao động qua đào tạo đạt 70%.',
];
