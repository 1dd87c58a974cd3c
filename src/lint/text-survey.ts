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
/** A character mojibake may start with (a UTF-8 lead byte read as Windows-1252: `Ã`, `Ä`, `á`, `â`). */
const LEAD = 32;

// Most characters of an article (ASCII, Vietnamese letters, punctuation) are none of these: the loop skips them at one lookup each.
const KIND = new Uint8Array(0x10000);
KIND[0xfffd] = FFFD;
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) KIND[c] = CONTROL;
for (let c = 0x7f; c <= 0x9f; c++) KIND[c] = CONTROL;
for (const c of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) KIND[c] = CONTROL;
for (const [from, to] of MARK_RANGES) KIND.fill(MARK, from, to + 1);
KIND[0x3c] = LT;
KIND[0x26] = AMP;
KIND.fill(LEAD, 0xc2, 0xf5);

/** What follows a lead in mojibake: a UTF-8 continuation byte read as Windows-1252 (0x80–0xBF, and the letters and signs Windows-1252 puts at 0x80–0x9F). */
const CONTINUATION = new Uint8Array(0x10000);
CONTINUATION.fill(1, 0x80, 0xc0);
for (const c of '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ') CONTINUATION[c.charCodeAt(0)] = 1;

/** Vietnamese letters written precomposed (Latin-1 letters, ă ĩ ũ ơ ư — not đ, which NFD keeps — and the Latin Extended Additional block). */
const PRECOMPOSED = new Uint8Array(0x10000);
for (const [from, to] of [[0xc0, 0xfd], [0x102, 0x103], [0x128, 0x129], [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0], [0x1ea0, 0x1ef9]]) {
  PRECOMPOSED.fill(1, from, to + 1);
}

const isSpace = (c: number) => c <= 0x20 || c === 0xa0;

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
  let lastMarkEnd = -1;
  let suspect = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const k = KIND[text.charCodeAt(i)];
    if (k === 0) continue;
    if (k & LEAD) {
      if (!suspect && CONTINUATION[text.charCodeAt(i + 1)]) suspect = true;
    } else if (k & MARK) {
      let end = i + 1;
      while (end < n && KIND[text.charCodeAt(end)] & MARK) end++;
      s.decomposed.letters++;
      // A new word when a space lies since the last mark (decomposed text is rare: these scans are too).
      let newWord = lastMarkEnd < 0;
      for (let j = lastMarkEnd; !newWord && j < i; j++) newWord = isSpace(text.charCodeAt(j));
      if (newWord) s.decomposed.words++;
      s.decomposed.first ??= { start: i > 0 && !isSpace(text.charCodeAt(i - 1)) ? i - 1 : i, end }; // the letter and its marks
      lastMarkEnd = end;
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
    }
  }
  if (s.decomposed.letters) {
    for (let i = 0; i < n && !s.decomposed.precomposed; i++) s.decomposed.precomposed = PRECOMPOSED[text.charCodeAt(i)] === 1;
  }
  if (suspect) {
    const left = mojibakeLeft(text);
    s.mojibake = { count: left.count, first: left.first };
  }
  return s;
}
