/**
 * The options `extract` and `check` share for reading a corpus (defined
 * once in `main.ts`'s `readingOptions`), checked once here: a bad
 * `--reference`, `--timeout` or `--jobs` is a usage error with the same
 * words in both commands.
 */
import { isCalendarDate } from '../util/calendar.js';

/** More worker threads than this is a typing error, not a machine. */
export const MAX_JOBS = 256;

export interface ReadingOptions {
  reference?: string;
  /** Seconds one article may take (0: no limit), as given on the command line. */
  timeout: string;
  /** Worker threads, as given on the command line. */
  jobs: string;
  progress?: boolean;
  quiet: boolean;
}

export interface Reading {
  /** Milliseconds one article may take (0: no limit). */
  budgetMs: number;
  jobs: number;
  /** Progress on standard error: as asked, else when it is a terminal and not --quiet. */
  progress: boolean;
}

/** The reading options as numbers, or the message of the usage error. */
export function readingFrom(opts: ReadingOptions): Reading | string {
  if (opts.reference !== undefined && !isCalendarDate(opts.reference)) return `--reference takes a real calendar date as YYYY-MM-DD, not "${opts.reference}"`;
  const seconds = Number(opts.timeout);
  if (opts.timeout.trim() === '' || !Number.isFinite(seconds) || seconds < 0) return `--timeout takes a number of seconds (0 for no limit), not "${opts.timeout}"`;
  const jobs = Number(opts.jobs);
  if (!/^\s*\d+\s*$/.test(opts.jobs) || !Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    return `--jobs takes a whole number of worker threads from 1 to ${MAX_JOBS}, not "${opts.jobs}"`;
  }
  // Progress for a person at a terminal; never in a log or a pipe unless asked (--progress).
  const progress = opts.progress ?? (Boolean(process.stderr.isTTY) && !opts.quiet);
  return { budgetMs: seconds * 1000, jobs, progress };
}
