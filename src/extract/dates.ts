/**
 * Dates: every calendar date or range of the text except the dateline, as
 * ISO 8601 (`2020-10-15`, `2020-10`, `2021-Q3`, `START/END`, `--10-28`).
 *
 * Built like chrono: the rules in `rules/dates.yaml` are the parsers (one per
 * surface form); `produce` turns a match into a candidate; the refiners then
 * drop the dateline and page timestamps, resolve overlaps, join neighbours
 * into ranges ("từ ngày 30/9 đến ngày 2/10", "ngày 11/8 và 12/8"), drop latent
 * candidates that no real date vouches for, and give yearless dates the year
 * closest to the reference date (the dateline).
 */
import { matchesIn, type CompiledRule, type RuleMatch } from '../rules/compiled.js';
import type { FactOf } from '../schema.js';
import { rangeOrder } from '../check/range-order.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { Doc, Found, Span } from '../types.js';
import { isCalendarDay } from './published.js';
import { overlaps, removeOverlaps } from './refine/overlaps.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import { oncePer } from '../util/once-per.js';

type DateFact = FactOf<'dates'>;

/** A point in time at the granularity the text states it; `year` null when not written. */
type Point =
  | { unit: 'day'; year: number | null; month: number; day: number }
  | { unit: 'month'; year: number; month: number }
  | { unit: 'quarter'; year: number; quarter: number };

interface DateValue {
  from: Point;
  /** End of a range. */
  to?: Point;
  /** The year came from the reference date. */
  yearImplied?: boolean;
}

interface Candidate {
  span: Span;
  rule: CompiledRule;
  confidence: number;
  values: DateValue[];
  /** Uncued day/month: kept only when joined to a real date. */
  latent: boolean;
}

const ROMAN_QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

// ---------------------------------------------------------------- productions

function validDay(year: number | null, month: number, day: number): boolean {
  // A yearless 29/2 is valid (some year has it): check it against a leap year.
  return isCalendarDay(year ?? 2000, month, day);
}

type DayPoint = Extract<Point, { unit: 'day' }>;

function day(year: number | null, month: number, d: number): DayPoint | null {
  return validDay(year, month, d) ? { unit: 'day', year, month, day: d } : null;
}

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

