/**
 * Scope of a target: whether a sentence states goals or results, which
 * quantities are rates per year, and the deadline year a quantity takes
 * from its own sentence or from the phrase that introduces its list.
 */
import type { RuleMatch } from '../../rules/compiled.js';
import { alternation, type Vocabulary } from '../../rules/vocabulary.js';
import type { Span } from '../../types.js';
import type { Quantity } from './quantity.js';
import { isWhitespace } from '../../tokenize/sentences.js';
import { firstAtOrAfter } from '../../util/search.js';
import { isPlausiblePeriod } from '../refine/periods.js';
import { oncePer } from '../../util/once-per.js';

export type CueKind =
  | 'goal'
  | 'weak-goal'
  | 'party'
  | 'list'
  | 'deadline'
  | 'period'
  | 'per-year'
  | 'past'
  | 'compared'
  | 'vote'
  | 'forecast'
  | 'topic-end';

export interface Cue extends Span {
  kind: CueKind;
  /** Deadline year (the end year of a period). */
  year?: number;
  /** First year of a period. */
  from?: number;
}

export function readCue(kind: CueKind, m: RuleMatch): Cue | null {
  const cue: Cue = { kind: kind === 'past' && m.groups.compared ? 'compared' : kind, start: m.start, end: m.end };
  if (kind === 'deadline' || kind === 'period') {
    cue.year = Number(m.groups.year ?? m.groups.bare);
    if (m.groups.from) cue.from = Number(m.groups.from);
    if (cue.from !== undefined && !isPlausiblePeriod(cue.from, cue.year, 'plan')) return null;
  }
  return cue;
}

/** Everything the scoping needs to know about one sentence. */
export interface SentenceView extends Span {
  paragraph: number;
  firstInParagraph: boolean;
  quantities: Quantity[];
  cues: Cue[];
}

/** Year that separates past from future: the dateline's year, else the latest term the article names. */
export interface TimeFrame {
  reference: number | null;
  /** Only from a dateline: a year before it is certainly past. */
  published: number | null;
}

const firstNumber = (s: SentenceView) => (s.quantities.length ? s.quantities[0].numStart : s.end);

/** Words that may stand before a period that heads a sentence (`Trong nhiệm kỳ 2025 - 2030, …`, `Phương hướng nhiệm kỳ …:`). */
const PERIOD_HEAD = /(?:trong|nhiệm kỳ|giai đoạn|thời kỳ|kế hoạch|phương hướng|nhiệm vụ|mục tiêu|[\s,:;()-])/iuy;

/**
 * What the questions below ask of a sentence, read once: its cues by kind,
 * its semicolons and the start of its heading words. A sentence may hold
 * thousands of quantities and cues; each question about one quantity is
 * then a binary search, not a pass over the sentence.
 */
interface SentenceFacts {
  byKind: Map<CueKind, Cue[]>;
  /** Deadlines and periods with a year, in text order. */
  years: Cue[];
  /** The latest of their years. */
  latestYear: number;
  semicolons: number[];
  /** Where the words of a period heading at the start of the sentence end each (see headsSentence). */
  headBoundaries: Set<number>;
  /** `years` without those before the dateline's year (the dateline's year is one per article). */
  yearsSincePublished?: Cue[];
  /** Where the sentence's first digit stands (Infinity when it has none). */
  firstDigit: number;
  /** Where its first ASCII letter, digit or `_` (what `\w` matches) stands (Infinity when it has none). */
  firstWordChar: number;
}

const factsOfView = new WeakMap<SentenceView, SentenceFacts>();

function factsOf(s: SentenceView, text: string): SentenceFacts {
  let f = factsOfView.get(s);
  if (f) return f;
  const byKind = new Map<CueKind, Cue[]>();
  for (const c of s.cues) {
    const list = byKind.get(c.kind);
    if (list) list.push(c);
    else byKind.set(c.kind, [c]);
  }
  const years = s.cues.filter((c) => (c.kind === 'deadline' || c.kind === 'period') && c.year);
  const words = text.slice(s.start, s.end);
  const semicolons: number[] = [];
  for (let i = words.indexOf(';'); i >= 0; i = words.indexOf(';', i + 1)) semicolons.push(s.start + i);
  const headBoundaries = new Set<number>([s.start]);
  PERIOD_HEAD.lastIndex = s.start;
  for (let m = PERIOD_HEAD.exec(text); m && PERIOD_HEAD.lastIndex <= s.end; m = PERIOD_HEAD.exec(text)) headBoundaries.add(PERIOD_HEAD.lastIndex);
  const digit = words.search(/\d/);
  const wordChar = words.search(/\w/);
  f = {
    byKind,
    years,
    latestYear: years.reduce((max, c) => Math.max(max, c.year!), -Infinity),
    semicolons,
    headBoundaries,
    firstDigit: digit < 0 ? Infinity : s.start + digit,
    firstWordChar: wordChar < 0 ? Infinity : s.start + wordChar,
  };
  factsOfView.set(s, f);
  return f;
}

