/**
 * Scope of a target: whether a sentence states goals or results, which
 * quantities are rates per year, and the deadline year a quantity takes
 * from its own sentence or from the phrase that introduces its list.
 */
import type { RuleMatch } from '../../rules/compiled.js';
import type { Span } from '../../types.js';
import type { Quantity } from './quantity.js';

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
    if (cue.from !== undefined && !(cue.year > cue.from && cue.year - cue.from <= 30)) return null;
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

const yearsOf = (s: SentenceView) => s.cues.filter((c) => (c.kind === 'deadline' || c.kind === 'period') && c.year);
const firstNumber = (s: SentenceView) => (s.quantities.length ? s.quantities[0].numStart : s.end);

/** Words that may stand before a period that heads a sentence (`Trong nhiệm kỳ 2025 - 2030, …`, `Phương hướng nhiệm kỳ …:`). */
const PERIOD_HEAD = /(?:trong|nhiệm kỳ|giai đoạn|thời kỳ|kế hoạch|phương hướng|nhiệm vụ|mục tiêu|[\s,:;()-])/giu;

/** The period opens its sentence: only the words of a period heading come before it. */
function headsSentence(c: Cue, s: SentenceView, text: string): boolean {
  return text.slice(s.start, c.start).replace(PERIOD_HEAD, '') === '';
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
export function isPastSentence(s: SentenceView, text: string, time: TimeFrame): boolean {
  const firstGoal = s.cues.find((c) => c.kind === 'goal')?.start ?? Infinity;
  const limit = Math.min(firstNumber(s), firstGoal);
  for (const c of s.cues) {
    // A past phrase may begin with the goal word it reports on (`các chỉ tiêu … đều đạt`).
    if (c.kind === 'past' && c.start === firstGoal && c.start < firstNumber(s)) return true;
    if (c.start >= limit) continue;
    if (c.kind === 'past' || c.kind === 'compared') return true;
    if (time.reference === null) continue;
    if (c.kind === 'deadline' && c.year! < time.reference) return true;
    if (c.kind === 'period' && c.year! <= time.reference && headsSentence(c, s, text)) return true;
  }
  return false;
}

const GOAL_AFTER_PAST = /(?:đề ra|đặt|mục tiêu|phấn đấu|chỉ tiêu|xác định|thông qua)/i;

/**
 * A result in the quantity's own clause: a past marker (`… đạt 50% (hiện
 * nay là 38%)`), or `đã` before the number that no goal word follows
 * (`vốn hóa đã ở mức 6 tỷ USD`, but `đã đề ra mục tiêu tăng 8%` is a goal).
 */
export function hasPastInClause(s: SentenceView, clause: Span, q: Quantity, text: string, hasGoalWord: boolean): boolean {
  if (hasGoalWord && s.cues.some((c) => c.kind === 'past' && c.start >= clause.start && c.start < clause.end)) return true;
  if (isComparedResult(s, q, text)) return true;
  const before = text.slice(clause.start, q.numStart);
  const done = before.search(/(?:^|\s)đã\s/i);
  return done >= 0 && !GOAL_AFTER_PAST.test(before.slice(done));
}

/** The part of the sentence around a quantity, between semicolons. */
function segmentOf(s: SentenceView, q: Quantity, text: string): Span {
  const start = Math.max(s.start, text.lastIndexOf(';', q.numStart) + 1);
  let end = text.indexOf(';', q.end);
  if (end < 0 || end > s.end) end = s.end;
  return { start, end };
}

/**
 * A deadline in the quantity's own part of the sentence (`Hằng năm, …; đến
 * năm 2030, …`): it wins over a `Hằng năm` that opens the sentence.
 */
export function hasOwnDeadline(s: SentenceView, q: Quantity, text: string): boolean {
  const seg = segmentOf(s, q, text);
  return s.cues.some((c) => c.kind === 'deadline' && c.start >= seg.start && c.start < seg.end);
}

/**
 * A quantity in the part of the sentence (up to `;`) that compares a
 * result with the plan or the same period (`đạt 6.500 tỷ đồng, bằng 108%
 * dự toán; phấn đấu …`, `vượt 15% so với mục tiêu Nghị quyết`): only
 * results are compared so, whatever goal words the sentence also has.
 */
function isComparedResult(s: SentenceView, q: Quantity, text: string): boolean {
  if (!s.cues.some((c) => c.kind === 'compared')) return false;
  const seg = segmentOf(s, q, text);
  return s.cues.some((c) => c.kind === 'compared' && c.start >= seg.start && c.start < seg.end);
}

/**
 * A year in the quantity's own clause, before it, that is not after the
 * reference year, beside a later deadline in the sentence: the clause gives
 * the state of that year (`đạt 40% (năm 2025 đạt 28%)`), not the goal. A
 * year after the number is a baseline (`gấp 2 lần năm 2025`).
 */
export function isPastYearInClause(s: SentenceView, clause: Span, q: Quantity, time: TimeFrame): boolean {
  if (time.reference === null) return false;
  const years = yearsOf(s);
  const inClause = years.filter((c) => c.start >= clause.start && c.end <= q.numStart);
  const reference = time.reference;
  const reached = inClause.some((c) => c.year! <= reference) && !inClause.some((c) => c.year! > reference);
  return reached && years.some((c) => c.year! > reference);
}

/**
 * `có 5 khu công nghiệp` is a goal only where a deadline is written in the
 * sentence (`Đến năm 2030, tỉnh có …`); elsewhere `có` states what exists.
 */
export function isWeakCount(q: Quantity, s: SentenceView, text: string): boolean {
  if (q.verb !== 'có' || s.cues.some((c) => c.kind === 'deadline' || c.kind === 'period')) return false;
  // `phấn đấu có`, `phấn đấu mỗi năm có`: the goal word governs the verb.
  return !s.cues.some((c) => c.kind === 'goal' && c.end <= q.start && /^[^,;:.()\d]{0,20}$/.test(text.slice(c.end, q.start)));
}

export function isTopicEnd(s: SentenceView): boolean {
  return s.quantities.length === 0 && s.cues.some((c) => c.kind === 'topic-end');
}

/** The deadline a list intro gives its items: the last year written before its first quantity. */
export function introYear(s: SentenceView): number | null {
  const limit = firstNumber(s);
  let year: number | null = null;
  for (const c of yearsOf(s)) if (c.start < limit) year = c.year!;
  return year;
}

/**
 * `Hằng năm` before the first quantity makes every goal of the sentence a
 * yearly one when it opens the sentence (`Hằng năm, …`, `phấn đấu hằng
 * năm …`) or a clause after a lead-in without numbers (`Về công tác xây
 * dựng Đảng, hằng năm …`, `xác định trong nhiệm kỳ tới, hằng năm …`).
 */
export function isYearlySentence(s: SentenceView, text: string): boolean {
  const limit = firstNumber(s);
  return s.cues.some((c) => {
    if (c.kind !== 'per-year' || c.start >= limit) return false;
    const before = text.slice(s.start, c.start);
    if (/^[\s\W]*(?:bình quân\s*)?$/i.test(before) || /phấn đấu\s*$/i.test(before)) return true;
    return /,\s*$/.test(before) && !/\d/.test(before);
  });
}

const GROWTH_RATE = /tăng trưởng|bình quân(?!\s+(?:đầu|mỗi)\s+người)[^;]*tăng|tăng[^;]*bình quân(?!\s+(?:đầu|mỗi)\s+người)/i;

/** A rate per year: `%/năm`, `hằng năm` in its clause, or an average growth rate. */
export function isPerYear(q: Quantity, s: SentenceView, clause: Span, text: string): boolean {
  if (q.perYearMark) return true;
  if (s.cues.some((c) => c.kind === 'per-year' && c.start >= clause.start && c.start < clause.end)) return true;
  return q.unit === '%' && GROWTH_RATE.test(text.slice(clause.start, q.numStart));
}

/** A deadline word before the year: `năm 2025` alone right after a number is a baseline (`gấp 2 lần năm 2025`). */
const DEADLINE_WORD = /^(?:vào|đến|tới|trước|trong)\s/i;

/**
 * The deadline year written in the quantity's own sentence: one written
 * right after it (`50% vào năm 2030 và 60% vào năm 2035`), else the nearest
 * one before it, else the nearest after it.
 */
export function sentenceYear(q: Quantity, s: SentenceView, time: TimeFrame, text: string): number | null {
  let before: number | null = null;
  let after: number | null = null;
  for (const c of yearsOf(s)) {
    if (time.published !== null && c.year! < time.published) continue;
    if (c.kind === 'deadline' && c.start >= q.end && /^ +$/.test(text.slice(q.end, c.start)) && DEADLINE_WORD.test(text.slice(c.start, c.end))) {
      return c.year!;
    }
    if (c.end <= q.numStart) before = c.year!;
    else if (c.start >= q.end && after === null) after = c.year!;
  }
  return before ?? after;
}
