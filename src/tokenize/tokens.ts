/**
 * Tokens of a sentence, typed: URLs, dates (`15/10/2020`, `15-17/10/2020`
 * stays three tokens: day, range dash, date), percentages, money, numbers in
 * Vietnamese notation, Roman numerals, words (syllables joined by the domain
 * lexicon, `đại biểu`, `Ban Chấp hành`) and punctuation.
 */
import { parseDecimal, romanToInt, scaleOf } from './numbers.js';

export type TokenType = 'url' | 'date' | 'percent' | 'money' | 'number' | 'roman' | 'word' | 'punct';

export interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
  /** Numeric value for number, percent and money tokens; the ordinal for roman. */
  value?: number;
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const SCALE = String.raw`(?:nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|tỷ|tỉ|triệu|nghìn|ngàn)`;
const CURRENCY = String.raw`(?:đồng|VNĐ|VND|USD|đô la Mỹ|đô la|\$)`;
const LETTERS = String.raw`A-Za-z\u00C0-\u024F\u1E00-\u1EFF`;

export const TOKEN = new RegExp(
  [
    String.raw`(?<url>https?:\/\/[^\s"'<>]+|www\.[^\s"'<>]+)`,
    String.raw`(?<date>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?![\d/]))`,
    String.raw`(?<percent>(?:${NUM}) ?%)`,
    String.raw`(?<money>(?<amount>${NUM}) (?:(?<scale>${SCALE}) )?${CURRENCY}(?![${LETTERS}]))`,
    String.raw`(?<number>${NUM})`,
    String.raw`(?<word>[${LETTERS}]+)`,
    String.raw`(?<punct>[^\s])`,
  ].join('|'),
  'giu',
);

const ROMAN_SHAPE = /^[IVXLCDM]+$/;

/** Tokens of `text` between `start` and `end`, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length, lexicon?: Lexicon): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const g = m.groups!;
    const s = start + m.index;
    const t: Token = { type: 'punct', text: m[0], start: s, end: s + m[0].length };
    if (g.url) t.type = 'url';
    else if (g.date) t.type = 'date';
    else if (g.percent) {
      t.type = 'percent';
      t.value = parseDecimal(g.percent.replace(/ ?%$/, '')) ?? undefined;
    } else if (g.money) {
      t.type = 'money';
      const n = parseDecimal(g.amount);
      if (n !== null) t.value = n * scaleOf(g.scale);
    } else if (g.number) {
      t.type = 'number';
      t.value = parseDecimal(g.number) ?? undefined;
    } else if (g.word) {
      const roman = ROMAN_SHAPE.test(g.word) ? romanToInt(g.word) : null;
      // A single letter (`V-League`, `C`) is Roman only where an ordinal is expected.
      if (roman !== null && (g.word.length > 1 || isOrdinalContext(text, s))) {
        t.type = 'roman';
        t.value = roman;
      } else t.type = 'word';
    }
    tokens.push(t);
  }
  return lexicon ? joinWords(text, tokens, lexicon) : tokens;
}

/** Multi-syllable words of the domain, keyed by their lower-case syllables. */
export class Lexicon {
  private readonly terms = new Set<string>();
  private longest = 1;

  constructor(terms: Iterable<string>) {
    for (const t of terms) {
      const key = t.toLowerCase().trim().replace(/\s+/g, ' ');
      this.terms.add(key);
      this.longest = Math.max(this.longest, key.split(' ').length);
    }
  }

  has(key: string): boolean {
    return this.terms.has(key);
  }

  get maxSyllables(): number {
    return this.longest;
  }
}

/** Greedy longest match of consecutive syllables (one space apart) against the lexicon. */
function joinWords(text: string, tokens: Token[], lexicon: Lexicon): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' && t.type !== 'roman') {
      out.push(t);
      continue;
    }
    let joined = 0;
    for (let n = Math.min(lexicon.maxSyllables, tokens.length - i); n >= 2; n--) {
      let ok = true;
      for (let k = 1; k < n; k++) {
        const a = tokens[i + k - 1];
        const b = tokens[i + k];
        if ((b.type !== 'word' && b.type !== 'roman') || b.start !== a.end + 1 || text[a.end] !== ' ') {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const key = text.slice(t.start, tokens[i + n - 1].end).toLowerCase();
      if (lexicon.has(key)) {
        joined = n;
        break;
      }
    }
    if (joined) {
      const last = tokens[i + joined - 1];
      out.push({ type: 'word', text: text.slice(t.start, last.end), start: t.start, end: last.end });
      i += joined - 1;
    } else out.push(t);
  }
  return out;
}

/** After `thứ`, `khóa`, `lần`: where a lone `I` or `V` is an ordinal. */
function isOrdinalContext(text: string, at: number): boolean {
  return /(?:thứ|khóa|khoá|lần|kỳ|số) $/i.test(text.slice(Math.max(0, at - 6), at));
}
