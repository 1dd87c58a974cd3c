/**
 * Clauses and indicators: the words of a sentence that belong to one
 * quantity, and in them the thing measured (`tỷ lệ đô thị hóa`,
 * `GRDP bình quân đầu người`), as written and short.
 */
import { alternation, type Vocabulary } from '../../rules/vocabulary.js';
import type { Span } from '../../types.js';
import type { Quantity } from './quantity.js';
import { isWhitespace } from '../../tokenize/sentences.js';
import { oncePer } from '../../util/once-per.js';

/**
 * Start of the clause of a quantity: back from it to `;`, `:`, `, ` or an
 * opening parenthesis that is still open, but never before `floor`
 * (the sentence start or the end of the previous quantity).
 */
export function clauseStart(text: string, pos: number, floor: number, joins?: (text: string, comma: number) => boolean): number {
  let depth = 0;
  for (let i = pos - 1; i >= floor; i--) {
    const c = text[i];
    // A heading in parentheses ends before the text it heads: `(nhiệm kỳ 2020 - 2025) Tốc độ …`.
    if (c === ')' && depth === 0 && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4))) return i + 1;
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && (c === ';' || c === ':' || c === '\n' || (c === ',' && text[i + 1] === ' ' && !joins?.(text, i)))) return i + 1;
  }
  return floor;
}

/**
 * A comma between two nouns of one group (`huyện, thị xã`, `xã, phường,
 * thị trấn`: the `enumerated` table of targets.yaml): it does not end a clause.
 */
export const enumerationOf = oncePer((vocabulary: Vocabulary) => {
  const nouns = alternation(vocabulary.wordsOf('enumerated'));
  // @rule-pattern: escaped words of the enumerated table (checked as its fragments), anchored at a slice's end.
  const before = new RegExp(`(?:^|[^\\p{L}])${nouns}$`, 'iu');
  // @rule-pattern: escaped words of the enumerated table (checked as its fragments), anchored at a slice's start.
  const after = new RegExp(`^ ${nouns}(?![\\p{L}\\d])`, 'iu');
  return (text: string, comma: number): boolean =>
    after.test(text.slice(comma + 1, comma + 40)) && before.test(text.slice(Math.max(0, comma - 40), comma));
});

/** End of the clause after a quantity: `;`, `.`, `,`, a parenthesis, or `ceiling`. */
export function clauseEnd(text: string, pos: number, ceiling: number): number {
  for (let i = pos; i < ceiling; i++) {
    const c = text[i];
    if (c === ';' || c === ',' || c === '(' || c === ')' || c === '\n' || c === '…') return i;
    if (c === '.' && !/\d/.test(text[i + 1] ?? '')) return i;
  }
  return ceiling;
}

/**
 * Phrases that introduce the indicator; it starts after the last one: the
 * goal words and lead-in phrases of the rule files (tables `goal_word` and
 * `lead_in` of targets.yaml), so a goal word added there also starts one.
 */
const leadInOf = oncePer((vocabulary: Vocabulary): RegExp => {
  const words = [...vocabulary.wordsOf('goal_word'), ...vocabulary.wordsOf('lead_in')];
  // @rule-pattern: escaped words of the tables (checked as their fragments), between spaces.
  return new RegExp(`(?:^|\\s)${alternation(words)}(?=\\s|$)`, 'giu');
});

const DEADLINE = /(?:đến|tới|vào)\s+năm\s+\d{4}|^\s*năm\s+\d{4}/giu;
const LEADING = /^(?:[\s,:;()\-•*+|►✓]|(?:và|với|có|đạt|giữ vững|duy trì|hoàn thành|đưa|là|thì|sẽ|cả|ở mức|(?:hằng|hàng|mỗi) năm|trong nhiệm kỳ(?: tới| mới)?)(?=\s|$))+/iu;
/** Marks and words that end an indicator's words without being part of them (`tỷ lệ hộ nghèo | đạt`). */
const TRAILING_MARKS = new Set([...',:;(-|'].map((c) => c.charCodeAt(0)));
const TRAILING_WORDS = ['đạt', 'là', 'ở mức', 'bằng', 'khoảng', 'từ', 'trên', 'hơn', 'dưới', 'có', 'phải', 'cần', 'thì', 'sẽ', 'với', 'và', 'chiếm', 'trong'];

