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

const BOUNDARY = /[.!?…]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d])/gu;

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && !/\s/.test(text[i])) i--;
  const word = text.slice(i + 1, dot).replace(/^["'(\[]+/, '');
  if (word === '') return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials: `N.D`, `P.H`, `A`.
  if (/^\p{Lu}(?:\.\p{Lu})*$/u.test(word)) return true;
  return false;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export function segment(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Trim the line to its content.
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) <= 32) a++;
    while (b > a && text.charCodeAt(b - 1) <= 32) b--;
    if (a < b) {
      const paragraph = paragraphs.length;
      paragraphs.push({ start: a, end: b, index: paragraph });
      const line = text.slice(a, b);
      let from = 0;
      BOUNDARY.lastIndex = 0;
      for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
        if (m[0][0] === '.' && endsWithAbbreviation(line, m.index)) continue;
        const stop = m.index + m[0].length;
        sentences.push({ start: a + from, end: a + stop, index: sentences.length, paragraph });
        from = stop;
        while (from < line.length && line.charCodeAt(from) <= 32) from++;
      }
      if (from < line.length) sentences.push({ start: a + from, end: b, index: sentences.length, paragraph });
    }
    start = end + 1;
  }
  return { paragraphs, sentences };
}
