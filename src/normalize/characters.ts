/**
 * Character-level normalisation. One pass composes to NFC, drops zero-width
 * characters and decodes HTML entities left in text (`&nbsp;`, `&#7841;`):
 * the only steps that change lengths, recorded in the offset map. The rest
 * replace one code unit by one: line ends, space and dash variants, quotes.
 */
import { OffsetMap } from './offset-map.js';

// An invisible character, a run of combining marks (composed with the letter before it), or an HTML entity.
const LENGTH_CHANGING =
  /[\u200B-\u200D\u2060\uFEFF\u00AD]|[\u0300-\u036F]+|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', ndash: '-', mdash: '-', hellip: '…',
  lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', laquo: '«', raquo: '»', bull: '•', middot: '·', deg: '°',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì',
  iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì',
  Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};

function decodeEntity(e: string): string | null {
  if (e[1] === '#') {
    const code = e[2] === 'x' || e[2] === 'X' ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[e.slice(1, -1)] ?? null;
}

export interface Composed {
  text: string;
  map: OffsetMap;
  /** Number of decomposed sequences composed, invisible characters removed, entities decoded. */
  composed: number;
  removed: number;
  entities: number;
}

// What any length-changing piece contains: a quick test before the full scan.
export const MAY_CHANGE_LENGTH = /[\u0300-\u036F\u200B-\u200D\u2060\uFEFF\u00AD&]/;
/** The characters MAY_CHANGE_LENGTH matches, as code-unit ranges (for char-kinds.ts). */
export const LENGTH_CHANGING_RANGES: readonly [number, number][] = [
  [0x300, 0x36f], [0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [0xad, 0xad], [0x26, 0x26],
];

export function composeNfc(original: string): Composed {
  const map = new OffsetMap(original);
  if (!MAY_CHANGE_LENGTH.test(original)) return { text: original, map, composed: 0, removed: 0, entities: 0 };
  let out = '';
  let last = 0;
  let composed = 0;
  let removed = 0;
  let entities = 0;
  LENGTH_CHANGING.lastIndex = 0;
  for (let m = LENGTH_CHANGING.exec(original); m; m = LENGTH_CHANGING.exec(original)) {
    let piece = m[0];
    let at = m.index;
    const marks = piece.charCodeAt(0) >= 0x300 && piece.charCodeAt(0) <= 0x36f;
    // Marks compose with the letter before them, unless that letter was itself replaced.
    if (marks && at > last) {
      at--;
      piece = original[at] + piece;
    }
    let replacement: string;
    if (piece[0] === '&' && piece.length > 3) {
      const decoded = decodeEntity(piece);
      if (decoded === null) continue;
      replacement = decoded;
      entities++;
    } else {
      replacement = piece.length === 1 ? '' : piece.normalize('NFC');
      if (replacement === piece) continue;
      if (replacement === '') removed++;
      else composed++;
    }
    out += original.slice(last, at);
    map.mark(out.length, at);
    out += replacement;
    last = at + piece.length;
    map.mark(out.length, last);
  }
  out += original.slice(last);
  return { text: out, map, composed, removed, entities };
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