const cuesOf = (s: SentenceView, kind: CueKind, text: string): Cue[] => factsOf(s, text).byKind.get(kind) ?? [];

/** Whether a cue of the list (in text order) starts in [from, to). */
function startsIn(cues: Cue[], from: number, to: number): boolean {
  const i = firstAtOrAfter(cues, from, byStart);
  return i < cues.length && cues[i].start < to;
}

const byStart = (c: Span) => c.start;

/**
 * The period opens its sentence: only the words of a period heading come
 * before it (each character before it is one of those words, read from the
 * sentence start).
 */
function headsSentence(c: Cue, s: SentenceView, text: string): boolean {
  return factsOf(s, text).headBoundaries.has(c.start);
}

/**
 * Goal words, a deadline in the future, or a future period heading the
 * sentence (`Giai đoạn 2026 - 2030, …`; a list intro alone, `bao gồm:`, is not one).
 */
export function isGoalSentence(s: SentenceView, time: TimeFrame, text: string): boolean {
  for (const c of s.cues) {
    if (c.kind === 'goal') return true;
    if (c.kind === 'deadline' && (time.reference === null || c.year! > time.reference)) return true;
    if (c.kind === 'period' && time.reference !== null && c.year! > time.reference && c.from! >= time.reference && headsSentence(c, s, text)) {
      return true;
    }
  }
  return false;
}

/**
 * Words that state goals only outside a stretch of results: `trong nhiệm
 * kỳ`, and a party-building ratio given per year (`hằng năm … 90% tổ chức
 * cơ sở đảng hoàn thành tốt nhiệm vụ`, `mỗi năm kết nạp 150 đảng viên`),
 * which a report on the past term also writes.
 */
export function isWeakGoalSentence(s: SentenceView): boolean {
  let party = false;
  let perYear = false;
  for (const c of s.cues) {
    if (c.kind === 'weak-goal') return true;
    if (c.kind === 'party') party = true;
    else if (c.kind === 'per-year') perYear = true;
  }
  return party && perYear;
}

export function isListIntro(s: SentenceView): boolean {
  return s.cues.some((c) => c.kind === 'list');
}

/**
 * A sentence about results: a past marker (`nhiệm kỳ qua`, `ước đạt`)
 * before any goal word, a period that ended by the dateline at its head
 * (`Nhiệm kỳ 2020-2025, …` in a 2025 article) or a year before the
 * reference year (the dateline's, else the start of the latest term named).
 */
export function isPastSentence(s: SentenceView, text: string, time: TimeFrame, vocabulary?: Vocabulary): boolean {
  if (vocabulary && isPastIntro(s, text, time, vocabulary)) return true;
  const firstGoal = s.cues.find((c) => c.kind === 'goal')?.start ?? Infinity;
  const limit = Math.min(firstNumber(s), firstGoal);
  for (const c of s.cues) {
    // A past phrase may begin with the goal word it reports on (`các chỉ tiêu … đều đạt`).
    if (c.kind === 'past' && c.start === firstGoal && c.start < firstNumber(s)) return true;
    if (c.start >= limit) continue;
    if (c.kind === 'past' || c.kind === 'compared' || c.kind === 'forecast') return true;
    if (time.reference === null) continue;
    if (c.kind === 'deadline' && c.year! < time.reference) return true;
    if (c.kind === 'period' && c.year! <= time.reference && headsSentence(c, s, text)) return true;
  }
  return false;
}

/** A goal noun of the goal_noun table of targets.yaml, as a whole cue. */
const goalNounOf = oncePer((vocabulary: Vocabulary): RegExp => {
  // @rule-pattern: escaped words of the goal_noun table (checked as its fragments), anchored at both ends.
  return new RegExp(`^${alternation(vocabulary.wordsOf('goal_noun'))}$`, 'iu');
});

