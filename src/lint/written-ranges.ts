/**
 * Ranges as the text writes them, whatever the extractors make of them: a
 * year span after `nhiệm kỳ` / `giai đoạn` (`nhiệm kỳ 2025-2020`), a date
 * range (`từ ngày 17 - 15/10/2020`, `từ 20/10/2020 đến 18/10/2020`) and a
 * range of percentages (`12 - 10%`). The extractors read only ranges that
 * run forwards (a backwards one is dropped, or read as one or two single
 * dates), so the check rules that look for backwards ranges read the written
 * form here. Each scanner is one pass of one regular expression over the
 * text, with a cheap literal test first that skips most articles.
 */
import { isCalendarDay } from '../extract/published.js';
import { parseDecimal } from '../tokenize/numbers.js';
import type { Span } from '../types.js';

// ------------------------------------------------------------------ year spans

/** A year span the text writes after a period word. */
export interface WrittenSpan {
  /** The period word as written, lower case (`nhiệm kỳ`, `giai đoạn`, `thời kỳ`). */
  word: string;
  from: number;
  to: number;
  /** The two years and what is between them. */
  span: Span;
  /** Where the period word starts. */
  wordStart: number;
}

/**
 * Two years joined by a dash or `đến` (`2020 - 2025`, `2021 đến 2030`): the
 * scan looks for the years first (a digit is a quick test), then for the
 * period word before them.
 */
