/**
 * Quantities of a target: what the quantity rules of `rules/targets.yaml`
 * matched, read into a value or range, a unit and a comparator.
 */
import { alternation, type Vocabulary } from '../../rules/vocabulary.js';
import { oncePer } from '../../util/once-per.js';
import type { CompiledRule, RuleMatch } from '../../rules/compiled.js';
import type { FactOf } from '../../schema.js';
import { parseAmount } from '../../tokenize/numbers.js';
import type { Span } from '../../types.js';
import { bestPerKey, removeOverlaps } from '../refine/overlaps.js';

export type Comparator = FactOf<'targets'>['comparator'];

export interface Quantity extends Span {
  /** Start of the number itself (a counted match starts at its verb). */
  numStart: number;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  comparator: Comparator;
  kind: string;
  /** Written as a rate per year (`%/năm`). */
  perYearMark: boolean;
  /** A further item of a list of counted goals: kept only right after one. */
  continued: boolean;
  /** Where the counted noun (or what a unit of measure measures) is written, for the indicator. */
  noun?: Span;
  /** The verb that governs a counted noun (`kết nạp`, `có`). */
  verb?: string;
  rule: CompiledRule;
}

/** The comparator a qualifier class states (the `qualifier` table of the rule files). */
const COMPARATOR_OF_CLASS: Record<string, Comparator> = {
  more_than: 'gt',
  at_least: 'gte',
  less_than: 'lt',
  at_most: 'lte',
};

/**
 * `trở lên` / `trở xuống` written within a few words after the quantity,
 * before the clause ends and before another number (`300 sản phẩm OCOP đạt
 * từ 3 sao trở lên`: the floor is the stars').
 */
const AT_LEAST_AFTER = /^[^;,.:()\n\d]{0,60}?trở lên/;
const AT_MOST_AFTER = /^[^;,.:()\n\d]{0,60}?trở xuống/;

function comparatorOf(word: string | undefined, isRange: boolean, after: string, vocabulary: Vocabulary): Comparator {
  const cls = vocabulary.classOf('qualifier', word);
  const c = cls === undefined ? undefined : COMPARATOR_OF_CLASS[cls];
  if (c) {
    // `dưới 2% trở xuống` is at most, not below.
    if (c === 'lt' && AT_MOST_AFTER.test(after)) return 'lte';
    return c;
  }
  if (AT_LEAST_AFTER.test(after)) return 'gte';
  if (AT_MOST_AFTER.test(after)) return 'lte';
  // `từ 80%` alone is a floor; `từ 50-55%` is a range.
  if (cls === 'from' && !isRange) return 'gte';
  return 'eq';
}

/**
 * The counted noun of a goal is read with the `counted_noun` table of
 * targets.yaml: `stop` words end it (modifiers and the words of the next
 * clause), and a noun that starts with a `not_counted` phrase is no goal
 * (counts of targets and tasks, time spans, people at the congress, ranks,
 * money words read by the money rules).
 */
const COUNTED_NOUN = 'counted_noun';
/** The longest `not_counted` phrase looked for, in words. */
const MAX_PHRASE_WORDS = 4;

function startsNotCounted(words: string[], vocabulary: Vocabulary): boolean {
  for (let n = 1; n <= Math.min(MAX_PHRASE_WORDS, words.length); n++) {
    const cls = vocabulary.classOf(COUNTED_NOUN, words.slice(0, n).join(' '));
    if (cls === 'not_counted' || cls === 'stop') return true;
  }
  return false;
}

const LIFE_EXPECTANCY = /tuổi thọ/i;

/** The counted noun in lower case, cut at its first modifier (`dự án đầu tư mới` → `dự án đầu tư`). */
function countedUnit(raw: string, vocabulary: Vocabulary): { unit: string; length: number } | null {
  const words = raw.split(/\s+/);
  const kept: string[] = [];
  let length = 0;
  for (const w of words) {
    if (vocabulary.classOf(COUNTED_NOUN, w) === 'stop') break;
    if (kept.length > 0) length += 1;
    kept.push(w);
    length += w.length;
  }
  if (kept.length === 0) return null;
  const unit = kept.join(' ').toLowerCase();
  if (startsNotCounted(unit.split(' '), vocabulary)) return null;
  return { unit, length };
}

/**
 * Number words that do not start a count on their own: `hàng trăm` is vague
 * (the match starts at `trăm`), a bare `một` is the article `a`, and `tư`
 * also means private (`tư nhân`).
 */
