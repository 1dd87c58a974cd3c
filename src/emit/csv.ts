/**
 * CSV (RFC 4180: CRLF line ends, UTF-8, a field in double quotes whenever it
 * holds a CR, an LF, a comma or a quote, quotes doubled) in two shapes with
 * stable columns:
 *   facts    — one row per fact, tidy data for analysis;
 *   articles — one row per article, the summary a journalist pastes into a sheet.
 * `bom` means the file is for a spreadsheet: it starts with a byte-order mark
 * so Excel reads UTF-8, and text cells that a spreadsheet would run as a
 * formula are neutralised (see `spreadsheetSafe`). Without it, values are
 * written exactly, for data tools.
 */
import type { Article } from '../schema.js';
import type { Emitter, Sink } from './emitter.js';

export type CsvShape = 'facts' | 'articles';

export const FACT_COLUMNS = [
  'path', 'published', 'type', 'value', 'kind', 'ordinal', 'body', 'term', 'count', 'role', 'qualifier',
  'items', 'indicator', 'min', 'max', 'unit', 'comparator', 'year', 'rule', 'confidence', 'evidence', 'line', 'column',
] as const;

export const ARTICLE_COLUMNS = [
  'path', 'title', 'published', 'congress_ordinal', 'congress_body', 'congress_term', 'delegates', 'members',
  'committee', 'breakthroughs', 'targets', 'dates', 'terms', 'warnings',
] as const;

type Cell = string | number | boolean | null | undefined;
type Row = Partial<Record<string, Cell>>;

/** RFC 4180: quote a field holding CR, LF, comma or quote. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A text cell a spreadsheet cannot run (OWASP, CSV injection): one starting
 * with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so `=HYPERLINK(…)`
 * stays text and a yearless date `--08-12` is not evaluated to -4. A cell
 * that is exactly a plain number (`-5`, `-2.5`) is left as it is: a number
 * runs no formula. Number-typed values (counts, years) are never touched.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(?:\.\d+)?$/.test(text) ? `'${text}` : text;
}

/** Separator between breakthrough items inside one cell. */
export const ITEM_SEPARATOR = ' | ';

export function factRows(a: Article): Row[] {
  const base = { path: a.source.path, published: a.published?.value ?? null };
  const rows: Row[] = [];
  const push = (type: string, f: { rule: string; confidence: number; evidence: { text: string; line: number; column: number } }, fields: Row) =>
    rows.push({ ...base, type, ...fields, rule: f.rule, confidence: f.confidence, evidence: f.evidence.text, line: f.evidence.line, column: f.evidence.column });
  if (a.published) push('published', a.published, { value: a.published.value });
  for (const c of a.congresses) push('congress', c, { ordinal: c.ordinal, body: c.body, term: c.term });
  for (const d of a.dates) push('date', d, { value: d.value, kind: d.kind });
  for (const c of a.counts) push('count', c, { count: c.count, role: c.role, qualifier: c.qualifier });
  for (const t of a.terms) push('term', t, { value: t.value });
  for (const b of a.breakthroughs) push('breakthrough', b, { count: b.count, items: b.items.join(ITEM_SEPARATOR) });
  for (const t of a.targets) {
    push('target', t, { indicator: t.indicator, value: t.value, min: t.min, max: t.max, unit: t.unit, comparator: t.comparator, year: t.year });
  }
  return rows;
}

/** The congress an article is about: the first that is not the national one, else the first. */
function mainCongress(a: Article) {
  return a.congresses.find((c) => c.body !== 'toàn quốc') ?? a.congresses[0];
}

// A reduce, not Math.max(...counts): spreading a very long list overflows the call stack.
const largest = (a: Article, role: string) =>
  a.counts.reduce<number | null>((max, c) => (c.role === role && (max === null || c.count > max) ? c.count : max), null);

export function articleRow(a: Article): Row {
  const congress = mainCongress(a);
  const group = a.breakthroughs.find((b) => b.count !== null) ?? a.breakthroughs[0];
  return {
    path: a.source.path,
    title: a.title,
    published: a.published?.value ?? null,
    congress_ordinal: congress?.ordinal ?? null,
    congress_body: congress?.body ?? null,
    congress_term: congress?.term ?? null,
    delegates: largest(a, 'delegates'),
    members: largest(a, 'members'),
    committee: largest(a, 'committee'),
    breakthroughs: group ? (group.count ?? group.items.length) : null,
    targets: a.targets.length,
    dates: a.dates.map((d) => d.value).join(' '),
    terms: a.terms.map((t) => t.value).join(' '),
    warnings: a.messages.filter((m) => m.fatal !== null).length,
  };
}

export function csvEmitter(out: Sink, shape: CsvShape, options: { bom?: boolean } = {}): Emitter {
  const columns: readonly string[] = shape === 'facts' ? FACT_COLUMNS : ARTICLE_COLUMNS;
  const text = options.bom ? spreadsheetSafe : (s: string) => s;
  const cell = (v: Cell) => (v === null || v === undefined ? '' : typeof v === 'string' ? csvField(text(v)) : String(v));
  const line = (row: Row) => `${columns.map((c) => cell(row[c])).join(',')}\r\n`;
  out.write(`${options.bom ? '\uFEFF' : ''}${columns.join(',')}\r\n`);
  return {
    article(a) {
      const rows = shape === 'facts' ? factRows(a) : [articleRow(a)];
      if (rows.length) out.write(rows.map(line).join(''));
    },
    end() {},
  };
}
