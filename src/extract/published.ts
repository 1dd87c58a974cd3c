/**
 * Published: the article's own dateline as `YYYY-MM-DD`. The rules find
 * dateline-shaped dates (beside a clock time, a weekday, a "Cập nhật" label,
 * alone on a line, or a scraper's metadata line); this module keeps those in
 * the header zone and returns the earliest, which the pipeline uses.
 */
import { scan } from '../rules/compiled.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { FactOf } from '../schema.js';
import type { ArticleRoot } from '../tree.js';
import type { Found, Span } from '../types.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import { oncePer } from '../util/once-per.js';

/** A dateline sits above the body: within these first characters of the text. */
const HEADER_ZONE = 1500;
/** Scraper metadata lines are among the first lines only. */
const TOP_LINES = 4;
/** A dateline's line holds little else (a category, a byline, a view count); a body sentence holds more. */
const MAX_OTHER_TEXT = 70;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in `month` (1–12) of `year`, reckoned as `Date.UTC` does (years 0–99
 * are 1900–1999; no year, no answer) without making a Date: the date rules
 * ask this of every match.
 */
function daysInMonth(year: number, month: number): number {
  if (!Number.isFinite(year)) return NaN;
  if (month !== 2) return MONTH_DAYS[month - 1];
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Whether year/month/day is a day of the calendar (what `isoDay` checks, without writing it). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return !(month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month));
}

export function isoDay(year: number, month: number, day: number): string | null {
  if (!isCalendarDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A dateline's line holds its date and little else: longer lines are body text. */
const MAX_LINE = 150;

/** What marks a line that may hold a dateline, from the rule files' tables. */
interface LineMarks {
  /** A date-like number: `15/10`, `15-10`, `15.10`, or a month word of the `date_anchor` table between numbers (`15 tháng 10`). */
  dateLike: RegExp;
  /** The label of a scraper's metadata line (table `metadata_label`: ` date 2025-09-30`, `# date = 20201101`), any case. */
  metadata: RegExp;
}

const lineMarks = oncePer((vocabulary: Vocabulary): LineMarks => {
  return {
    // @rule-pattern: escaped words of the date_anchor table (checked as its fragment) between a digit and a space and digit.
    dateLike: new RegExp(`\\d[/.-]\\d|\\d ${alternation(vocabulary.wordsOf('date_anchor', 'month'))} \\d`),
    // @rule-pattern: escaped words of the metadata_label table (checked as its fragment).
    metadata: new RegExp(alternation(vocabulary.wordsOf('metadata_label', 'date')), 'i'),
  };
});

interface HeaderLine extends Span {
  index: number;
  /** Where the rules stop reading the line. */
  scanEnd: number;
}

/**
 * The lines of the header zone that may hold a dateline: short lines with a
 * date-like number, and the first lines (where scrapers put their metadata).
 * A long first line (`date 2025-08-22 ` and the body, as one scraper writes
 * it) is read only to MAX_LINE: a metadata date opens its line, and a date
 * anywhere else in a long line leaves too much other text to be a dateline.
 * So no rule reads more than MAX_LINE characters of any line.
 */
function headerLines(text: string, { dateLike, metadata }: LineMarks): HeaderLine[] {
  const lines: HeaderLine[] = [];
  let start = 0;
  for (let index = 0; start < Math.min(text.length, HEADER_ZONE); index++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const scanEnd = Math.min(end, start + MAX_LINE);
    if (end - start <= MAX_LINE && dateLike.test(text.slice(start, end))) lines.push({ start, end, index, scanEnd });
    else if (index < TOP_LINES && metadata.test(text.slice(start, end))) lines.push({ start, end, index, scanEnd });
    start = end + 1;
  }
  return lines;
}

/** Whether a match may be a dateline: scraper metadata on the top lines; else a line that holds little more. */
function isDateline(line: Span & { index: number }, match: Span, zone: unknown): boolean {
  if (zone === 'top') return line.index < TOP_LINES;
  const other = line.end - line.start - (match.end - match.start);
  return other <= MAX_OTHER_TEXT;
}

const schema = ({ fact, dayString }: SchemaKit) =>
  fact({ value: dayString.describe('Dateline as YYYY-MM-DD') }).describe("The article's own dateline");

/** A page whose text shows no dateline may say when it was published in its metadata. */
function fromPage(tree: ArticleRoot) {
  const meta = tree.data.page?.published;
  if (!meta) return null;
  const { value, start, end } = meta;
  const evidence = { text: tree.data.original.slice(start, end), start, end, ...tree.data.map.lineColumn(start) };
  return { value, rule: 'html/page-metadata', confidence: 1, evidence };
}

export const published: FactType<'published', ReturnType<typeof schema>, true> = {
  key: 'published',
  needs: [],
  schema,
  single: true,
  fromPage,
  csv: {
    type: 'published',
    columns: ['value'],
    row: (f) => ({ value: f.value }),
    // Every fact row says which article's dateline it was read against.
    everyRow: { published: (facts) => facts[0]?.value ?? null },
  },
  articleColumns: { published: (facts) => facts[0]?.value ?? null },
  extract(doc, rules, ctx) {
    const out: Found<FactOf<'published'>>[] = [];
    for (const line of headerLines(doc.text, lineMarks(ctx.vocabulary))) {
      for (const rule of rules) {
        for (const m of scan(rule, doc.text, { start: line.start, end: line.scanEnd })) {
          if (!isDateline(line, m, rule.set.zone)) continue;
          // A date in digits (day/month/year) or in words (wday/wmonth/wyear: 15 tháng 10 năm 2020).
          const g = m.groups;
          const value = isoDay(Number(g.year ?? g.wyear), Number(g.month ?? g.wmonth), Number(g.day ?? g.wday));
          if (!value) continue;
          out.push({ fact: { value }, span: { start: m.start, end: m.end }, rule: rule.id, confidence: rule.confidence });
        }
      }
    }
    // The earliest dateline is the page's own (a later one is an update or a caption).
    out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    return out.slice(0, 1);
  },
  identity: (f) => f.value,
};
