/**
 * JSON Lines corpora, below the command line: splitting a stream into lines
 * (chunk borders, CRLF, a last line without LF, a line past the limit),
 * reading one record, and what a record's fields do to the article.
 */
import { describe, expect, it } from 'vitest';
import { parseRecord, recordDate, splitLines, type Line } from '../src/cli/jsonl-input.js';
import { extractSync } from '../src/extract-article.js';
import { rules } from './support/rules.js';

async function* chunksOf(...parts: string[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}

async function lines(maxBytes: number, ...parts: string[]): Promise<(string | number)[]> {
  const out: (string | number)[] = [];
  for await (const l of splitLines(chunksOf(...parts), maxBytes)) out.push(show(l));
  return out;
}
const show = (l: Line) => ('tooLong' in l ? l.line : `${l.line}:${l.bytes.toString()}`);

describe('splitLines', () => {
  it('numbers lines across chunk borders, drops the CR of CRLF, keeps blank lines numbered, reads a last line without LF', async () => {
    expect(await lines(100, '{"a"', ':1}\r\n\n  \n{"b":2}\n{"c"', ':3}')).toEqual(['1:{"a":1}', '2:', '3:  ', '4:{"b":2}', '5:{"c":3}']);
  });

  it('ends with the last LF when the input does', async () => {
    expect(await lines(100, 'x\n', 'y\n')).toEqual(['1:x', '2:y']);
    expect(await lines(100, '')).toEqual([]);
  });

  it('reports a line past the limit by its number, without keeping it, and reads on', async () => {
    const long = 'z'.repeat(30);
    expect(await lines(10, 'ok\n', long.slice(0, 12), long.slice(12), '\nfine\n')).toEqual(['1:ok', 2, '3:fine']);
    // exactly the limit is read; a CRLF line end is not counted
    expect(await lines(4, 'abcd\r\nabcde\n')).toEqual(['1:abcd', 2]);
    expect(await lines(4, 'abcdefgh')).toEqual([1]);
  });
});

describe('recordDate', () => {
  it('reads a day, an ISO date-time as written, and the YYYYMMDD of scraper headers', () => {
    expect(recordDate('2020-10-15')).toBe('2020-10-15');
    expect(recordDate('2020-10-15T23:30:00-05:00')).toBe('2020-10-15');
    expect(recordDate('2020-10-15 08:00')).toBe('2020-10-15');
    expect(recordDate('20201015')).toBe('2020-10-15');
  });

  it('is null for anything else, and for days not on the calendar', () => {
    for (const bad of ['15/10/2020', '2020-13-01', '2021-02-29', '2020-10', 'hôm qua', '2020-10-15x', '']) expect(recordDate(bad), bad).toBeNull();
  });
});

describe('parseRecord', () => {
  const parse = (o: unknown) => parseRecord(Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)));

  it('takes the fields, a numeric id as text, and text over html when both are there', () => {
    expect(parse({ id: 7, url: 'https://bao.vn/a.htm', date: '2020-10-15', title: ' Tiêu đề ', text: 'Bài', html: '<p>x</p>', extra: [1] })).toEqual({
      body: 'Bài',
      fields: { kind: 'text', id: '7', url: 'https://bao.vn/a.htm', title: 'Tiêu đề' },
      date: '2020-10-15',
      notes: [],
    });
    expect(parse({ html: '<p>x</p>', published: '20201015' })).toMatchObject({ body: '<p>x</p>', fields: { kind: 'html', id: null, url: null, title: null }, date: '2020-10-15' });
  });

  it('ignores, with a note, a url that is not absolute http(s) and a date it cannot read', () => {
    const r = parse({ id: 'a', text: 'Bài', url: '/bai.htm', date: '15/10/2020' });
    expect(r).toMatchObject({ fields: { url: null }, date: null });
    expect('notes' in r && r.notes).toEqual([
      'ignored "url": "/bai.htm" is not an absolute http(s) URL',
      'ignored "date": "15/10/2020" is not a date as YYYY-MM-DD, an ISO date-time or YYYYMMDD',
    ]);
  });

  it('says why a line is no record', () => {
    const reasons = [
      parse('{"id": "a", "text": '),
      parse([1, 2]),
      parse('"text"'),
      parse('null'),
      parse({ id: 'a' }),
      parse({ id: 'a', text: ' \n ' }),
      parse({ id: 'a', html: '' }),
      parse({ id: 'a', text: 5 }),
      parse({ id: true, text: 'Bài' }),
      parse({ id: 'a', text: 'Bài', date: 20201015 }),
      parse({ id: 'a', text: 'Bài', title: ['x'] }),
    ].map((r) => ('reason' in r ? r.reason : null));
    expect(reasons[0]).toMatch(/^invalid JSON: /);
    expect(reasons.slice(1)).toEqual([
      'not a JSON object but an array',
      'not a JSON object but a string',
      'not a JSON object but null',
      'no "text" or "html" field: nothing to extract',
      'the "text" field is empty',
      'the "html" field is empty',
      '"text" must be a string, not a number',
      '"id" must be a string or a number, not a boolean',
      '"date" must be a string, not a number',
      '"title" must be a string, not an array',
    ]);
  });
});

describe("a record's fields in the article", () => {
  const text = '# doc_id = tu_header\n# url = https://header.vn/a.htm\nKhai mạc Đại hội Đảng bộ xã Tân Lập lần thứ I\nSáng 12/8, Đại hội khai mạc với 150 đại biểu.';

  it('id, url and title take precedence over the header lines and the text', () => {
    const a = extractSync(text, rules, { path: 'c.jsonl:3', record: { kind: 'text', id: 'r-1', url: 'https://bao.vn/r1.htm', title: 'Tiêu đề của bản ghi' } });
    expect(a.source).toMatchObject({ path: 'c.jsonl:3', id: 'r-1', url: 'https://bao.vn/r1.htm', encoding: 'utf-8', bytes: Buffer.byteLength(text) });
    expect(a.title).toBe('Tiêu đề của bản ghi');
    const without = extractSync(text, rules, { path: 'c.jsonl:3', record: { kind: 'text', id: null, url: null, title: null } });
    expect([without.source.id, without.source.url, without.title]).toEqual(['tu_header', 'https://header.vn/a.htm', 'Khai mạc Đại hội Đảng bộ xã Tân Lập lần thứ I']);
  });

  it('the kind is given, never guessed: HTML in a text field is text, text in an html field is read as a page', () => {
    const page = '<html><head><title>Trang</title></head><body><p>Đại hội có 120 đại biểu.</p></body></html>';
    const asText = extractSync(page, rules, { record: { kind: 'text', id: null, url: null, title: null } });
    const asHtml = extractSync(page, rules, { record: { kind: 'html', id: null, url: null, title: null } });
    expect(asHtml.title).toBe('Trang');
    expect(asText.title).not.toBe('Trang');
    expect(asHtml.messages.some((m) => m.reason.includes('read HTML'))).toBe(true);
    expect(asText.messages.some((m) => m.reason.includes('read HTML'))).toBe(false);
  });
});