const NOT_A_NUMBER_START = /^(?:một|trăm|nghìn|ngàn|mươi|lăm|nhăm|mốt|linh|lẻ|tư)(?:\s|$)/i;
const isCountInWords = (words: string) => !NOT_A_NUMBER_START.test(words.trim());

function numbersOf(m: RuleMatch, scale: string | undefined) {
  // Thousands may be grouped with spaces (`4 520`): the digits are read without them.
  const read = (s: string | undefined, own: string | null | undefined = scale) =>
    s === undefined ? null : parseAmount(/^\d[\d ]*$/.test(s) ? s.replace(/ /g, '') : s, own);
  // The lower end's own scale (`từ 1,5 triệu đến 2 triệu`), none when it has its own currency
  // without one (`từ 6.000 USD đến 6.500 USD`), else the one after the range.
  const lo = read(m.groups.lo, m.groups.loscale ?? (m.groups.locur ? null : scale));
  const hi = read(m.groups.hi);
  if (lo !== null && hi !== null) {
    if (!(hi > lo)) return null;
    return { value: null, min: lo, max: hi };
  }
  const value = read(m.groups.val);
  return value === null ? null : { value, min: null, max: null };
}

/** A quantity from a match of a quantity rule, or null when it is not one. */
export function readQuantity(rule: CompiledRule, m: RuleMatch, text: string, vocabulary: Vocabulary): Quantity | null {
  const kind = String(rule.set.kind);
  let scale = m.groups.scale;
  let unit = typeof rule.set.unit === 'string' ? rule.set.unit : '';
  let end = m.end;
  let noun: Span | undefined;
  if (kind === 'percent') unit = '%';
  // The unit written before the number (`đạt lớp 9,5`, `đạt hạng 20`).
  if (kind === 'before') unit = (m.groups.pre ?? '').toLowerCase().replace(/^thứ\s+/, '');
  if (kind === 'measure') {
    unit = (m.groups.measure ?? '').replace(/\s+/g, '');
    noun = measuredSpan(m, vocabulary);
    if (noun) end = noun.end;
  }
  if (kind === 'counted') {
    const nounSpan = m.spanOf('noun');
    const read = countedUnit(m.groups.noun ?? '', vocabulary);
    if (!nounSpan || !read) return null;
    // Years of age are a goal only as a life expectancy (`tuổi thọ … đạt 75 tuổi`), not `trẻ em dưới 5 tuổi`.
    if (read.unit === 'tuổi' && !LIFE_EXPECTANCY.test(text.slice(Math.max(0, m.start - 60), m.start))) return null;
    // Without a verb, only a noun the clause before names after `số` (`Số xã đạt chuẩn … 8 xã`).
    if (rule.set.headed === true && !namesAfterSo(text, m.start, read.unit)) return null;
    unit = read.unit;
    noun = { start: nounSpan.start, end: nounSpan.start + read.length };
    // A group of nouns listed with commas is one unit (`12 xã, thị trấn đạt chuẩn`).
    for (let more = groupedNoun(text, noun.end, unit, vocabulary); more; more = groupedNoun(text, noun.end, unit, vocabulary)) {
      unit = `${unit}, ${more.noun.toLowerCase()}`;
      noun.end += more.length;
    }
    end = noun.end;
  }
  if (kind === 'index' && !namesIndex(text, m.start, vocabulary)) return null;
  if (kind !== 'money' && kind !== 'counted' && kind !== 'measure') scale = undefined;
  const val = m.groups.val;
  if (val !== undefined && !/\d/.test(val) && !isCountInWords(val)) return null;
  const numbers = numbersOf(m, scale);
  if (!numbers) return null;
  // A bare year or a year span is not a quantity of a goal.
  if (kind === 'counted' && numbers.value !== null && /^(?:19|20)\d\d$/.test(m.groups.val ?? '')) return null;
  const numStart = (m.spanOf('lo') ?? m.spanOf('val'))!.start;
  const after = text.slice(end, end + 80);
  // `từ 40% lên 60%`, `giảm từ 5% xuống còn 2%`: the first number is where it starts from.
  if (isBaseline(m.groups.cmp, after)) return null;
  return {
    // A unit before its number starts the quantity: the verb before it (`đạt`, `bình quân`) is the indicator's.
    start: kind === 'before' ? (m.spanOf('pre')?.start ?? m.start) : m.start,
    end,
    numStart,
    ...numbers,
    unit,
    comparator: comparatorOf(m.groups.cmp, numbers.value === null, after, vocabulary),
    kind,
    perYearMark: Boolean(m.groups.rate) || /^\s*\/\s*năm/.test(after),
    continued: rule.set.continued === true,
    noun,
    verb: m.groups.verb?.toLowerCase(),
    rule,
  };
}

