/**
 * Paragraphs and sentences. A paragraph is a non-blank line (scraped articles
 * put one paragraph per line). A sentence ends at `.`, `!`, `?` or `…`
 * followed by space and a capital, a digit or an opening quote, except after
 * an abbreviation (`TP.`, `TS.`, `ThS.`, an initial) or inside a number.
 */
import type { Paragraph, Sentence } from '../types.js';

/** Words that take a full stop without ending the sentence. */
export const ABBREVIATIONS = new Set([
  'tp', 'tx', 'tt', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'cn', 'ls', 'nxb', 'tskh', 'bsck', 'q', 'p', 'h',
  'st', 'mr', 'mrs', 'ms', 'dr', 'v.v', 'vv', 'th.s', 'ttxvn', 'tw', 'ubnd', 'hđnd', 'đc', 'đ/c', 'ncs', 'no', 'tr',
]);

// The whole text is scanned at once, so the space after a stop must not run
// on past the end of the line (a paragraph): `[^\S\n]` is `\s` without `\n`.
// A match starts only at the first stop of a run (the lookbehind): a run of
// stops not followed by a capital is then tried once, not from each of its stops.
const BOUNDARY = /(?<![.!?…])[.!?…]+["')\]]*(?=[^\S\n]+["'([]?[\p{Lu}\d])/gu;

/** Whether a code unit is one that `\s` matches (tested on each character, a regex call costs too much). */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Longest abbreviation: a longer word needs no lookup (lower-casing never shortens a word). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const OPENING = new Set(['"', "'", '(', '['].map((c) => c.charCodeAt(0)));
const isLowerAsciiOrDigit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * Whether the full stop at `dot` ends an abbreviation or an initial; the
 * word starts at `lineStart` at the earliest. Runs at every full stop before
 * a capital, so the common case (a word ending in a lower-case letter or a
 * digit, too long to be an abbreviation) is answered without slicing.
 */
function endsWithAbbreviation(text: string, dot: number, lineStart: number): boolean {
  let start = dot - 1;
  while (start >= lineStart && !isWhitespace(text.charCodeAt(start))) start--;
  start++;
  while (start < dot && OPENING.has(text.charCodeAt(start))) start++;
  if (start === dot) return false;
  if (dot - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, dot).toLowerCase())) return true;
  // Initials: `N.D`, `P.H`, `A` (they end in a capital).
  if (isLowerAsciiOrDigit(text.charCodeAt(dot - 1))) return false;
  return /^\p{Lu}(?:\.\p{Lu})*$/u.test(text.slice(start, dot));
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** The non-blank lines, trimmed. */
function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) <= 32) a++;
    while (b > a && text.charCodeAt(b - 1) <= 32) b--;
    if (a < b) paragraphs.push({ start: a, end: b, index: paragraphs.length });
    start = end + 1;
  }
  return paragraphs;
}

export function segment(text: string): Segmentation {
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = [];
  // One pass of BOUNDARY over the text (one regex call per sentence, not per
  // line as well): a stop always lies inside a paragraph, since it and the
  // capital after it are not blank.
  BOUNDARY.lastIndex = 0;
  let m = BOUNDARY.exec(text);
  for (const p of paragraphs) {
    let from = p.start;
    for (; m && m.index < p.end; m = BOUNDARY.exec(text)) {
      if (text.charCodeAt(m.index) === 0x2e && endsWithAbbreviation(text, m.index, p.start)) continue;
      const stop = m.index + m[0].length;
      sentences.push({ start: from, end: stop, index: sentences.length, paragraph: p.index });
      from = stop;
      while (from < p.end && text.charCodeAt(from) <= 32) from++;
    }
    if (from < p.end) sentences.push({ start: from, end: p.end, index: sentences.length, paragraph: p.index });
  }
  return { paragraphs, sentences };
}
