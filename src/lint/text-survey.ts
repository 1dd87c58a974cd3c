/**
 * One pass over an article's decoded input for the text-damage rules
 * (`rules/text.ts`): replacement characters, control characters, combining
 * marks (decomposed letters), and where HTML tags or entities and
 * mojibake may start. Each rule asks the same survey, made once per article:
 * the check runs on archives, and one lookup-table loop answers all of them
 * where a regex per rule would scan the text once each.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { MARK_RANGES } from '../normalize/characters.js';
import { mojibakeLeft } from '../normalize/legacy.js';
import { HTML_TAG_NAMES } from './damage-words.js';
import type { ArticleLintContext } from './rule.js';

export interface Spot {
  start: number;
  end: number;
}

export interface TextSurvey {
  /** U+FFFD. */
  replacement: { count: number; first: Spot | null };
  /** C0 and C1 control characters other than tab, line feed and carriage return; bidirectional overrides. */
  control: { count: number; first: Spot | null; code: number };
  /** Decomposed letters: runs of combining marks (each run one letter), the words they are in, the first letter with its marks. */
  decomposed: { letters: number; words: number; first: Spot | null; precomposed: boolean };
  /** HTML tags of the HTML_TAG_NAMES elements. */
  tags: { count: number; first: Spot | null };
  /** HTML entities (`&nbsp;`, `&#7841;`) that decode to something. */
  entities: { count: number; first: Spot | null };
  /** Mojibake the decoder left (too little to be certain of). */
  mojibake: { count: number; first: (Spot & { fixed: string }) | null };
}

const FFFD = 1;
const CONTROL = 2;
const MARK = 4;
const LT = 8;
const AMP = 16;
const SPACE = 32;
const PRECOMPOSED = 64;
const SUSPECT = 128;

const KIND = new Uint8Array(0x10000);
KIND[0xfffd] = FFFD;
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) KIND[c] = CONTROL;
for (let c = 0x7f; c <= 0x9f; c++) KIND[c] = CONTROL;
for (const c of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) KIND[c] = CONTROL;
for (const [from, to] of MARK_RANGES) KIND.fill(MARK, from, to + 1);
KIND[0x3c] = LT;
KIND[0x26] = AMP;
for (const c of [0x20, 0x09, 0x0a, 0x0d, 0xa0]) KIND[c] = SPACE;
// Vietnamese letters written precomposed (Latin-1 letters, ă ĩ ũ ơ ư — not đ, which NFD keeps — and the Latin Extended Additional block).
for (const [from, to] of [[0xc0, 0xfd], [0x102, 0x103], [0x128, 0x129], [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0], [0x1ea0, 0x1ef9]]) {
  for (let c = from; c <= to; c++) KIND[c] |= PRECOMPOSED;
}
// Characters mojibake is made of (Windows-1252 read of UTF-8 lead and continuation bytes): a text without them holds none.
for (const c of [0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xe1]) KIND[c] |= SUSPECT;

// An HTML tag: `<p>`, `</div>`, `<br/>`, `<img src="…">` on one line; the name is looked up in HTML_TAG_NAMES.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?=[\s/>])[^<>\n]{0,300}>/y;
const TAG_NAMES = new Set(HTML_TAG_NAMES);
// An entity with its `;` (as the normaliser decodes them: src/normalize/characters.ts).
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;

const surveys = new WeakMap<ArticleLintContext, TextSurvey>();

/** The survey of `ctx.original`, made on first use. */
export function surveyText(ctx: ArticleLintContext): TextSurvey {
  let s = surveys.get(ctx);
  if (!s) {
    s = survey(ctx.original, !ctx.isHtml);
    surveys.set(ctx, s);
  }
  return s;
}

/** The survey of a text; `markup`: look for HTML tags and entities (a page's source is made of them). */
export function survey(text: string, markup: boolean): TextSurvey {
  const s: TextSurvey = {
    replacement: { count: 0, first: null },
    control: { count: 0, first: null, code: 0 },
    decomposed: { letters: 0, words: 0, first: null, precomposed: false },
    tags: { count: 0, first: null },
    entities: { count: 0, first: null },
    mojibake: { count: 0, first: null },
  };
  let wordStart = 0;
  let wordCounted = -1;
  let suspect = false;
  let precomposed = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const k = KIND[text.charCodeAt(i)];
    if (k === 0) continue;
    if (k & SPACE) {
      wordStart = i + 1;
    } else if (k & MARK) {
      let end = i + 1;
      while (end < n && KIND[text.charCodeAt(end)] & MARK) end++;
      s.decomposed.letters++;
      if (wordCounted !== wordStart) {
        wordCounted = wordStart;
        s.decomposed.words++;
      }
      s.decomposed.first ??= { start: i > wordStart ? i - 1 : i, end }; // the letter and its marks
      i = end - 1;
    } else if (k & FFFD) {
      s.replacement.count++;
      s.replacement.first ??= { start: i, end: i + 1 };
    } else if (k & CONTROL) {
      s.control.count++;
      if (!s.control.first) {
        s.control.first = { start: i, end: i + 1 };
        s.control.code = text.charCodeAt(i);
      }
    } else if (k & LT) {
      if (!markup) continue;
      TAG.lastIndex = i;
      const m = TAG.exec(text);
      if (m && TAG_NAMES.has(m[1].toLowerCase())) {
        s.tags.count++;
        s.tags.first ??= { start: i, end: TAG.lastIndex };
        i = TAG.lastIndex - 1;
      }
    } else if (k & AMP) {
      if (!markup) continue;
      ENTITY.lastIndex = i;
      if (ENTITY.test(text)) {
        const end = ENTITY.lastIndex;
        const piece = text.slice(i, end);
        if (decodeHTMLStrict(piece) !== piece) {
          s.entities.count++;
          s.entities.first ??= { start: i, end };
          i = end - 1;
        }
      }
    } else {
      if (k & PRECOMPOSED) precomposed = true;
      if (k & SUSPECT) suspect = true;
    }
  }
  s.decomposed.precomposed = precomposed;
  if (suspect) {
    const left = mojibakeLeft(text);
    s.mojibake = { count: left.count, first: left.first };
  }
  return s;
}