export const YEAR_SPAN = /(?:19|20)\d{2}[ ]{0,2}(?:-|đến|tới)[ ]{0,2}(?:19|20)\d{2}(?!\d)/g;
/** The period word right before a year span: `nhiệm kỳ `, `giai đoạn (`, `thời kỳ: `. @bounded run only on the 16 characters before a year span */
const PERIOD_WORD_BEFORE = /(?<![\p{L}\p{M}])(nhiệm kỳ|nhiệm kì|giai đoạn|thời kỳ|thời kì)[ ]{1,2}(?:\(|: ?)?$/iu;
const isDigitAt = (text: string, i: number) => i >= 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

/** Every year span written right after a period word, in text order. */
export function writtenTerms(text: string): WrittenSpan[] {
  const out: WrittenSpan[] = [];
  YEAR_SPAN.lastIndex = 0;
  for (let m = YEAR_SPAN.exec(text); m; m = YEAR_SPAN.exec(text)) {
    if (isDigitAt(text, m.index - 1)) continue;
    const before = PERIOD_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (!before) continue;
    out.push({
      word: before[1].toLowerCase().replace('kì', 'kỳ'),
      from: Number(m[0].slice(0, 4)),
      to: Number(m[0].slice(-4)),
      span: { start: m.index, end: m.index + m[0].length },
      wordStart: m.index - before[0].length,
    });
  }
  return out;
}

// ------------------------------------------------------------------ date ranges

/** One end of a written date range: a day (its year may be missing) or a month of a year. */
export interface WrittenDate {
  year: number | null;
  month: number;
  /** null: the whole month. */
  day: number | null;
}

export interface WrittenDateRange {
  from: WrittenDate;
  to: WrittenDate;
  /** From the first date's first digit (or `tháng`) to the end of the second. */
  span: Span;
  /** The words before it say it is a date: `từ`, `ngày`, `hôm`. */
  cued: boolean;
}

// A day: `15/10`, `15/10/2020`, `15.10.2020`, `15-10-2020`, `15 tháng 10 (năm 2020)`; a month of a year: `tháng 10/2020`, `tháng 10 năm 2020`.
const DAY_END = String.raw`\d{1,2}(?:[/.]\d{1,2}(?:[/.](?:19|20)\d{2})?|-\d{1,2}-(?:19|20)\d{2}| tháng \d{1,2}(?: năm (?:19|20)\d{2})?)`;
const MONTH_END = String.raw`tháng \d{1,2}(?:[/.](?:19|20)\d{2}| năm (?:19|20)\d{2})`;
const DATE_END = `(?:${DAY_END}|${MONTH_END})`;
const RANGE_JOIN = String.raw`[ ]{0,2}(?:-|(?:cho )?đến|tới)[ ]{0,2}(?:hết[ ]+)?(?:ngày[ ]+)?`;

/**
 * A date range as written: a cue (`từ`, `ngày`, `từ ngày`, `hôm`), then a
 * date or a bare day (`ngày 17 - 15/10/2020`), a connector (`-`, `đến`,
 * `tới`), and a date; not inside a longer number, nor a percentage.
 */
export const WRITTEN_DATE_RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d/.,])(?:(?<cue>(?:từ[ ]+)?(?:ngày|hôm)|từ)[ ]+)?(?:(?<a>${DATE_END})|(?<d1>\d{1,2})(?![\d/.,]))${RANGE_JOIN}(?<b>${DATE_END})(?![\d%]|[.,/]\d|[ ]?%)`,
  'giu',
);

/** The parts of one end as the range regex matched it. @bounded run only on one end of a matched range (a dozen characters) */
const END_PARTS = /^(?:(\d{1,2})(?:[/.-](\d{1,2})(?:[/.-](\d{4}))?| tháng (\d{1,2})(?: năm (\d{4}))?)|tháng (\d{1,2})(?:[/.](\d{4})| năm (\d{4})))$/iu;

function readEnd(raw: string): WrittenDate | null {
  const m = END_PARTS.exec(raw);
  if (!m) return null;
  let end: WrittenDate;
  if (m[1] !== undefined) {
    const month = Number(m[2] ?? m[4]);
    const y = m[3] ?? m[5];
    end = { year: y === undefined ? null : Number(y), month, day: Number(m[1]) };
  } else end = { year: Number(m[7] ?? m[8]), month: Number(m[6]), day: null };
  if (end.month < 1 || end.month > 12) return null;
  if (end.day !== null && !isCalendarDay(end.year ?? 2000, end.month, end.day)) return null;
  return end;
}

/** A digit before a range connector: where a written range may be. */
export const RANGE_ANCHOR = /\d(?=[ ]{0,2}(?:-|[đĐ]ến|[tT]ới|cho đến))/g;
/** How far a range reaches before its connector (`từ ngày 15 tháng 10 năm 2020 `) and after it. */
const REACH_BEFORE = 40;
const REACH_AFTER = 50;

/**
 * The stretches of text around the range connectors that follow a digit,
 * merged where they meet: the range pattern, costly to try at every
 * position, runs only there.
 */
function rangeWindows(text: string): Span[] {
  const windows: Span[] = [];
  RANGE_ANCHOR.lastIndex = 0;
  for (let m = RANGE_ANCHOR.exec(text); m; m = RANGE_ANCHOR.exec(text)) {
    const start = Math.max(0, m.index - REACH_BEFORE);
    const end = Math.min(text.length, m.index + REACH_AFTER);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = end;
    else windows.push({ start, end });
  }
  return windows;
}

/** A letter, digit or number mark before a match: it starts inside a word or a number. */
const INSIDE_BEFORE = /[\p{L}\p{M}\d/.,]/u;

/** Every date range the text writes with a cue or with both years, in text order. */
export function writtenDateRanges(text: string): WrittenDateRange[] {
  const out: WrittenDateRange[] = [];
  for (const w of rangeWindows(text)) {
    const piece = text.slice(w.start, w.end);
    WRITTEN_DATE_RANGE.lastIndex = 0;
    for (let m = WRITTEN_DATE_RANGE.exec(piece); m; m = WRITTEN_DATE_RANGE.exec(piece)) {
      if (m.index === 0 && w.start > 0 && INSIDE_BEFORE.test(text[w.start - 1])) continue;
      const range = readRange(m, w.start + m.index);
      if (range) out.push(range);
    }
  }
  return out;
}

function readRange(m: RegExpExecArray, at: number): WrittenDateRange | null {
  const g = m.groups!;
  const to = readEnd(g.b);
  if (!to) return null;
  const cue = g.cue?.toLowerCase() ?? '';
  let from: WrittenDate | null;
  if (g.d1 !== undefined) {
    // A bare first day takes the month and year of the second: only after `ngày`, where it can only be a day.
    if (!cue.includes('ngày') || to.day === null) return null;
    from = { year: to.year, month: to.month, day: Number(g.d1) };
    if (!isCalendarDay(from.year ?? 2000, from.month, from.day!)) return null;
  } else from = readEnd(g.a);
  if (!from) return null;
  const first = g.a ?? g.d1!;
  const start = at + m[0].indexOf(first, g.cue ? g.cue.length : 0);
  const monthly = from.day === null || to.day === null;
  const cued = cue !== '' || monthly || (from.year !== null && to.year !== null);
  if (!cued) return null;
  return { from, to, span: { start, end: at + m[0].length }, cued };
}

const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;
/** First and last day of an end, in the given year. */
const firstDay = (d: WrittenDate, year: number) => dayNumber(year, d.month, d.day ?? 1);
const lastDay = (d: WrittenDate, year: number) => (d.day === null ? dayNumber(year, d.month + 1, 0) : dayNumber(year, d.month, d.day));

/**
 * Whether a written range runs backwards. With both years written: when its
 * end comes before its start. A missing year is the other end's (or a leap
 * year's when both miss): then the range runs backwards when its start is
 * after its end by 2 to 62 days; further apart it runs across New Year
 * (`từ 30/12 đến 2/1/2021`), and one day apart it is a year from a date to
 * the day before (`từ 1/10 đến 30/9`, a fiscal year).
 */
export function writtenBackwards(r: WrittenDateRange): boolean {
  const { from, to } = r;
  if (from.year !== null && to.year !== null) return lastDay(to, to.year) < firstDay(from, from.year);
  const year = from.year ?? to.year ?? 2000;
  const gap = firstDay(from, year) - lastDay(to, year);
  return gap >= 2 && gap <= 62;
}

/** `2020-10-15`, `--10-15` (no year), `2020-10` (a month). */
export function isoOf(d: WrittenDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  if (d.day === null) return `${d.year}-${p(d.month)}`;
  return `${d.year === null ? '-' : d.year}-${p(d.month)}-${p(d.day)}`;
}

// ------------------------------------------------------------------ percentage ranges

export interface WrittenPercentRange {
  /** As written (`12`, `7,5`). */
  fromText: string;
  toText: string;
  from: number;
  to: number;
  /** The first number has its own `%` (`12% - 10%`). */
  bothMarked: boolean;
  span: Span;
}

/** `12 - 10%`, `12% - 10%`, `7,5-6,5 %`: two numbers joined by a dash, the last followed by `%`. */
export const WRITTEN_PERCENT_RANGE = /(?<![\d.,/])(\d{1,3}(?:,\d{1,3})?)[ ]{0,2}%?[ ]{0,2}-[ ]{0,2}(\d{1,3}(?:,\d{1,3})?)[ ]{0,2}%/gu;

/** Every percentage range the text writes, in text order. */
export function writtenPercentRanges(text: string): WrittenPercentRange[] {
  const out: WrittenPercentRange[] = [];
  if (!text.includes('%')) return out;
  WRITTEN_PERCENT_RANGE.lastIndex = 0;
  for (let m = WRITTEN_PERCENT_RANGE.exec(text); m; m = WRITTEN_PERCENT_RANGE.exec(text)) {
    const from = parseDecimal(m[1]);
    const to = parseDecimal(m[2]);
    if (from === null || to === null) continue;
    const bothMarked = m[0].slice(m[1].length).trimStart().startsWith('%');
    out.push({ fromText: m[1], toText: m[2], from, to, bothMarked, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
