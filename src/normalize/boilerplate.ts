/**
 * Boilerplate that scraped pages leave in the text: widget labels (share,
 * print, `leftcenterrightdel`), image file names, a caption repeated on the
 * next line, and the reader-comment footer. Lines are blanked with spaces
 * rather than removed, so offsets into the text stay those of the input.
 */
/**
 * Lines are tested trimmed (and only when short): no space to skip at either
 * end, and one way only to read the spaces before a final colon.
 */
const WIDGET_LINE =
  /^(?:leftcenterrightdel|left|center|right|del|chia sẻ|chia se|share|in bài|in bài viết|bản in|print|gửi bài|gửi email|email|facebook|twitter|zalo|tweet|lưu|lưu bài|bookmark|copy link|sao chép liên kết|theo dõi|quay lại|về đầu trang|lên đầu trang|trở về|xem thêm|tin liên quan|bài liên quan|tin khác|các tin khác|tin cùng chuyên mục|tags?|từ khóa|thẻ|font size|cỡ chữ|a-|a\+|\(\d+\) bình luận|\d+ bình luận)(?:\s*:)?$/i;
const IMAGE_LINE = /^\s*(?:\S+\.(?:jpe?g|png|gif|webp|bmp|svg))(?:\s+\S+\.(?:jpe?g|png|gif|webp|bmp|svg))*\s*$/i;
/** A line that starts the readers' comments: everything after it is dropped. */
const COMMENTS_START =
  /^(?:ý kiến bạn đọc|ý kiến của bạn|bình luận|bình luận của bạn|gửi bình luận|viết bình luận|để lại bình luận|bạn đọc bình luận|comments?)(?:\s*\(\d+\))?(?:\s*:)?$/i;

export interface Blanked {
  text: string;
  /** Number of lines blanked, by reason. */
  widgets: number;
  images: number;
  repeats: number;
  comments: number;
}

export function blankBoilerplate(text: string): Blanked {
  const result: Blanked = { text, widgets: 0, images: 0, repeats: 0, comments: 0 };
  const pieces: string[] = [];
  let changed = false;
  let previous = '';
  let start = 0;
  let inComments = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const trimmed = line.trim();
    let blank = false;
    if (inComments) {
      blank = trimmed !== '';
    } else if (trimmed !== '' && trimmed.length <= 40 && COMMENTS_START.test(trimmed)) {
      inComments = true;
      blank = true;
      result.comments++;
    } else if (trimmed !== '' && trimmed.length <= 40 && WIDGET_LINE.test(trimmed)) {
      blank = true;
      result.widgets++;
    } else if (trimmed !== '' && IMAGE_LINE.test(trimmed)) {
      blank = true;
      result.images++;
    } else if (trimmed !== '' && trimmed === previous && trimmed.length < 400) {
      // A caption printed twice; a long paragraph repeated is kept (it may be a real quote).
      blank = true;
      result.repeats++;
    }
    if (trimmed !== '') previous = trimmed;
    if (blank) {
      changed = true;
      pieces.push(' '.repeat(line.length));
    } else pieces.push(line);
    start = end + 1;
  }
  if (changed) result.text = pieces.join('\n');
  return result;
}