/** `số` and the counted noun in the clause before a number (back to `;`, `:`, a line or a full stop). */
function namesAfterSo(text: string, at: number, unit: string): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\n'), before.lastIndexOf('. ')) + 1);
  // `số bác sĩ/1 vạn dân … 12 bác sĩ`: the noun ends at any non-letter.
  const head = ` ${clause.toLowerCase().replace(/\s+/g, ' ')} `;
  for (let i = head.indexOf(` số ${unit}`); i >= 0; i = head.indexOf(` số ${unit}`, i + 1)) {
    if (!/\p{L}/u.test(head[i + unit.length + 4] ?? '')) return true;
  }
  return false;
}

/** A word of the `index_word` table of targets.yaml before a slice's end, with no clause mark and no number but a year after it. */
const indexBeforeOf = oncePer((vocabulary: Vocabulary): RegExp => {
  // @rule-pattern: escaped words of the index_word table (checked as its fragments), then a bounded run without digits.
  return new RegExp(`(?:^|[^\\p{L}])${alternation(vocabulary.wordsOf('index_word'))}(?![\\p{L}])(?:[^\\d;:.\\n]|(?:19|20)\\d\\d(?!\\d)){0,80}$`, 'iu');
});

/** An index names what a bare number measures: in its clause, before it, with no other number but a year (`giai đoạn 2026 - 2030`) between. */
function namesIndex(text: string, at: number, vocabulary: Vocabulary): boolean {
  return indexBeforeOf(vocabulary).test(text.slice(Math.max(0, at - 100), at));
}

/** The nouns of the `enumerated` table of targets.yaml, one after a comma at the start of a slice. */
const nextInGroupOf = oncePer((vocabulary: Vocabulary): RegExp => {
  // @rule-pattern: escaped words of the enumerated table (checked as its fragments), anchored at the start.
  return new RegExp(`^, (${alternation(vocabulary.wordsOf('enumerated'))})(?![\\p{L}\\d])`, 'iu');
});

/** The next noun of a group after a counted unit that is itself one of the group's nouns. */
function groupedNoun(text: string, at: number, unit: string, vocabulary: Vocabulary): { noun: string; length: number } | null {
  const last = unit.split(', ').pop() ?? '';
  if (vocabulary.classOf('enumerated', last) === undefined) return null;
  const m = nextInGroupOf(vocabulary).exec(text.slice(at, at + 40));
  return m ? { noun: m[1], length: m[0].length } : null;
}

const TOWARDS = /^\s*(?:tăng\s+|giảm\s+|nâng\s+)?(?:lên|xuống)(?:\s+(?:còn|mức|tới|đến|khoảng|trên|dưới))*\s*\d/i;

/** A number after `từ` and before `lên`/`xuống` + another number is a baseline, not a goal. */
function isBaseline(comparatorWord: string | undefined, after: string): boolean {
  return comparatorWord?.toLowerCase() === 'từ' && TOWARDS.test(after);
}

/** What a unit of measure measures (`km | đường giao thông`), cut at its first modifier. */
function measuredSpan(m: RuleMatch, vocabulary: Vocabulary): Span | undefined {
  const span = m.spanOf('measured');
  const read = span && countedUnit(m.groups.measured ?? '', vocabulary);
  return span && read ? { start: span.start, end: span.start + read.length } : undefined;
}

const PRIORITY: Record<string, number> = { percent: 4, money: 3, times: 2, measure: 2, counted: 1, before: 2, index: 0 };

/**
 * One quantity per number: where rules overlap on the same number, the
 * percent, money and multiple readings win over a counted noun, and a
 * currency over a bare scale word (higher confidence).
 */
export function resolveOverlaps(qs: Quantity[]): Quantity[] {
  const perNumber = bestPerKey(qs, (q) => q.numStart, better).sort((a, b) => a.numStart - b.numStart);
  // A range's second number may also have been read alone (`10 - 10,5%`): the range, read first, stays.
  return removeOverlaps(perNumber, (q) => ({ start: q.numStart, end: q.end }), () => false);
}

function better(a: Quantity, b: Quantity): boolean {
  const pa = PRIORITY[a.kind] ?? 0;
  const pb = PRIORITY[b.kind] ?? 0;
  if (pa !== pb) return pa > pb;
  if (a.rule.confidence !== b.rule.confidence) return a.rule.confidence > b.rule.confidence;
  return a.end - a.start > b.end - b.start;
}
