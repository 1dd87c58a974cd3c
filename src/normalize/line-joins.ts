/**
 * Lines a scraper broke in the middle of a sentence: a line that ends
 * without closing punctuation followed by one that starts with a lower-case
 * letter is one sentence (`… với sự tham dự của 350` / `đại biểu …`). The line
 * break becomes a space, so the segmenter sees one paragraph; lengths and
 * offsets do not change.
 */
const BROKEN_LINE = /([^\s.!?:;"'”)…\]])[ ]*\n(?=[ ]*\p{Ll})/gu;

export function joinBrokenLines(text: string): { text: string; joined: number } {
  if (!text.includes('\n')) return { text, joined: 0 };
  let joined = 0;
  const out = text.replace(BROKEN_LINE, (m) => {
    joined++;
    return m.replace('\n', ' ');
  });
  return { text: out, joined };
}
