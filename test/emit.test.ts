import { describe, expect, it } from 'vitest';
import { articleColumns, articleRow, csvEmitter, factColumns, factRows, spreadsheetSafe } from '../src/emit/csv.js';
import { jsonEmitter } from '../src/emit/json.js';
import { jsonlEmitter } from '../src/emit/jsonl.js';
import { extract } from '../src/index.js';
import type { Article } from '../src/schema.js';
import { parseCsvStrict } from './support/rfc4180.js';

function collect(make: (sink: { write(s: string): void }) => { article(a: Article): void; end(): void }, articles: Article[]) {
  let out = '';
  const e = make({ write: (s) => (out += s) });
  for (const a of articles) e.article(a);
  e.end();
  return out;
}

const FACT_COLUMNS = factColumns();
const ARTICLE_COLUMNS = articleColumns();

/** Whether `wanted` appears in `list` in the same order (other columns may stand between). */
const inOrder = (list: readonly string[], wanted: readonly string[]) => {
  let i = 0;
  for (const c of list) if (c === wanted[i]) i++;
  return i === wanted.length;
};

const text = 'Đại hội lần thứ XI, nhiệm kỳ 2020 - 2025, có "đại biểu, khách mời".\nGiai đoạn 2021-2030.';
const a1 = await extract(text, { path: 'a.txt' });
const a2 = await extract('Không có gì.', { path: 'b.txt' });

describe('json', () => {
  it('writes one article as an object and several as an array', () => {
    expect(JSON.parse(collect((s) => jsonEmitter(s), [a1]))).toMatchObject({ source: { path: 'a.txt' } });
    const many = JSON.parse(collect((s) => jsonEmitter(s), [a1, a2, a1]));
    expect(many.map((a: Article) => a.source.path)).toEqual(['a.txt', 'b.txt', 'a.txt']);
    expect(JSON.parse(collect((s) => jsonEmitter(s), []))).toEqual([]);
  });
});