/**
 * `t` without its trailing spaces, marks and whole trailing words, read from
 * the end (a pattern anchored at the end is tried from every position of a
 * long run of such words). No word ends with another, so at each step at
 * most one of them can end there.
 */
function stripTrailing(t: string): string {
  const isBoundary = (i: number) => i < 0 || i >= t.length || isWhitespace(t.charCodeAt(i));
  let end = t.length;
  while (end > 0) {
    const c = t.charCodeAt(end - 1);
    if (isWhitespace(c) || TRAILING_MARKS.has(c)) {
      end--;
      continue;
    }
    if (!isBoundary(end)) break;
    const word = TRAILING_WORDS.find((w) => w.length <= end && isBoundary(end - w.length - 1) && t.slice(end - w.length, end).toLowerCase() === w);
    if (!word) break;
    end -= word.length;
  }
  return t.slice(0, end);
}

function clean(s: string): string {
  let t = s.replace(DEADLINE, ' ').replace(/\s+/g, ' ');
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = stripTrailing(t.replace(LEADING, ''));
  }
  return t.trim();
}

/** Words: a phrase with at least one syllable (not a bare year span). */
const hasWords = (t: string) => /\p{L}{2,}/u.test(t.replace(/\d+/g, ''));

/**
 * The indicator phrase before the quantity: the words after the last
 * lead-in (`Tỉnh đặt mục tiêu | tổng thu ngân sách`), or, when the lead-in
 * is followed by a verb only, the words before it
 * (`Tỷ lệ kết nạp đảng viên mới | phấn đấu | đạt 3-4%`).
 */
function indicatorBefore(words: string, leadIn: RegExp): { last: string; earlier: string } {
  const parts = words.split(leadIn).map(clean).filter(hasWords);
  const lastRaw = clean(words.slice(Math.max(0, lastLeadInEnd(words, leadIn))));
  const last = hasWords(lastRaw) ? lastRaw : '';
  return { last, earlier: last ? '' : (parts[parts.length - 1] ?? '') };
}

function lastLeadInEnd(words: string, leadIn: RegExp): number {
  let end = 0;
  for (const m of words.matchAll(leadIn)) end = (m.index ?? 0) + m[0].length;
  return end;
}

/** An indicator that names a rate or share: before a lead-in it beats the words after the number. */
const NAMES_A_MEASURE = /^(?:tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|tổng|thu|chỉ số|GRDP)/iu;

const MAX_SYLLABLES = 14;

function shorten(s: string): string {
  const words = s.split(' ');
  return words.length > MAX_SYLLABLES ? words.slice(0, MAX_SYLLABLES).join(' ') : s;
}

/**
 * The indicator of a quantity in its clause: the words before the number
 * (`tỷ lệ đô thị hóa đạt trên 45%`), else the words after it
 * (`100% trạm y tế có bác sĩ`); a counted noun joins its verb
 * (`kết nạp đảng viên`).
 */