/**
 * An intro without numbers built on goal nouns, followed by a past marker
 * or a period already ended (`Các chỉ tiêu chủ yếu nhiệm kỳ qua:`, `Một số
 * chỉ tiêu đạt được trong nhiệm kỳ:`, `Các chỉ tiêu giai đoạn 2020 - 2025:`
 * in a 2025 article): its list reports results. A goal verb before the
 * marker (`phấn đấu đạt được các mục tiêu sau:`) still states goals.
 */
function isPastIntro(s: SentenceView, text: string, time: TimeFrame, vocabulary: Vocabulary): boolean {
  if (s.quantities.length > 0) return false;
  const goals = cuesOf(s, 'goal', text);
  if (goals.length === 0) return false;
  const marker = s.cues.find(
    (c) =>
      c.kind === 'past' ||
      c.kind === 'compared' ||
      (c.kind === 'period' && time.reference !== null && c.year! <= time.reference && c.from! < time.reference),
  );
  if (!marker) return false;
  const before = goals.filter((g) => g.start < marker.start);
  const noun = goalNounOf(vocabulary);
  return before.length > 0 && before.every((g) => noun.test(text.slice(g.start, g.end)));
}

/**
 * Words that still set a goal after `đã` (`đã đề ra mục tiêu`, `đã thông
 * qua`): the goal words and goal-setting verbs of targets.yaml.
 */
const goalAfterPastOf = oncePer((vocabulary: Vocabulary): RegExp => {
  // @rule-pattern: escaped words of the goal_word and goal_setting tables (checked as their fragments).
  return new RegExp(alternation([...vocabulary.wordsOf('goal_word'), ...vocabulary.wordsOf('goal_setting')]), 'i');
});

/**
 * A result in the quantity's own clause: a past marker (`… đạt 50% (hiện
 * nay là 38%)`), or `đã` before the number that no goal word follows
 * (`vốn hóa đã ở mức 6 tỷ USD`, but `đã đề ra mục tiêu tăng 8%` is a goal).
 */
export function hasPastInClause(
  s: SentenceView,
  clause: Span,
  q: Quantity,
  text: string,
  hasGoalWord: boolean,
  vocabulary: Vocabulary,
): boolean {
  if (hasGoalWord && startsIn(cuesOf(s, 'past', text), clause.start, clause.end)) return true;
  if (isComparedResult(s, q, text)) return true;
  const before = text.slice(clause.start, q.numStart);
  const done = before.search(/(?:^|\s)đã\s/i);
  return done >= 0 && !goalAfterPastOf(vocabulary).test(before.slice(done));
}

/** The part of the sentence around a quantity, between semicolons. */
function segmentOf(s: SentenceView, q: Quantity, text: string): Span {
  const semicolons = factsOf(s, text).semicolons;
  const before = firstAtOrAfter(semicolons, q.numStart + 1, (i) => i) - 1;
  const after = firstAtOrAfter(semicolons, q.end, (i) => i);
  return { start: before >= 0 ? semicolons[before] + 1 : s.start, end: after < semicolons.length ? semicolons[after] : s.end };
}

/**
 * A deadline in the quantity's own part of the sentence (`Hằng năm, …; đến
 * năm 2030, …`): it wins over a `Hằng năm` that opens the sentence.
 */
export function hasOwnDeadline(s: SentenceView, q: Quantity, text: string): boolean {
  const seg = segmentOf(s, q, text);
  return startsIn(cuesOf(s, 'deadline', text), seg.start, seg.end);
}

/**
 * A quantity in the part of the sentence (up to `;`) that compares a
 * result with the plan or the same period (`đạt 6.500 tỷ đồng, bằng 108%
 * dự toán; phấn đấu …`, `vượt 15% so với mục tiêu Nghị quyết`): only
 * results are compared so, whatever goal words the sentence also has.
 */
function isComparedResult(s: SentenceView, q: Quantity, text: string): boolean {
  const compared = cuesOf(s, 'compared', text);
  if (compared.length === 0) return false;
  const seg = segmentOf(s, q, text);
  return startsIn(compared, seg.start, seg.end);
}

/**
 * A year in the quantity's own clause, before it, that is not after the
 * reference year, beside a later deadline in the sentence: the clause gives
 * the state of that year (`đạt 40% (năm 2025 đạt 28%)`), not the goal. A
 * year after the number is a baseline (`gấp 2 lần năm 2025`).
 */
