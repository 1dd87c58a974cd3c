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
import { ITEM_SEPARATOR } from '../extract/breakthroughs.js';
import type { AnyFactType, Cell, Row } from '../facts/fact-type.js';
import { FACT_TYPES, factsOf } from '../facts/registry.js';
import { FactTypeError } from '../facts/run-order.js';
import type { Article } from '../schema.js';
import type { Emitter, Sink } from './emitter.js';

export { ITEM_SEPARATOR };

export type CsvShape = 'facts' | 'articles';

/** Where each fact row says where it comes from, after the columns of the fact types. */
const PROVENANCE_COLUMNS = ['rule', 'confidence', 'evidence', 'line', 'column'] as const;

/**
 * `--csv facts` columns: the path and the source's id (to join the rows back
 * to a corpus's records), the cells every row of an article shares
 * (the dateline), the row's type, each type's columns (registry order, a
 * shared column once), the provenance.
 */
export function factColumns(types: readonly AnyFactType[] = FACT_TYPES): string[] {
  const shared = types.flatMap((t) => Object.keys(t.csv.everyRow ?? {}));
  const frame = ['path', 'id', ...shared, 'type', ...PROVENANCE_COLUMNS];
  const fields: string[] = [];
  for (const t of types) {
    let at = t.csv.placeAfter === undefined ? -1 : fields.indexOf(t.csv.placeAfter);
    for (const c of t.csv.columns) {
      if (frame.includes(c)) throw new FactTypeError(`fact type "${t.key}": the CSV column "${c}" is taken by every row`);
      if (fields.includes(c)) continue;
      if (at >= 0) fields.splice(++at, 0, c);
      else fields.push(c);
    }
  }
  return ['path', 'id', ...shared, 'type', ...fields, ...PROVENANCE_COLUMNS];
}

const isList = (c: unknown): c is { list(facts: readonly unknown[], article: Record<string, unknown>): readonly string[] } => typeof c === 'object' && c !== null;

/** The fact types' article columns, lists (joined values) after the others. */
function articleCells(types: readonly AnyFactType[]) {
  const all = types.flatMap((t) => Object.entries(t.articleColumns ?? {}).map(([name, column]) => ({ type: t, name, column })));
  const names = ['path', 'id', 'title', 'url', 'warnings'];
  for (const c of all) {
    if (names.includes(c.name)) throw new FactTypeError(`fact type "${c.type.key}": the CSV article column "${c.name}" is already taken`);
    names.push(c.name);
  }
  return [...all.filter((c) => !isList(c.column)), ...all.filter((c) => isList(c.column))];
}

/** `--csv articles` columns: path, the source's id, title, the source's address, the fact types' columns, the number of warnings. */
export function articleColumns(types: readonly AnyFactType[] = FACT_TYPES): string[] {
  return ['path', 'id', 'title', 'url', ...articleCells(types).map((c) => c.name), 'warnings'];
}

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

type Provenance = { rule: string; confidence: number; evidence: { text: string; line: number; column: number } };

/** One row per fact of the article, fact types in registry order. */
export function factRows(a: Article | Record<string, unknown>, types: readonly AnyFactType[] = FACT_TYPES): Row[] {
  const article = a as Record<string, unknown>;
  const { source } = a as Article;
  // `id` is absent from an article made before sources had one (a library user's own object): an empty cell.
  const base: Row = { path: source.path, id: source.id ?? null };
  for (const t of types) {
    for (const [name, cell] of Object.entries(t.csv.everyRow ?? {})) base[name] = cell(factsOf(article, t));
  }
  const rows: Row[] = [];
  for (const t of types) {
    for (const f of factsOf(article, t) as Provenance[]) {
      const { rule, confidence, evidence } = f;
      const own = t.csv.row(f);
      for (const cells of Array.isArray(own) ? own : [own]) {
        rows.push({ ...base, type: t.csv.type, ...cells, rule, confidence, evidence: evidence.text, line: evidence.line, column: evidence.column });
      }
    }
  }
  return rows;
}

/** The article's row of `--csv articles`. */
export function articleRow(a: Article | Record<string, unknown>, types: readonly AnyFactType[] = FACT_TYPES): Row {
  const article = a as Record<string, unknown>;
  const { source, title } = a as Article;
  // `url` and `id` are absent from an article made before sources had them (a library user's own object): empty cells.
  const row: Row = { path: source.path, id: source.id ?? null, title, url: source.url ?? null };
  for (const { type, name, column } of articleCells(types)) {
    const facts = factsOf(article, type);
    row[name] = isList(column) ? column.list(facts, article).join(' ') : column(facts, article);
  }
  row.warnings = (a as Article).messages.filter((m) => m.fatal !== null).length;
  return row;
}

export interface CsvOptions {
  bom?: boolean;
  /** The fact types whose rows and columns are written (default: the built-in registry). */
  factTypes?: readonly AnyFactType[];
}

export function csvEmitter(out: Sink, shape: CsvShape, options: CsvOptions = {}): Emitter {
  const types = options.factTypes ?? FACT_TYPES;
  const columns = shape === 'facts' ? factColumns(types) : articleColumns(types);
  const text = options.bom ? spreadsheetSafe : (s: string) => s;
  const cell = (v: Cell) => (v === null || v === undefined ? '' : typeof v === 'string' ? csvField(text(v)) : String(v));
  const line = (row: Row) => `${columns.map((c) => cell(row[c])).join(',')}\r\n`;
  out.write(`${options.bom ? '\uFEFF' : ''}${columns.join(',')}\r\n`);
  return {
    article(a) {
      const rows = shape === 'facts' ? factRows(a, types) : [articleRow(a, types)];
      if (rows.length) out.write(rows.map(line).join(''));
    },
    end() {},
  };
}
