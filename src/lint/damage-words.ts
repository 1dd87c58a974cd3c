/**
 * The words the text-damage and scrape-damage rules of `vnextract check`
 * (`rules/text.ts`, `rules/scrape.ts`) look for, as data: add a word here,
 * not in the rules. All in lower case; lines are compared in lower case,
 * spaces collapsed.
 */

/**
 * HTML elements whose tags, left in a text file (`<p>`, `</div>`, `<br/>`),
 * show that a page was saved as text without its markup stripped. Only these
 * names count: `<Tên sách>` or `<<Nhật ký>>` in Vietnamese prose are no tags.
 */
export const HTML_TAG_NAMES: readonly string[] = [
  'a', 'abbr', 'article', 'aside', 'audio', 'b', 'big', 'blockquote', 'body', 'br', 'button', 'caption', 'center',
  'cite', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'label', 'li', 'link',
  'main', 'meta', 'nav', 'noscript', 'ol', 'p', 'picture', 'pre', 's', 'script', 'section', 'small', 'source', 'span',
  'strike', 'strong', 'style', 'sub', 'sup', 'svg', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr',
  'u', 'ul', 'video',
];

/**
 * Boilerplate a scraper leaves in the text (share widgets, related-article
 * blocks, comment and subscription footers, gallery controls) beyond the
 * exact widget lines the normaliser already blanks (`src/normalize/boilerplate.ts`).
 *   - `line`: the whole line, with or without a final `:`;
 *   - `start`: the line starts with it (then a link, a title, a count);
 *   - `anywhere`: a gallery or widget label that no sentence holds, anywhere in a short line.
 */
export const BOILERPLATE_LINES: { readonly line: readonly string[]; readonly start: readonly string[]; readonly anywhere: readonly string[] } = {
  line: [
    'chia sẻ bài viết', 'chia sẻ facebook', 'chia sẻ zalo', 'chia sẻ qua email', 'bình luận', 'bình luận của bạn',
    'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi ý kiến', 'gửi bình luận', 'viết bình luận', 'đọc thêm', 'xem thêm',
    'tin liên quan', 'bài liên quan', 'bài viết liên quan', 'tin cùng chuyên mục', 'tin mới nhất', 'tin nổi bật',
    'có thể bạn quan tâm', 'bạn có thể quan tâm', 'đọc nhiều nhất', 'xem nhiều nhất', 'quảng cáo', 'advertisement',
    'like', 'share', 'tweet', 'thích', 'in bài', 'lưu bài viết', 'quay lại', 'trang chủ',
  ],
  start: [
    'chia sẻ bài viết lên', 'chia sẻ lên facebook', 'chia sẻ qua', 'bình luận (', 'gửi bình luận', 'đọc thêm:',
    'đọc thêm >>', 'xem thêm:', 'xem thêm >>', 'tin liên quan:', 'bài liên quan:', 'bài viết liên quan:',
    'xem tiếp:', 'mời quý độc giả', 'mời bạn đọc xem', 'mời độc giả xem', 'đăng ký nhận tin', 'đăng ký nhận bản tin',
    'tải ứng dụng', 'theo dõi chúng tôi', 'theo dõi báo', 'bạn đang đọc bài viết', 'bạn đọc có thể', 'bản quyền thuộc',
    'copyright', '©', 'ghi rõ nguồn', 'từ khóa:', 'từ khoá:', 'tags:', 'tag:',
  ],
  anywhere: ['nhấn để phóng to ảnh', 'bấm để phóng to', 'click để phóng to', 'nhấn vào đây để xem', 'xem ảnh lớn'],
};

/** A boilerplate line is short: longer lines are sentences that happen to start with these words. */
export const BOILERPLATE_MAX_LENGTH = 120;

/**
 * Lines that end an article without a full stop and are not cut text: the
 * source, the author, the photo credit, a series' next part, a contact line.
 * A trailing line starting with one of these is skipped when looking for the
 * article's last paragraph of text.
 */
export const ENDING_LINE_STARTS: readonly string[] = [
  'theo ', '(theo ', 'nguồn', '(nguồn', 'ảnh:', '(ảnh', 'ảnh ', 'video:', 'clip:', 'bài ', 'kỳ ', 'kì ', 'phần ',
  'địa chỉ', 'hotline', 'điện thoại', 'đt:', 'tel', 'fax', 'email', 'e-mail', 'website', 'web:', 'fanpage',
  'facebook', 'liên hệ', 'thiết kế:', 'đồ họa:', 'đồ hoạ:', 'thực hiện:', 'tổng hợp', 'lược dịch', 'biên dịch',
  'dịch:', 'pv', '(pv', 'ctv', '(*)', '*', 'ghi chú', 'lưu ý:', 'xem thêm', 'đọc thêm', 'tin liên quan',
];

/**
 * Words no Vietnamese sentence ends with: a paragraph that ends with one,
 * written in lower case, was cut (`… đã thông qua các`). Only words that need
 * what follows them and end no compound word (`tại` is out: `hiện tại`; `sự`
 * is out: `quân sự`; `tới` is out: `thời gian tới`).
 */
export const DANGLING_WORDS: readonly string[] = [
  'của', 'và', 'các', 'những', 'với', 'là', 'để', 'nhưng', 'hoặc', 'thì', 'vì', 'nhằm', 'gồm', 'rằng', 'nếu', 'tuy',
  'mỗi', 'mọi', 'cho', 'bị',
];