export function isPastYearInClause(s: SentenceView, clause: Span, q: Quantity, time: TimeFrame, text: string): boolean {
  if (time.reference === null) return false;
  const { years, latestYear } = factsOf(s, text);
  const reference = time.reference;
  if (!(latestYear > reference)) return false;
  // The years of the clause before the number: a clause holds few, and clauses do not overlap.
  let reached = false;
  for (let i = firstAtOrAfter(years, clause.start, byStart); i < years.length && years[i].start < q.numStart; i++) {
    const c = years[i];
    if (c.end > q.numStart) continue;
    if (c.year! > reference) return false;
    reached = true;
  }
  return reached;
}

/**
 * `có 5 khu công nghiệp` is a goal only where a deadline is written in the
 * sentence (`Đến năm 2030, tỉnh có …`); elsewhere `có` states what exists.
 */
export function isWeakCount(q: Quantity, s: SentenceView, text: string): boolean {
  if (q.verb !== 'có' || cuesOf(s, 'deadline', text).length > 0 || cuesOf(s, 'period', text).length > 0) return false;
  // `phấn đấu có`, `phấn đấu mỗi năm có`: the goal word governs the verb.
  // Only a goal word that ends at most 20 characters before it can.
  const goals = cuesOf(s, 'goal', text);
  const longest = goals.reduce((max, c) => Math.max(max, c.end - c.start), 0);
  for (let i = firstAtOrAfter(goals, q.start - 20 - longest, byStart); i < goals.length && goals[i].start < q.start; i++) {
    const c = goals[i];
    if (c.end <= q.start && /^[^,;:.()\d]{0,20}$/.test(text.slice(c.end, q.start))) return false;
  }
  return true;
}

/**
 * A percentage in the clause of a vote (`biểu quyết … với tỷ lệ 100%`,
 * `98% đại biểu tán thành`) is the share of votes, not a goal, unless goal
 * words stand between the vote word and the number (`biểu quyết thông qua
 * các chỉ tiêu: …` starts a new clause at the colon anyway).
 */
export function isVoteShare(s: SentenceView, clause: Span, q: Quantity, text: string): boolean {
  if (q.unit !== '%') return false;
  const votes = cuesOf(s, 'vote', text);
  const i = firstAtOrAfter(votes, clause.start, byStart);
  if (!(i < votes.length && votes[i].start < clause.end)) return false;
  const vote = votes[i];
  if (vote.start > q.numStart) return true;
  const goals = cuesOf(s, 'goal', text);
  return !startsIn(goals, vote.end, q.numStart);
}

/** A forecast by others before the quantity in its part of the sentence (`…; theo dự báo của IMF, … tăng 3%`). */
export function isForecast(s: SentenceView, q: Quantity, text: string): boolean {
  const forecasts = cuesOf(s, 'forecast', text);
  return forecasts.length > 0 && startsIn(forecasts, segmentOf(s, q, text).start, q.numStart);
}

export function isTopicEnd(s: SentenceView): boolean {
  return s.quantities.length === 0 && s.cues.some((c) => c.kind === 'topic-end');
}

/** The deadline a list intro gives its items: the last year written before its first quantity. */
export function introYear(s: SentenceView, text: string): number | null {
  const limit = firstNumber(s);
  let year: number | null = null;
  for (const c of factsOf(s, text).years) if (c.start < limit && !namesCongress(c, text)) year = c.year!;
  return year;
}

/**
 * The term in the name of a congress or its resolution (`… các mục tiêu
 * của Nghị quyết Đại hội nhiệm kỳ 2025 - 2030, …`): a term mentioned, not
 * a deadline the list's items take.
 */
const CONGRESS_TERM = /(?:Đại hội|Nghị quyết)[^,;:.()\d\n]{0,60}nhiệm kỳ\s*$/u;
const namesCongress = (c: Cue, text: string): boolean =>
  c.kind === 'period' && CONGRESS_TERM.test(text.slice(Math.max(0, c.start - 80), c.start));

/**
 * `Hằng năm` before the first quantity makes every goal of the sentence a
 * yearly one when it opens the sentence (`Hằng năm, …`, `phấn đấu hằng
 * năm …`) or a clause after a lead-in without numbers (`Về công tác xây
 * dựng Đảng, hằng năm …`, `xác định trong nhiệm kỳ tới, hằng năm …`).
 */