/** The date values a match states, by the rule's `form`; [] when not a real calendar date. */
function produce(rule: CompiledRule, m: RuleMatch, vocabulary: Vocabulary): DateValue[] {
  const g = m.groups;
  switch (rule.set.form) {
    case 'day': {
      const p = day(num(g.year ?? g.year2), Number(g.month ?? g.month2), Number(g.day ?? g.day2));
      return p ? [{ from: p }] : [];
    }
    case 'span': {
      const year = num(g.year);
      const a = day(year, Number(g.month), Number(g.d1));
      const b = day(year, Number(g.month), Number(g.d2));
      return a && b && a.day < b.day ? [{ from: a, to: b }] : [];
    }
    case 'pair': {
      // Days of one event written together: a range when consecutive, else each day.
      const year = num(g.year);
      const month = Number(g.month);
      const numbers = [g.d1!, ...(g.more ?? '').split(',').map((x) => x.trim()).filter(Boolean), g.d2!].map(Number);
      const days = numbers.map((d) => day(year, month, d));
      if (days.some((p) => !p) || numbers.some((d, i) => i > 0 && d <= numbers[i - 1])) return [];
      const points = days as DayPoint[];
      const consecutiveRun = numbers.every((d, i) => i === 0 || d === numbers[i - 1] + 1);
      return consecutiveRun ? [{ from: points[0], to: points[points.length - 1] }] : points.map((from) => ({ from }));
    }
    case 'month': {
      const month = Number(g.month);
      return month >= 1 && month <= 12 ? [{ from: { unit: 'month', year: Number(g.year), month } }] : [];
    }
    case 'months': {
      // Months of one year, the year written once: a span ("tháng 9-10", "từ tháng 11 đến
      // tháng 2/2021" across the new year), or with "và" a list unless consecutive.
      const year = Number(g.year);
      const [m1, m2] = [Number(g.m1), Number(g.month)];
      if (m1 === m2) return [];
      const from: Point = { unit: 'month', year: m1 < m2 ? year : year - 1, month: m1 };
      const to: Point = { unit: 'month', year, month: m2 };
      if (vocabulary.classOf('date_connector', g.conn) === 'list' && m2 !== m1 + 1) return m1 < m2 ? [{ from }, { from: to }] : [];
      return [{ from, to }];
    }
    case 'mixed': {
      // A range whose ends differ in precision (từ tháng 11/2015 đến ngày 14/10/2020):
      // a day where the day is written, else the month; the start before the end.
      const end = (d: string | undefined, m: string | undefined, y: string | undefined): Point | null => {
        const month = Number(m);
        if (d !== undefined) return day(num(y), month, Number(d));
        return month >= 1 && month <= 12 ? { unit: 'month', year: Number(y), month } : null;
      };
      const from = end(g.d1, g.m1, g.y1);
      const to = end(g.d2, g.m2, g.y2);
      if (!from || !to || from.unit === 'quarter' || to.unit === 'quarter') return [];
      // Compared as year, month, day: a month starts on its day 0 and ends on its day 99.
      const key = (p: { year: number | null; month: number }) => (p.year ?? 0) * 10000 + p.month * 100;
      const startKey = key(from) + (from.unit === 'day' ? from.day : 0);
      const endKey = key(to) + (to.unit === 'day' ? to.day : 99);
      return startKey < endKey ? [{ from, to }] : [];
    }
    case 'quarter': {
      const q = g.quarter!.toUpperCase();
      const quarter = ROMAN_QUARTER[q] ?? Number(q);
      return [{ from: { unit: 'quarter', year: Number(g.year), quarter } }];
    }
    default:
      return [];
  }
}

// ---------------------------------------------------------------- refiners


/**
 * A clock time right beside a full date marks a page stamp (a second dateline), not an event.
 * @bounded run only on the 14 characters before or after a date (isPageStamp)
 */
const CLOCK_BEFORE = /\d{1,2}:\d{2}(?::\d{2})?[ ]*[,|-]?[ ]*\(?[ ]*$/;
/** @bounded run only on the 14 characters after a date (isPageStamp) */
const CLOCK_AFTER = /^[ ]*\)?[ ]*,?[ ]*[|-]?[ ]*\d{1,2}:\d{2}/;

function isPageStamp(text: string, c: Candidate): boolean {
  const v = c.values[0];
  if (c.values.length !== 1 || v.to || v.from.unit !== 'day' || v.from.year === null) return false;
  // "08:30 - 11:30, ngày 25/04/2021" is an event: a stamp is bare digits.
  if (!/^\d/.test(text.slice(c.span.start, c.span.end))) return false;
  return (
    CLOCK_BEFORE.test(text.slice(Math.max(0, c.span.start - 14), c.span.start)) ||
    CLOCK_AFTER.test(text.slice(c.span.end, c.span.end + 14))
  );
}

const hasYear = (c: Candidate): boolean => c.values.some((v) => v.from.year !== null || (v.to !== undefined && v.to.year !== null));

/**
 * Of overlapping candidates keep a cued one over a latent one, one with its
 * year written over a yearless one, else the longer (a range over the day inside it).
 */
function keepBest(cands: Candidate[]): Candidate[] {
  const better = (a: Candidate, b: Candidate): boolean => {
    if (a.latent !== b.latent) return !a.latent;
    if (hasYear(a) !== hasYear(b)) return hasYear(a);
    return a.span.end - a.span.start > b.span.end - b.span.start;
  };
  return removeOverlaps(cands, (c) => c.span, better);
}

/** The words between two ends of a range are few: a longer gap is not a range. */
const MAX_RANGE_GAP = 60;