export function indicatorOf(
  q: Quantity,
  clause: Span,
  nextStart: number,
  text: string,
  afterPrevious: boolean,
  vocabulary: Vocabulary,
): { text: string; span: Span; fromAfter: boolean } {
  const head = q.kind === 'counted' || q.kind === 'measure' ? text.slice(clause.start, q.numStart) : text.slice(clause.start, q.start);
  // The words between two value-first items belong to the first (`75% số xã và 50% số huyện`).
  const found = afterPrevious ? { last: '', earlier: '' } : indicatorBefore(stripComparator(head), leadInOf(vocabulary));
  // A counted noun, or what a unit of measure measures, joins its verb (`cứng hóa thêm đường giao thông`).
  if (q.noun) {
    const noun = text.slice(q.noun.start, q.noun.end);
    // Words before a lead-in name a measure, not a counted noun (`Đảng bộ huyện | phấn đấu mỗi năm có 3 xã`).
    const verb = found.last || (q.kind === 'measure' ? found.earlier : '');
    // A noun the words before already name is not said twice (`số bác sĩ trên 1 vạn dân | đạt 12 bác sĩ`).
    const named = verb !== '' && namesNoun(verb, noun);
    // Words after the noun that say what is counted (`có 94 xã | đạt chuẩn nông thôn mới`).
    const predicate = named ? '' : predicateAfter(text.slice(q.noun.end, Math.max(q.noun.end, clause.end)), vocabulary);
    if (predicate) return { text: shorten(`${noun} ${predicate}`), span: { start: clause.start, end: clause.end }, fromAfter: false };
    return { text: shorten(named ? verb : verb ? `${verb} ${noun}` : noun), span: { start: clause.start, end: q.noun.end }, fromAfter: false };
  }
  const after = q.kind === 'percent' ? wordsAfter(q, nextStart, text) : { text: '', end: q.end };
  let indicator: string;
  if (found.last && !(after.text && isSingleVerb(found.last))) indicator = found.last;
  else if (found.last) indicator = `${found.last} ${after.text}`; // `giảm từ 1,5-2% hộ nghèo`
  else if (found.earlier && (NAMES_A_MEASURE.test(found.earlier) || !after.text)) indicator = found.earlier;
  else indicator = after.text; // `100% xã đạt chuẩn nông thôn mới`
  const fromAfter = indicator !== found.last && indicator !== found.earlier;
  return { text: shorten(indicator), span: { start: clause.start, end: fromAfter ? after.end : q.end }, fromAfter };
}

/** The words before already name the noun, between non-letters (`số bác sĩ/1 vạn dân` names `bác sĩ`). */
function namesNoun(words: string, noun: string): boolean {
  const w = ` ${words.toLowerCase()} `;
  const n = noun.toLowerCase();
  for (let i = w.indexOf(n); i >= 0; i = w.indexOf(n, i + 1)) {
    if (!/\p{L}/u.test(w[i - 1]) && !/\p{L}/u.test(w[i + n.length] ?? '')) return true;
  }
  return false;
}

/** The predicate words of the indicator_words table of targets.yaml, starting a slice. */
const predicateOf = oncePer((vocabulary: Vocabulary): RegExp => {
  // @rule-pattern: escaped words of the indicator_words table (checked as its fragments), anchored at the start.
  return new RegExp(`^\\s+${alternation(vocabulary.wordsOf('indicator_words', 'predicate'))}\\s+\\p{L}`, 'iu');
});

/** The words after a counted noun when they start with a predicate (`đạt chuẩn nông thôn mới`), else ''. */
function predicateAfter(after: string, vocabulary: Vocabulary): string {
  if (!predicateOf(vocabulary).test(after) || /\d/.test(after)) return '';
  // Not `clean`: it would take the predicate's own leading `đạt`.
  const words = stripTrailing(after.replace(/(?:trở lên|trở xuống)/gu, '').replace(/\s+/g, ' ').trim());
  return hasWords(words) ? words : '';
}

const stripComparator = (head: string) =>
  head.replace(/(?:không quá|ít nhất|tối thiểu|tối đa|trên|hơn|khoảng|từ)\s*$/iu, '');

const isSingleVerb = (t: string) => /^(?:tăng|giảm|nâng|hạ)$/iu.test(t);

/** The words after a percentage up to the end of its item. */
function wordsAfter(q: Quantity, nextStart: number, text: string): { text: string; end: number } {
  let end = q.end;
  for (let i = q.end; i < Math.min(nextStart, text.length); i++) {
    const c = text[i];
    if (c === ';' || c === '(' || c === '\n' || c === '…' || (c === '.' && !/\d/.test(text[i + 1] ?? ''))) break;
    end = i + 1;
  }
  const words = clean(text.slice(q.end, end).replace(/^\s*\/\s*(?:người|năm)/u, '').replace(/(?:trở lên|trở xuống)/gu, ''));
  return { text: hasWords(words) ? words : '', end };
}