describe('jsonl', () => {
  it('writes one article per line', () => {
    const lines = collect((s) => jsonlEmitter(s), [a1, a2]).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('csv', () => {
  it('keeps the documented columns in their documented order (a new fact type may only add columns)', () => {
    // The README's column lists: what a spreadsheet or a script reading the CSV relies on.
    const facts = 'path id published type value kind ordinal body term count role qualifier items indicator min max unit comparator year'.split(' ');
    expect(FACT_COLUMNS.slice(0, 4)).toEqual(['path', 'id', 'published', 'type']);
    expect(inOrder(FACT_COLUMNS, facts)).toBe(true);
    expect(FACT_COLUMNS.slice(-5)).toEqual(['rule', 'confidence', 'evidence', 'line', 'column']);
    const articles = 'path id title published congress_ordinal congress_body congress_term delegates members committee breakthroughs targets dates terms warnings'.split(' ');
    expect(ARTICLE_COLUMNS.slice(0, 3)).toEqual(['path', 'id', 'title']);
    expect(inOrder(ARTICLE_COLUMNS, articles)).toBe(true);
    expect(ARTICLE_COLUMNS.at(-1)).toBe('warnings');
  });
  it('writes a header of stable columns, CRLF line ends, one row per fact', () => {
    const out = collect((s) => csvEmitter(s, 'facts'), [a1, a2]);
    const lines = out.split('\r\n');
    expect(lines[0]).toBe(FACT_COLUMNS.join(','));
    const terms = lines.filter((l) => l.split(',')[3] === 'term');
    expect(terms).toHaveLength(2);
    expect(terms[0]).toMatch(/^a\.txt,,,term,2020-2025,/);
  });
  it('writes one row per article in the articles shape, even with no facts', () => {
    const out = collect((s) => csvEmitter(s, 'articles'), [a1, a2]);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe(ARTICLE_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^b\.txt,/);
  });
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const weird = { ...a2, title: 'Tiêu đề, có "ngoặc"\nhai dòng' } as Article;
    const out = collect((s) => csvEmitter(s, 'articles'), [weird]);
    expect(out).toContain('"Tiêu đề, có ""ngoặc""\nhai dòng"');
  });
  it('starts with a BOM only when asked', () => {
    expect(collect((s) => csvEmitter(s, 'facts', { bom: true }), []).charCodeAt(0)).toBe(0xfeff);
    expect(collect((s) => csvEmitter(s, 'facts'), []).charCodeAt(0)).not.toBe(0xfeff);
  });

  // Spreading the counts into Math.max overflowed the call stack.
  it('gives the largest count of an article with 200,000 of them', () => {
    const count = { role: 'delegates', qualifier: 'exact', kind: 'attending', rule: 'counts/delegates', confidence: 1, evidence: { text: '', start: 0, end: 0, line: 1, column: 1 } } as const;
    const many = { ...a2, counts: Array.from({ length: 200_000 }, (_, i) => ({ ...count, count: i === 123_456 ? 999_999 : i })) };
    const [header, row] = collect((s) => csvEmitter(s, 'articles'), [many]).split('\r\n');
    expect(row.split(',')[header.split(',').indexOf('delegates')]).toBe('999999');
  });
});

// An article whose facts span the line breaks of a scraped page, under a path
// holding a line break, a comma and quotes: every cell that can break a row.
const broken = await extract(
  'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 -\n2025, có 343 đại\nbiểu dự, đại diện cho 5.000\nđảng viên. Ngày 12/8\nđại hội bế mạc.',
  { path: 'thư mục\nmới/bài "một", hai.txt' },
);
const crPath = { ...a2, source: { ...a2.source, path: 'a\rb.txt' } } as Article;

const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

describe('csv is RFC 4180, whatever the fields hold', () => {
  it('has line-broken evidence to test with', () => {
    expect(broken.counts.map((c) => c.evidence.text)).toContain('343 đại\nbiểu');
  });
  for (const shape of ['facts', 'articles'] as const) {
    it(`${shape}: every row has the header's field count and gives back the values`, () => {
      const articles = [a1, broken, crPath, a2];
      const rows = parseCsvStrict(collect((s) => csvEmitter(s, shape), articles));
      const columns: readonly string[] = shape === 'facts' ? FACT_COLUMNS : ARTICLE_COLUMNS;
      expect(rows[0]).toEqual(columns);
      for (const row of rows) expect(row).toHaveLength(columns.length);
      const expected = articles.flatMap((a) => (shape === 'facts' ? factRows(a) : [articleRow(a)])).map((r) => columns.map((c) => cellText(r[c])));
      expect(rows.slice(1)).toEqual(expected);
    });
  }
  it('quotes a field holding only a line feed, or only a carriage return', () => {
    const out = collect((s) => csvEmitter(s, 'articles'), [crPath, { ...a2, title: 'một\nhai' } as Article]);
    expect(out).toContain('"a\rb.txt"');
    expect(out).toContain('"một\nhai"');
  });
});

describe('csv for a spreadsheet (--bom)', () => {
  const TITLE = ARTICLE_COLUMNS.indexOf('title');
  const cells = (bom: boolean, title: string) => parseCsvStrict(collect((s) => csvEmitter(s, 'articles', { bom }), [{ ...a2, title } as Article]).replace(/^\uFEFF/, ''))[1];
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const t of ['=HYPERLINK("http://x","y")', '+1+2', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '--08-12']) {
      expect(cells(true, t)[TITLE]).toBe(`'${t}`);
    }
  });
  it('keeps plain numbers and ordinary text as they are', () => {
    for (const t of ['-5', '-2.5', '12', 'Đại hội', ' =1', "'quoted"]) expect(spreadsheetSafe(t)).toBe(t);
    expect(cells(true, 'Đại hội')[TITLE]).toBe('Đại hội');
  });
  it('neutralises a yearless date in the facts shape', () => {
    const rows = parseCsvStrict(collect((s) => csvEmitter(s, 'facts', { bom: true }), [broken]).replace(/^\uFEFF/, ''));
    const date = rows.find((r) => r[3] === 'date')!;
    expect(date[4]).toBe("'--08-12");
  });
  it('writes values exactly without --bom, for data tools', () => {
    expect(cells(false, '=1+1')[TITLE]).toBe('=1+1');
    const rows = parseCsvStrict(collect((s) => csvEmitter(s, 'facts'), [broken]));
    expect(rows.find((r) => r[3] === 'date')![4]).toBe('--08-12');
  });
});

describe('the strict RFC 4180 reader the tests use', () => {
  it('reads quoted fields with commas, quotes and CRLF', () => {
    expect(parseCsvStrict('a,"b,""c""\r\nd"\r\n,e\r\n')).toEqual([['a', 'b,"c"\r\nd'], ['', 'e']]);
  });
  it('refuses what a lenient reader would guess at', () => {
    for (const bad of ['a\nb\r\n', 'a\rb\r\n', 'a"b\r\n', '"a"b\r\n', '"a\r\n']) expect(() => parseCsvStrict(bad)).toThrow(/not RFC 4180/);
  });
});