/** What may stand between two dates that are joined, from the tables `date_connector` and `date_gap_word`. */
interface Joiners {
  /**
   * Between the two ends of a range: "đến", "-", maybe a clock time ("đến 11 giờ
   * 30 phút ngày 2/10", "- 11h30", "đến 17:00 ngày"). Read as a run of time
   * words, each of which the text can spell in one way only (a number stands
   * after a space, or its hour unit), so that a long run of them that fails is
   * not tried again in every other split.
   */
  rangeGap: RegExp;
  /** A date that starts with its own connector ("từ 30/4 đến 3/5": "đến 3/5" is a date of its own). */
  leadingConnector: RegExp;
  /** Between two days of a list: "và", ",". */
  listGap: RegExp;
}

const joiners = oncePer((vocabulary: Vocabulary): Joiners => {
  const range = alternation(vocabulary.wordsOf('date_connector', 'range'));
  const list = alternation(vocabulary.wordsOf('date_connector', 'list'));
  const hour = alternation(vocabulary.wordsOf('date_gap_word', 'hour'));
  const word = alternation(vocabulary.wordsOf('date_gap_word', 'word'));
  return {
    // @rule-pattern: escaped words of the date_connector and date_gap_word tables (checked as their fragments).
    // @bounded run only on the gap between two dates, at most MAX_RANGE_GAP characters (joinNeighbours)
    rangeGap: new RegExp(`^[ ]*(?:-|${range})(?:[ ]+\\d{1,2}|[ ]*(?:${hour}|:)\\d{0,2}|[ ]*(?:['’]|${word}))*[ ]*$`, 'i'),
    // @rule-pattern: as above, at the start of a date.
    leadingConnector: new RegExp(`^${range}(?:[ ]+hết)?[ ]+`, 'i'),
    // @rule-pattern: as above, between two dates.
    listGap: new RegExp(`^[ ]*(?:,|${list}|,[ ]*${list})[ ]*$`, 'i'),
  };
});

function dayNumber(p: { year: number; month: number; day: number }): number {
  return Date.UTC(p.year, p.month - 1, p.day) / 86400000;
}

/** Years of two days written together: the written one carried to the other (across the new year if need be). */
function sharedYears(a: Point, b: Point): [number | null, number | null] {
  if (a.unit !== 'day' || b.unit !== 'day') return [a.year, b.year];
  const before = a.month * 100 + a.day < b.month * 100 + b.day;
  const ya = a.year ?? (b.year === null ? null : before ? b.year : b.year - 1);
  const yb = b.year ?? (a.year === null ? null : before ? a.year : a.year + 1);
  return [ya, yb];
}

/**
 * Two single days as a range, the written year carried to the other end
 * ("từ ngày 24/9 đến ngày 26/9/2025"); null when the end is not after the start
 * or the range is longer than a year.
 */
function joinDays(a: Point, b: Point): DateValue | null {
  if (a.unit !== b.unit) return null;
  if (a.unit === 'day' && b.unit === 'day') {
    const [ya, yb] = sharedYears(a, b);
    const before = a.month * 100 + a.day < b.month * 100 + b.day;
    const from: Point = { ...a, year: ya };
    const to: Point = { ...b, year: yb };
    if (ya === null || yb === null) return before || a.month > b.month ? { from, to } : null;
    const length = dayNumber({ ...to, year: yb }) - dayNumber({ ...from, year: ya });
    return length > 0 && length <= 366 ? { from, to } : null;
  }
  if (a.unit === 'month' && b.unit === 'month') {
    return a.year * 12 + a.month < b.year * 12 + b.month ? { from: a, to: b } : null;
  }
  return null;
}

/** Whether b is the day after a (a yearless pair is read in a common year, across the new year if need be). */
function consecutive(a: Point, b: Point): boolean {
  const joined = joinDays(a, b);
  if (joined?.from.unit !== 'day' || joined.to?.unit !== 'day') return false;
  const from = joined.from;
  const to = joined.to;
  const fromYear = from.year ?? 2001;
  const toYear = to.year ?? fromYear + (to.month < from.month ? 1 : 0);
  return dayNumber({ ...to, year: toYear }) - dayNumber({ ...from, year: fromYear }) === 1;
}

