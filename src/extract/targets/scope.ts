/**
 * Scope of a target: whether a sentence states goals or results, which
 * quantities are rates per year, and the deadline year a quantity takes
 * from its own sentence or from the phrase that introduces its list.
 */
import type { RuleMatch } from '../../rules/compiled.js';
import type { Span } from '../../types.js';
import type { Quantity } from './quantity.js';

export type CueKind = 'goal' | 'weak-goal' | 'party' | 'list' | 'deadline' | 'period' | 'per-year' | 'past' | 'topic-end';

export interface Cue extends Span {
  kind: CueKind;
  /** Deadline year (the end year of a period). */
  year?: number;
  /** First year of a period. */
  from?: number;
}

export function readCue(kind: CueKind, m: RuleMatch): Cue | null {
  const cue: Cue = { kind, start: m.start, end: m.end };
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

/** Goal words or a deadline in the future (a list intro alone, `bao gồm:`, is not one). */
export function isGoalSentence(s: SentenceView, time: TimeFrame): boolean {
  for (const c of s.cues) {
    if (c.kind === 'goal') return true;
    if (c.kind === 'deadline' && (time.reference === null || c.year! > time.reference)) return true;
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
    if (c.start >= limit) continue;
    if (c.kind === 'past') return true;
    if (time.reference === null) continue;
    if (c.kind === 'deadline' && c.year! < time.reference) return true;
    if (c.kind === 'period' && c.year! <= time.reference && /^\W*$/.test(text.slice(s.start, c.start).replace(/(?:nhiệm kỳ|giai đoạn|thời kỳ)/gi, ''))) {
      return true;
    }
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
  const before = text.slice(clause.start, q.numStart);
  const done = before.search(/(?:^|\s)đã\s/i);
  return done >= 0 && !GOAL_AFTER_PAST.test(before.slice(done));
}

/**
 * `có 5 khu công nghiệp` is a goal only where a deadline is written in the
 * sentence (`Đến năm 2030, tỉnh có …`); elsewhere `có` states what exists.
 */
export function isWeakCount(q: Quantity, s: SentenceView): boolean {
  return q.verb === 'có' && !s.cues.some((c) => c.kind === 'deadline' || c.kind === 'period');
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

/**
 * The deadline year written in the quantity's own sentence: the nearest one
 * before it, else the nearest after it.
 */
export function sentenceYear(q: Quantity, s: SentenceView, time: TimeFrame): number | null {
  let before: number | null = null;
  let after: number | null = null;
  for (const c of yearsOf(s)) {
    if (time.published !== null && c.year! < time.published) continue;
    if (c.end <= q.numStart) before = c.year!;
    else if (c.start >= q.end && after === null) after = c.year!;
  }
  return before ?? after;
}
