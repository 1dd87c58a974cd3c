/**
 * The metadata lines a scraper puts at the very top of a text file, in its
 * two forms: `# url = https://…`, `# doc_id = news_001` (one per line), and
 * ` url https://…` (the form of ` date 2025-09-30`, sometimes with the first
 * line of the article after the value). Their values become `source.url` and
 * `source.id`; the item itself (key and value) is blanked with spaces, so it
 * is never read as the title or as a fact (a URL holds years and numbers:
 * `…/nhiem-ky-2020-2025.htm`) and offsets stay those of the input. The
 * ` date …` line is left as it is: the dateline rules read it.
 *
 * The keys are a file format's, like `og:url` in a page, not words of the
 * articles: they stay here rather than in a rule table.
 */

export interface ScraperHeader {
  /** The text with the url and id items blanked. */
  text: string;
  /** An absolute http(s) URL, or null. */
  url: string | null;
  id: string | null;
  /** What was ignored, for the file's notes. */
  notes: string[];
}

/** The block is at the very top: this many lines at most (three in the news corpus). */
const TOP_LINES = 6;
/** A value longer than this is no identifier or address a scraper wrote. */
const MAX_VALUE = 2048;
/**
 * One item at the start of a line: `# key = value` or ` key value`. Only the
 * keys below; `date` is one so that a date line does not end the block.
 * Spaces and tabs are bounded runs, the value one run of non-spaces, so the
 * pattern reads each character once.
 */
const ITEM = /^[ \t]{0,8}(?:#[ \t]{0,8})?(url|doc_id|date)(?:[ \t]{0,8}=[ \t]{0,8}|[ \t]{1,8})(\S{1,2048})/i;
/** An absolute http(s) URL: the scheme and `//` written out (`new URL` alone accepts `https:x`). */
const ABSOLUTE_HTTP = /^https?:\/\/[^/?#\s]/i;

/** `value` when it is an absolute http(s) URL, else null. */
export function httpUrl(value: string): string | null {
  if (value.length > MAX_VALUE || !ABSOLUTE_HTTP.test(value)) return null;
  // The scheme is http(s) already (ABSOLUTE_HTTP): only whether the rest parses
  // is asked, without making a URL object for every article.
  return URL.canParse(value) ? value : null;
}


export function readScraperHeader(text: string): ScraperHeader {
  const header: ScraperHeader = { text, url: null, id: null, notes: [] };
  // Most articles open with a letter: nothing to read.
  const first = text.charCodeAt(0);
  if (first !== 0x23 /* # */ && first !== 0x20 && first !== 0x09) return header;
  let start = 0;
  let out = '';
  let last = 0;
  for (let index = 0; index < TOP_LINES && start < text.length; index++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      const m = ITEM.exec(line);
      if (!m) break;
      const key = m[1].toLowerCase();
      if (key !== 'date') {
        const value = m[2];
        if (key === 'doc_id') header.id ??= value;
        else if (header.url === null) {
          header.url = httpUrl(value);
          if (header.url === null) header.notes.push(`ignored the scraper's url line: "${value.slice(0, 80)}" is not an absolute http(s) URL`);
        }
        out += text.slice(last, start) + ' '.repeat(m[0].length);
        last = start + m[0].length;
      }
      // Text after the item (the article's first line) ends the block.
      if (line.slice(m[0].length).trim() !== '') break;
    }
    start = end + 1;
  }
  if (last > 0) header.text = out + text.slice(last);
  return header;
}