/** A cue may open a parenthesis ("hôm qua (20/4)"): the span then takes its closing one too. */
function closeParenthesis(text: string, span: Span): Span {
  const inner = text.slice(span.start, span.end);
  if (!inner.includes('(') || inner.includes(')')) return span;
  const after = /^[ ]*\)/.exec(text.slice(span.end, span.end + 4));
  return after ? { start: span.start, end: span.end + after[0].length } : span;
}

const single = (c: Candidate): Point | null => (c.values.length === 1 && !c.values[0].to ? c.values[0].from : null);

/**
 * Join neighbours: "X đến Y" / "X - Y" into a range, "X và Y" of consecutive
 * days into a range (else both stay). A latent candidate survives only when
 * joined to a real date.
 */
function joinNeighbours(text: string, cands: Candidate[], vocabulary: Vocabulary): Candidate[] {
  const { rangeGap, leadingConnector, listGap } = joiners(vocabulary);
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    const pa = single(a);
    const pb = b && single(b);
    if (pa && pb && !(a.latent && b.latent)) {
      const gap = text.slice(a.span.end, b.span.start);
      const head = leadingConnector.exec(text.slice(b.span.start, b.span.end))?.[0] ?? '';
      const isRange = gap.length + head.length <= MAX_RANGE_GAP && rangeGap.test(gap + head);
      const joined = isRange || (listGap.test(gap) && consecutive(pa, pb)) ? joinDays(pa, pb) : null;
      if (joined) {
        out.push({
          span: { start: a.span.start, end: b.span.end },
          rule: a.latent ? b.rule : a.rule,
          confidence: Math.min(a.confidence, b.confidence),
          values: [joined],
          latent: false,
        });
        i++;
        continue;
      }
      if (listGap.test(gap) || isRange) {
        // A list of days ("ngày 24/9 và 26/9/2025"): one year for both, and the
        // latent member is vouched for by its neighbour.
        const [ya, yb] = sharedYears(pa, pb);
        out.push({ ...a, values: [{ from: { ...pa, year: ya } as Point }], latent: false });
        cands[i + 1] = { ...b, values: [{ from: { ...pb, year: yb } as Point }], latent: false };
        continue;
      }
    }
    out.push(a);
  }
  return out.filter((c) => !c.latent);
}

