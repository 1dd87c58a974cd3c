/**
 * `consistency/range-order`: a date range whose end comes before its start.
 * The ends are compared as dates (a month or quarter as the days it spans),
 * not as strings. A yearless range (`--12-30/--01-02`, no dateline to resolve
 * it against) whose end is earlier in the calendar runs across a year end,
 * forwards, as the dates extractor reads it: never backwards.
 */
import type { Check } from '../facts/fact-type.js';

interface Bounds {
  /** First and last day, as day numbers (yearless: month * 100 + day). */
  first: number;
  last: number;
  yearless: boolean;
}

const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

/** The days an ISO value of the dates extractor spans: `2020-10-15`, `2020-10`, `2020-Q4`, `--10-15`. */
export function isoBounds(iso: string): Bounds | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const d = dayNumber(+m[1], +m[2], +m[3]);
    return { first: d, last: d, yearless: false };
  }
  m = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const d = +m[1] * 100 + +m[2];
    return { first: d, last: d, yearless: true };
  }
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return { first: dayNumber(+m[1], +m[2], 1), last: dayNumber(+m[1], +m[2] + 1, 0), yearless: false };
  m = /^(\d{4})-Q([1-4])$/.exec(iso);
  if (m) {
    const q = +m[2];
    return { first: dayNumber(+m[1], 3 * q - 2, 1), last: dayNumber(+m[1], 3 * q + 1, 0), yearless: false };
  }
  return null;
}

/** Whether a `START/END` value ends before it starts. */
export function runsBackwards(value: string): boolean {
  const [start, end, ...rest] = value.split('/');
  if (end === undefined || rest.length > 0) return false;
  const s = isoBounds(start);
  const e = isoBounds(end);
  // Yearless ends wrap forwards; a yearless end beside a dated one cannot be compared.
  if (!s || !e || s.yearless || e.yearless) return false;
  return e.last < s.first;
}

export const rangeOrder: Check<{ value: string }> = {
  id: 'consistency/range-order',
  run(dates, report) {
    for (const d of dates) if (runsBackwards(d.fact.value)) report(`date range ends before it starts: ${d.fact.value} (write the earlier date first, or correct the day, month or year)`, d);
  },
};
