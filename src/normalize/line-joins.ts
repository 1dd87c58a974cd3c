/**
 * Lines a scraper broke in the middle of a sentence: a line that ends
 * without closing punctuation followed by one that starts with a lower-case
 * letter is one sentence (`… với sự tham dự của 350` / `đại biểu …`). The line
 * break becomes a space, so the segmenter sees one paragraph; lengths and
 * offsets do not change. Only the line breaks are visited (indexOf), not
 * every character.
 */
const CLOSING = /[\s.!?:;"'”)…\]]/;
const LOWER_START = /^[ ]*\p{Ll}/u;

export function joinBrokenLines(text: string): { text: string; joined: number } {
  let joined = 0;
  let out: string[] | null = null;
  let last = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let p = i - 1;
    while (p >= 0 && text.charCodeAt(p) === 32) p--;
    if (p < 0 || CLOSING.test(text[p])) continue;
    if (!LOWER_START.test(text.slice(i + 1, i + 8))) continue;
    (out ??= []).push(text.slice(last, i), ' ');
    last = i + 1;
    joined++;
  }
  if (!out) return { text, joined: 0 };
  out.push(text.slice(last));
  return { text: out.join(''), joined };
}