export function isYearlySentence(s: SentenceView, text: string): boolean {
  const limit = firstNumber(s);
  const { firstDigit, firstWordChar } = factsOf(s, text);
  return cuesOf(s, 'per-year', text).some((c) => {
    if (c.start >= limit) return false;
    // The words before the cue, read from their end: nothing but spaces and
    // marks (no ASCII letter), maybe ending in `bình quân`; or ending in
    // `phấn đấu`, or in a comma with no digit before it.
    if (firstWordChar >= c.start) return true;
    let end = c.start;
    while (end > s.start && isWhitespace(text.charCodeAt(end - 1))) end--;
    const tail = text.slice(Math.max(s.start, end - 9), end).toLowerCase();
    if (tail === 'bình quân' && firstWordChar >= end - 9) return true;
    if (tail.endsWith('phấn đấu')) return true;
    return text[end - 1] === ',' && end > s.start && firstDigit >= c.start;
  });
}

/**
 * An average growth rate: `tăng trưởng`, or `bình quân` (not per head) and
 * `tăng` in one part of the text between semicolons, in either order. The
 * words are looked for one by one: a pattern `bình quân[^;]*tăng` rescans
 * the rest of its part from every `bình quân`.
 */
const GROWTH = /tăng trưởng/i;
const AVERAGE = /bình quân(?!\s+(?:đầu|mỗi)\s+người)/i;
const RISE = /tăng/i;
const isGrowthRate = (words: string): boolean =>
  GROWTH.test(words) || words.split(';').some((part) => AVERAGE.test(part) && RISE.test(part));

/** A rate per year: `%/năm` (not after an amount per head), `hằng năm` in its clause, or an average growth rate. */
export function isPerYear(q: Quantity, s: SentenceView, clause: Span, text: string, perHead = false): boolean {
  // An amount per head given per year (`GRDP bình quân đầu người 215 triệu đồng/năm`) is an income, not a rate.
  if (q.perYearMark && !perHead) return true;
  const perYear = cuesOf(s, 'per-year', text);
  // Its own `/năm` aside: `hằng năm` around it still makes it a rate.
  if (perHead ? startsIn(perYear, clause.start, q.numStart) || startsIn(perYear, q.end, clause.end) : startsIn(perYear, clause.start, clause.end)) return true;
  // `hằng năm,` that opens the quantity's part of the sentence (`…; hằng năm, có 90% …`).
  if (opensSegment(perYear, segmentOf(s, q, text), q, text)) return true;
  return q.unit === '%' && isGrowthRate(text.slice(clause.start, q.numStart));
}

/** A cue that opens the part of the sentence (between semicolons) before the quantity: only marks before it. */
function opensSegment(cues: Cue[], seg: Span, q: Quantity, text: string): boolean {
  const i = firstAtOrAfter(cues, seg.start, byStart);
  return i < cues.length && cues[i].start < q.numStart && /^[\s\-+•*]*$/.test(text.slice(seg.start, cues[i].start));
}

/** A deadline word before the year: `năm 2025` alone right after a number is a baseline (`gấp 2 lần năm 2025`). */
const DEADLINE_WORD = /^(?:vào|đến|tới|trước|trong)\s/i;

/**
 * The deadline year written in the quantity's own sentence: one written
 * right after it (`50% vào năm 2030 và 60% vào năm 2035`), else the nearest
 * one before it, else the nearest after it.
 */
export function sentenceYear(q: Quantity, s: SentenceView, time: TimeFrame, text: string): number | null {
  const years = yearsSince(s, text, time.published);
  // Spaces only between the quantity and the deadline.
  let right = q.end;
  while (text.charCodeAt(right) === 32) right++;
  const firstAfter = firstAtOrAfter(years, q.end, byStart);
  if (right > q.end) {
    for (let i = firstAtOrAfter(years, right, byStart); i < years.length && years[i].start === right; i++) {
      const c = years[i];
      if (c.kind === 'deadline' && DEADLINE_WORD.test(text.slice(c.start, c.end))) return c.year!;
    }
  }
  // The last year (in text order) that ends before the number, else the first after the quantity.
  for (let i = firstAtOrAfter(years, q.numStart, byStart) - 1; i >= 0; i--) if (years[i].end <= q.numStart) return years[i].year!;
  return firstAfter < years.length ? years[firstAfter].year! : null;
}

/** The years of the sentence not before the dateline's (all of them without one). */
function yearsSince(s: SentenceView, text: string, published: number | null): Cue[] {
  const facts = factsOf(s, text);
  if (published === null) return facts.years;
  return (facts.yearsSincePublished ??= facts.years.filter((c) => c.year! >= published));
}
