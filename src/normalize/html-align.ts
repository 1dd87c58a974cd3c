/**
 * Where each character of a parsed HTML text node came from. The parser
 * gives a text node's value and the source range it was read from, but the
 * value is not that source slice: entity references are resolved (named,
 * decimal, hex, with or without `;` as HTML allows), CRLF and CR become LF,
 * NUL is dropped or becomes U+FFFD, and text on both sides of a tag the parser
 * ignored (`</span>` with no span open) is one node. Walking the two side by
 * side, with the same entity decoder the parser uses, gives every character
 * its source offset.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';

let decoded = '';
const decoder = new HtmlEntityDecoder((cp) => {
  decoded += String.fromCodePoint(cp);
});

/** The entity reference at `html[at]` (an `&`) as a text node reads it: its length and what it decodes to. */
function entityAt(html: string, at: number): { length: number; text: string } {
  decoded = '';
  decoder.startEntity(DecodingMode.Legacy);
  let length = decoder.write(html, at + 1);
  if (length < 0) length = decoder.end();
  return { length, text: decoded };
}

/** The end of the markup starting at `html[at]` (a `<`): a comment or a tag; `at` when there is none. */
function markupEnd(html: string, at: number, to: number): number {
  if (html.startsWith('<!--', at)) {
    const end = html.indexOf('-->', at + 4);
    return end < 0 || end + 3 > to ? at : end + 3;
  }
  const end = html.indexOf('>', at + 1);
  return end < 0 || end + 1 > to ? at : end + 1;
}

export interface Alignment {
  /** Code unit `j` of the value was read from `html.slice(start[j], end[j])` (units decoded from one reference share its range). */
  start: Int32Array;
  end: Int32Array;
  /** Source characters the value does not explain, and value characters the source does not hold (mapped to `to`). */
  mismatches: number;
}

/**
 * Source ranges of a text node's value. The parser's start offset is not
 * always the node's first character: after NUL characters it drops, a node
 * that starts with an entity reference is placed at the reference's last
 * character (parse5 8). When the value does not align from there, it is
 * aligned again from the end of the markup before the node.
 */
export function alignText(value: string, html: string, from: number, to: number): Alignment {
  const first = alignFrom(value, html, from, to);
  if (first.mismatches === 0) return first;
  const back = html.lastIndexOf('>', from - 1) + 1;
  if (back >= from) return first;
  const second = alignFrom(value, html, back, to);
  return second.mismatches < first.mismatches ? second : first;
}

/** Whether the source at `i` reads as the value's character `v` (written as it is, or as a reference). */
function explainsNext(html: string, i: number, to: number, v: number): boolean {
  if (i >= to) return false;
  const c = html.charCodeAt(i);
  if (c === v) return true;
  if (c !== 0x26) return false;
  const entity = entityAt(html, i);
  return entity.length > 0 && i + entity.length <= to && entity.text.charCodeAt(0) === v;
}

function alignFrom(value: string, html: string, from: number, to: number): Alignment {
  const n = value.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let mismatches = 0;
  let i = from;
  let j = 0;
  while (j < n) {
    if (i >= to) {
      start[j] = end[j] = to;
      j++;
      mismatches++;
      continue;
    }
    let c = html.charCodeAt(i);
    const v = value.charCodeAt(j);
    if (c === v && c !== 0x26) {
      // A run of characters read as written: the common case, kept tight.
      do {
        start[j] = i;
        end[j++] = ++i;
      } while (j < n && i < to && (c = html.charCodeAt(i)) === value.charCodeAt(j) && c !== 0x26);
      continue;
    }
    if (c === 0x26) {
      const entity = entityAt(html, i);
      const length = entity.length;
      if (length > 0 && i + length <= to && value.startsWith(entity.text, j)) {
        for (let k = 0; k < entity.text.length; k++, j++) {
          start[j] = i;
          end[j] = i + length;
        }
        i += length;
        continue;
      }
    }
    // NUL is dropped in body text but read as U+FFFD elsewhere: it is the
    // U+FFFD only when what follows it cannot be (`\0&#55356;` reads as one U+FFFD, from the reference).
    if (c === 0 && v === 0xfffd && explainsNext(html, i + 1, to, v)) {
      i++;
      continue;
    }
    if (c === v || (c === 0 && v === 0xfffd)) {
      start[j] = i;
      end[j++] = ++i;
    } else if (c === 0x0d && v === 0x0a) {
      const length = html.charCodeAt(i + 1) === 0x0a && i + 1 < to ? 2 : 1;
      start[j] = i;
      end[j++] = i += length;
    } else if (c === 0x3c && markupEnd(html, i, to) > i) {
      i = markupEnd(html, i, to);
    } else {
      if (c !== 0) mismatches++; // NUL: dropped by the parser
      i++;
    }
  }
  return { start, end, mismatches };
}
