/**
 * The text of an HTML page read without its tree: tags stripped, scripts,
 * styles and comments dropped, block tags as line breaks, each text run
 * keeping its offset. For a page the parser cannot build (nesting deeper than
 * the call stack allows).
 *
 * A scan from `<` to `<`, each tag's end found with indexOf. One regular
 * expression for all three kinds (`<script…>…</script>|<!--…-->|<[^>]*>`)
 * scans to the end of the page from every `<` that is never closed.
 */
import type { HtmlText } from './html.js';
import { OffsetMap } from './offset-map.js';
import { TextBuilder } from './text-builder.js';

/** Elements dropped with their content. */
const RAW_OPEN = /<(script|style|noscript|template)\b/iy;
const RAW_CLOSE: Record<string, RegExp> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  noscript: /<\/noscript\s*>/gi,
  template: /<\/template\s*>/gi,
};
const BLOCK = /<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|table|ul|ol)\b/iy;

/**
 * `text.indexOf(word, from)` for calls with `from` never decreasing: once the
 * word is not found, it is not looked for again, and a match still ahead is
 * reused, so a page full of unclosed tags is read once.
 */
function forwardSearch(find: (from: number) => number): (from: number) => number {
  let found = -2;
  let none = Infinity;
  return (from) => {
    if (from >= none) return -1;
    if (found < from) {
      found = find(from);
      if (found < 0) none = from;
    }
    return found;
  };
}

export function stripTags(html: string): HtmlText {
  const map = new OffsetMap(html);
  const text = new TextBuilder();
  const addText = (from: number, to: number) => {
    const piece = html.slice(from, to).replace(/[\r\n\t]/g, ' ');
    if (piece.trim() === '') return;
    map.mark(text.length, from);
    text.add(piece);
    map.mark(text.length, to);
  };
  const nextGt = forwardSearch((from) => html.indexOf('>', from));
  const nextCommentEnd = forwardSearch((from) => html.indexOf('-->', from));
  const nextClose = Object.fromEntries(
    Object.entries(RAW_CLOSE).map(([name, re]) => [
      name,
      forwardSearch((from) => {
        re.lastIndex = from;
        return re.exec(html)?.index ?? -1;
      }),
    ]),
  );
  let last = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', last)) {
    const gt = nextGt(at);
    // No `>` ahead: nothing after this point is a tag.
    if (gt < 0) break;
    let end = -1;
    RAW_OPEN.lastIndex = at;
    const raw = RAW_OPEN.exec(html)?.[1].toLowerCase();
    if (raw) {
      const close = nextClose[raw](gt + 1);
      if (close >= 0) {
        const re = RAW_CLOSE[raw];
        re.lastIndex = close;
        end = close + re.exec(html)![0].length;
      }
    }
    if (end < 0 && html.startsWith('<!--', at)) {
      const commentEnd = nextCommentEnd(at + 4);
      if (commentEnd >= 0) end = commentEnd + 3;
    }
    // Any other tag, and a script or comment never closed: up to the first `>`.
    if (end < 0) end = gt + 1;
    addText(last, at);
    BLOCK.lastIndex = at;
    if (BLOCK.test(html) && text.last !== '\n') text.add('\n');
    last = end;
  }
  addText(last, html.length);
  return { text: text.toString(), map, title: null, url: null, published: null, notes: [], problems: ['read HTML with tags stripped: the page nests too deeply for the HTML parser'] };
}
