/**
 * Character-level normalisation. One pass composes to NFC, drops combining
 * marks that compose with nothing, removes zero-width characters and decodes
 * HTML entities left in text (`&nbsp;`, `&#7841;`): the only steps that change
 * lengths, recorded in the offset map. The rest replace one code unit by one:
 * line ends, space and dash variants, quotes.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { OffsetMap } from './offset-map.js';

// An invisible character, a run of combining marks, or an HTML entity (with its `;`: plain text is not HTML).
const LENGTH_CHANGING = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\p{M}+|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/gu;
const MARKS = /\p{M}/gu;
const MARK = /\p{M}/u;
const LEADING_MARK = /^\p{M}/u;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

export interface Composed {
  text: string;
  map: OffsetMap;
  /** Letters composed from NFD, combining marks dropped, invisible characters removed, entities decoded. */
  composed: number;
  dropped: number;
  removed: number;
  entities: number;
}

// What any length-changing piece contains: a quick test before the full scan.
export const MAY_CHANGE_LENGTH = /[\u200B-\u200D\u2060\uFEFF\u00AD&]|\p{M}/u;

/**
 * Code-unit ranges holding every character MAY_CHANGE_LENGTH matches (for the
 * one-pass survey in char-kinds.ts): the invisible characters, `&`, the blocks
 * that hold the BMP's combining marks, and the leading surrogates of the
 * supplementary planes' marks. test/char-kinds.test.ts checks them against
 * Unicode's \p{M}; the survey may flag a few more code units, never fewer.
 */
export const LENGTH_CHANGING_RANGES: readonly [number, number][] = [
  [0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [0xad, 0xad], [0x26, 0x26],
  [0xd800, 0xd83a], [0xdb40, 0xdb40],
];
/** Blocks with combining marks; only their marks are flagged (Vietnamese letters U+1E00–U+1EFF lie between them). */
export const MARK_BLOCKS: readonly [number, number][] = [
  [0x300, 0x36f], [0x483, 0x1dff], [0x20d0, 0x20ff], [0x2cef, 0x2dff], [0x302a, 0x309a], [0xa66f, 0xabff],
  [0xfb1e, 0xfb1e], [0xfe00, 0xfe2f],
];

/** A piece of the input replaced in the output: input [at, end) by `text`. */
interface Replacement {
  at: number;
  end: number;
  text: string;
  /** Holds combining marks: compose, then drop the marks that are left. */
  marks: boolean;
}

/**
 * NFC, invisible characters and entities, with the map back to the input.
 * A run of combining marks is composed with the character before it (the
 * letter in the input, or what an entity just before it decoded to), and one
 * replacement covers both, so a letter and its marks map as one: evidence
 * never starts or ends inside them. Marks that NFC cannot compose (`X` +
 * U+0300) are dropped: Vietnamese has no use for them, and left in the text
 * they would split a word or numeral (`X̀V` would read as `X`).
 */
export function composeNfc(original: string): Composed {
  const result: Composed = { text: original, map: new OffsetMap(original), composed: 0, dropped: 0, removed: 0, entities: 0 };
  if (!MAY_CHANGE_LENGTH.test(original)) return result;
  const { map } = result;
  let out = '';
  let last = 0;
  let pending: Replacement | null = null;
  const flush = () => {
    if (!pending) return;
    let text = pending.text;
    if (pending.marks) {
      const nfc = text.normalize('NFC');
      text = nfc.replace(MARKS, '');
      const left = nfc.length - text.length;
      if (left) result.dropped += left;
      else result.composed++;
    }
    out += original.slice(last, pending.at);
    map.mark(out.length, pending.at);
    out += text;
    last = pending.end;
    map.mark(out.length, last);
    pending = null;
  };
  LENGTH_CHANGING.lastIndex = 0;
  for (let m = LENGTH_CHANGING.exec(original); m; m = LENGTH_CHANGING.exec(original)) {
    const piece = m[0];
    const at = m.index;
    const end = at + piece.length;
    let text = piece;
    if (piece.charCodeAt(0) === 0x26) {
      text = decodeHTMLStrict(piece);
      if (text === piece) continue; // not an entity: text as written
      result.entities++;
    } else if (piece.length === 1 && INVISIBLE.test(piece)) {
      text = '';
      result.removed++;
    }
    if (!MARK.test(text)) {
      flush();
      pending = { at, end, text, marks: false };
    } else if (!LEADING_MARK.test(text)) {
      flush();
      pending = { at, end, text, marks: true };
    } else if (pending && pending.end === at && pending.text !== '') {
      // Marks right after a decoded entity compose with what it decoded to.
      pending.text += text;
      pending.end = end;
      pending.marks = true;
    } else {
      flush();
      // Marks compose with the character before them, whole (a surrogate pair is one), unless it was itself replaced.
      let from: number = at;
      if (from > last) from--;
      if (from > last && (original.charCodeAt(from) & 0xfc00) === 0xdc00 && (original.charCodeAt(from - 1) & 0xfc00) === 0xd800) from--;
      pending = { at: from, end, text: original.slice(from, at) + text, marks: true };
    }
  }
  flush();
  if (last === 0 && out === '') return result;
  result.text = out + original.slice(last);
  return result;
}

/** The one-for-one replacements `foldCharacters` makes (besides line ends). */
export const ONE_FOR_ONE: Readonly<Record<string, string>> = {
  '\t': ' ',
  '\u00A0': ' ',
  '\u1680': ' ',
  '\u202F': ' ',
  '\u205F': ' ',
  '\u3000': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uFE58': '-',
  '\uFE63': '-',
  '\uFF0D': '-',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
};
for (let c = 0x2000; c <= 0x200a; c++) (ONE_FOR_ONE as Record<string, string>)[String.fromCharCode(c)] = ' ';

export const ONE_FOR_ONE_RE = new RegExp(`[${Object.keys(ONE_FOR_ONE).join('')}]`, 'g');

/** Replace line-end, space, dash and quote variants; the length never changes. */
export function foldCharacters(text: string): string {
  let t = text;
  if (t.includes('\r')) t = t.replace(/\r\n/g, ' \n').replace(/\r/g, '\n');
  return t.replace(ONE_FOR_ONE_RE, (c) => ONE_FOR_ONE[c]);
}