/** The year that puts month/day closest to the reference date. */
function closestYear(month: number, d: number, reference: string): number | null {
  const [ry, rm, rd] = reference.split('-').map(Number);
  const ref = Date.UTC(ry, rm - 1, rd);
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const y of [ry - 1, ry, ry + 1]) {
    if (!isCalendarDay(y, month, d)) continue;
    const distance = Math.abs(Date.UTC(y, month - 1, d) - ref);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** Yearless days (and ranges) take the year closest to the reference; without one they stay yearless. */
function resolveYear(v: DateValue, reference: string | null): DateValue {
  const { from, to } = v;
  if (!reference || from.unit !== 'day' || from.year !== null) return v;
  const year = closestYear(from.month, from.day, reference);
  if (year === null) return v;
  const start: Point = { ...from, year };
  if (to?.unit !== 'day') return { from: start, yearImplied: true };
  const wraps = to.month * 100 + to.day < from.month * 100 + from.day;
  return { from: start, to: { ...to, year: to.year ?? year + (wraps ? 1 : 0) }, yearImplied: true };
}

// ---------------------------------------------------------------- output

const pad = (n: number): string => String(n).padStart(2, '0');

function isoPoint(p: Point): string {
  switch (p.unit) {
    case 'day':
      return `${p.year === null ? '-' : String(p.year)}-${pad(p.month)}-${pad(p.day)}`;
    case 'month':
      return `${p.year}-${pad(p.month)}`;
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
  }
}

function toFact(v: DateValue): DateFact {
  const value = v.to ? `${isoPoint(v.from)}/${isoPoint(v.to)}` : isoPoint(v.from);
  const kind = v.to ? 'range' : v.from.unit;
  return { value, kind, yearImplied: v.yearImplied ?? false };
}

/**
 * Every date form has a digit beside a date separator, or "tháng"/"quý" before
 * a number (two patterns: one alternation of both runs slower).
 */
const isDigit = (c: number) => c >= 48 && c <= 57;
/**
 * The anchor words of date windows (table `date_anchor`: `tháng`, `quý`),
 * each found by searching its `tail` and checking one of its `heads` before
 * it. indexOf is quick when the first character it looks for is rare in the
 * text, and `t` is everywhere: a tail from the word's first non-ASCII letter
 * (`áng ` and a check for `th`/`Th` before it) takes a third of the time of
 * `tháng ` and `Tháng `. Each word is looked for as written in lower case,
 * sentence case and capitals (all-caps headlines: NGÀY 15 THÁNG 10 NĂM 2020).
 */
interface AnchorWord {
  tail: string;
  heads: string[];
}

const anchorWords = oncePer((vocabulary: Vocabulary): AnchorWord[] => {
  const byTail = new Map<string, Set<string>>();
  for (const word of vocabulary.wordsOf('date_anchor')) {
    const lower = word.toLowerCase().replace(/\s+/g, ' ').trim();
    for (const form of new Set([lower, lower.charAt(0).toUpperCase() + lower.slice(1), lower.toUpperCase()])) {
      let at = 0;
      while (at < form.length && form.charCodeAt(at) <= 0x7f) at++;
      if (at === form.length) at = 0;
      const tail = `${form.slice(at)} `;
      if (!byTail.has(tail)) byTail.set(tail, new Set());
      byTail.get(tail)!.add(form.slice(0, at));
    }
  }
  return [...byTail].map(([tail, heads]) => ({ tail, heads: [...heads] }));
});
/** How far a date's words reach before (cues: "chiều tối ngày hôm qua (") and after its anchor. */
const REACH_BEFORE = 40;
const REACH_AFTER = 30;
const MERGE_GAP = 240;
/**
 * Windows stop growing at this length (the longest in the corpora has 681
 * characters): a paragraph dense with dates becomes several windows, so no
 * rule is ever run over an unbounded stretch of text.
 */
const MAX_WINDOW = 1000;

/**
 * Stretches of text around date anchors, within the anchor's paragraph,
 * merged where they meet, each starting at a word boundary: the rules run
 * only there (most text holds no date, and the cue patterns are costly to
 * try at every position). The anchors are digits beside a date separator
 * and the words of the `date_anchor` table before a number: a rule file
 * that adds a word there opens windows at it.
 */
export function dateWindows(doc: Doc, vocabulary: Vocabulary): Span[] {
  const text = doc.text;
  const anchors: number[] = [];
  // indexOf runs far faster than a regex that starts with a character class.
  // `d/d`, `d-d`, `d / d`, `d - d`:
  for (const sep of ['/', '-']) {
    for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) {
      const before = isDigit(text.charCodeAt(i - 1)) ? i - 1 : text.charCodeAt(i - 1) === 32 && isDigit(text.charCodeAt(i - 2)) ? i - 2 : -1;
      if (before < 0) continue;
      const after = isDigit(text.charCodeAt(i + 1)) || (text.charCodeAt(i + 1) === 32 && isDigit(text.charCodeAt(i + 2)));
      if (after) anchors.push(before);
    }
  }
  // `d.dd.dddd`, and a cued `ngày 16.10` (a word, 1-2 digits, a dot, 1-2 digits):
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (!isDigit(text.charCodeAt(i - 1)) || !isDigit(text.charCodeAt(i + 1))) continue;
    const after = text.slice(i + 1, i + 9);
    if (/^\d\d?\.\d{4}/.test(after)) anchors.push(i - 1);
    else if (/^\d\d?(?!\d|[.,]\d)/.test(after) && /(?:^|[^\d.,])\d\d?$/.test(text.slice(Math.max(0, i - 3), i))) anchors.push(i - 1);
  }
  // `tháng 10`, `quý III`:
  for (const { tail, heads } of anchorWords(vocabulary)) {
    for (let i = text.indexOf(tail); i >= 0; i = text.indexOf(tail, i + 1)) {
      const head = heads.find((h) => i >= h.length && text.startsWith(h, i - h.length));
      if (head === undefined) continue;
      // Scraped text may double the space: `tháng  10`.
      let next = i + tail.length;
      while (text.charCodeAt(next) === 32 && next < i + tail.length + 3) next++;
      const c = text[next];
      if (c !== undefined && (isDigit(c.charCodeAt(0)) || c === 'I' || c === 'V')) anchors.push(i - head.length);
    }
  }
  anchors.sort((a, b) => a - b);
  const windows: Span[] = [];
  const paragraphs = doc.paragraphs;
  let pi = 0;
  for (const at of anchors) {
    while (pi < paragraphs.length - 1 && paragraphs[pi].end <= at) pi++;
    const p = paragraphs[pi];
    if (at < p.start) continue;
    let start = Math.max(p.start, at - REACH_BEFORE);
    // Back to a word start, looking at most REACH_BEFORE characters (a text without
    // spaces must not make this a scan to the paragraph's start for every anchor).
    if (start > p.start) {
      const floor = Math.max(p.start, start - REACH_BEFORE);
      let i = start;
      while (i > floor && text.charCodeAt(i) !== 32) i--;
      start = i;
    }
    const end = Math.min(p.end, at + REACH_AFTER);
    const last = windows[windows.length - 1];
    // Close windows of one paragraph are tried as one: each regex call has a
    // fixed cost larger than scanning a few hundred characters. A new window
    // may overlap a full one: a date read twice is one candidate (keepBest).
    if (last && start - last.end < MERGE_GAP && last.end > p.start && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}


const schema = ({ z, fact }: SchemaKit) =>
  fact({
    value: z
      .string()
      .describe('ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY-Qn, START/END for ranges; --MM-DD when the year is unknown'),
    kind: z.enum(['day', 'month', 'quarter', 'range']),
    yearImplied: z.boolean().describe('True when the year was not written and came from the dateline'),
  });

export const dates: FactType<'dates', ReturnType<typeof schema>> = {
  key: 'dates',
  // The dateline is not an event date, and gives yearless dates their year.
  needs: ['published'],
  schema,
  checks: [rangeOrder],
  csv: { type: 'date', columns: ['value', 'kind'], placeAfter: 'value', row: (d) => ({ value: d.value, kind: d.kind }) },
  articleColumns: { dates: { list: (ds) => ds.map((d) => d.value) } },
  extract(doc, rules, ctx) {
    const text = doc.text;
    const dateline = ctx.found.published?.[0]?.span;
    let cands: Candidate[] = [];
    // The rules run only inside the date windows (plain loops: a generator's
    // yield per match cost more than the matching on a corpus full of dates).
    for (const w of dateWindows(doc, ctx.vocabulary)) {
      const piece = text.slice(w.start, w.end);
      for (const rule of rules) {
        for (const m of matchesIn(rule, piece, w.start)) {
          const values = produce(rule, m, ctx.vocabulary);
          if (values.length === 0) continue;
          const c: Candidate = {
            span: closeParenthesis(text, m),
            rule,
            confidence: rule.confidence,
            values,
            latent: rule.set.latent === true,
          };
          if (dateline && overlaps(dateline, c.span)) continue;
          if (isPageStamp(text, c)) continue;
          cands.push(c);
        }
      }
    }
    cands = joinNeighbours(text, keepBest(cands), ctx.vocabulary);
    const out: Found<DateFact>[] = [];
    for (const c of cands) {
      for (const v of c.values) {
        out.push({ fact: toFact(resolveYear(v, ctx.published)), span: c.span, rule: c.rule.id, confidence: c.confidence });
      }
    }
    return out;
  },
  identity: (f) => f.value,
};
