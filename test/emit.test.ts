import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, csvEmitter, FACT_COLUMNS } from '../src/emit/csv.js';
import { jsonEmitter } from '../src/emit/json.js';
import { jsonlEmitter } from '../src/emit/jsonl.js';
import { extract } from '../src/index.js';
import type { Article } from '../src/schema.js';

function collect(make: (sink: { write(s: string): void }) => { article(a: Article): void; end(): void }, articles: Article[]) {
  let out = '';
  const e = make({ write: (s) => (out += s) });
  articles.forEach((a) => e.article(a));
  e.end();
  return out;
}

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
  it('writes a header of stable columns, CRLF line ends, one row per fact', () => {
    const out = collect((s) => csvEmitter(s, 'facts'), [a1, a2]);
    const lines = out.split('\r\n');
    expect(lines[0]).toBe(FACT_COLUMNS.join(','));
    const terms = lines.filter((l) => l.split(',')[2] === 'term');
    expect(terms).toHaveLength(2);
    expect(terms[0]).toMatch(/^a\.txt,,term,2020-2025,/);
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
});
