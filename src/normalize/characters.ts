/**
 * Character-level normalisation. One pass composes to NFC, drops combining
 * marks that compose with nothing, removes zero-width characters and decodes
 * HTML entities left in text (`&nbsp;`, `&#7841;`): the only steps that change
 * lengths, recorded in the offset map. The rest replace one code unit by one:
 * line ends, space and dash variants, quotes.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { OffsetMap } from './offset-map.js';

/** Blocks that hold every combining mark of the BMP (Vietnamese letters, U+1E00–U+1EFF, lie between them). */
const MARK_BLOCKS: readonly [number, number][] = [
  [0x300, 0x36f], [0x483, 0x1dff], [0x20d0, 0x20ff], [0x2cef, 0x2dff], [0x302a, 0x309a], [0xa66f, 0xabff],
  [0xfb1e, 0xfb1e], [0xfe00, 0xfe2f],
];

/**
 * The BMP's combining marks as code-unit ranges, found in MARK_BLOCKS with
 * Unicode's \p{M} (one regex pass over each block; test/char-kinds.test.ts
 * checks that no mark lies outside them), for lookup tables: a /u regex with
 * \p{M}, or a class of all these ranges, scans text several times slower.
 */
export const MARK_RANGES: readonly [number, number][] = (() => {
  const ranges: [number, number][] = [];
  for (const [from, to] of MARK_BLOCKS) {
    const block = String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, i) => from + i));
    for (const m of block.matchAll(/\p{M}+/gu)) ranges.push([from + m.index, from + m.index + m[0].length - 1]);
  }
  return ranges;
})();
/** Leading surrogates of the supplementary planes' combining marks (U+101FD … U+1E94A, U+E0100 …). */
const ASTRAL_MARK_LEADS: [number, number][] = [[0xd800, 0xd83a], [0xdb40, 0xdb40]];
const INVISIBLE_RANGES: [number, number][] = [[0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [0xad, 0xad]];

/**
 * Code-unit ranges where a length-changing piece may start, for the one-pass
 * survey in char-kinds.ts: invisible characters, `&`, combining marks and the
 * leading surrogates of supplementary-plane marks.
 */
export const LENGTH_CHANGING_RANGES: readonly [number, number][] = [...INVISIBLE_RANGES, [0x26, 0x26], ...ASTRAL_MARK_LEADS, ...MARK_RANGES];

const IS_MARK = new Uint8Array(0x10000);
for (const [from, to] of MARK_RANGES) IS_MARK.fill(1, from, to + 1);
const IS_INVISIBLE = new Uint8Array(0x10000);
for (const [from, to] of INVISIBLE_RANGES) IS_INVISIBLE.fill(1, from, to + 1);
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const LEADING_MARK = /^\p{M}/u;

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const classOf = (ranges: readonly [number, number][]) => ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
/**
 * Where a piece may start: the blocks that hold marks, whole, rather than
 * the marks themselves. A class of a few ranges scans text several times
 * faster than one of the ~190 ranges of marks (or a /u regex with \p{M});
 * each candidate is then looked up in IS_MARK.
 */
export const CANDIDATE = new RegExp(`[${classOf([...INVISIBLE_RANGES, [0x26, 0x26], ...MARK_BLOCKS, ...ASTRAL_MARK_LEADS])}]`, 'g');
// An entity left in text, with its `;` (plain text is not HTML).
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;

/** Length of the combining mark at `text[i]`: 1 or 2 (a supplementary one), 0 when there is none. */
function markAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (IS_MARK[c]) return 1;
  if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 && MARK.test(text.slice(i, i + 2))) return 2;
  return 0;
}

export interface Composed {
  text: string;
  map: OffsetMap;
  /** Letters composed from NFD, combining marks dropped, invisible characters removed, entities decoded. */
  composed: number;
  dropped: number;
  removed: number;
  entities: number;
}

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
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(original); m; m = CANDIDATE.exec(original)) {
    const at = m.index;
    const c = original.charCodeAt(at);
    let end: number;
    let text: string;
    if (c === 0x26) {
      ENTITY.lastIndex = at;
      if (!ENTITY.test(original)) continue;
      end = ENTITY.lastIndex;
      const piece = original.slice(at, end);
      text = decodeHTMLStrict(piece);
      if (text === piece) continue; // not an entity: text as written
      result.entities++;
    } else if (IS_INVISIBLE[c]) {
      end = at + 1;
      text = '';
      result.removed++;
    } else {
      let length = markAt(original, at);
      if (!length) continue; // another character of a block that holds marks
      end = at;
      while (length) {
        end += length;
        length = markAt(original, end);
      }
      text = original.slice(at, end);
    }
    CANDIDATE.lastIndex = end;
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
