import { describe, expect, it } from 'vitest';
import { extractSync } from '../src/extract-article.js';
import { readScraperHeader } from '../src/normalize/scraper-header.js';
import { rules } from './support/rules.js';

const run = (text: string, path = 'a.txt') => extractSync(text, rules, { path });

describe('source.url and source.id from a scraper header', () => {
  it('reads the `# key = value` form, and the URL is read as no title and no fact', () => {
    const text = [
      '# doc_id = tin_chinh_tri_0042',
      '# url = https://baotinh.vn/chinh-tri/dai-hoi-nhiem-ky-2025-2030-co-320-dai-bieu-ngay-12-8-2025.htm',
      '# date = 20250813',
      'Khai mạc Đại hội Đảng bộ xã Tân Lập lần thứ I',
      'Sáng 12/8, Đại hội Đảng bộ xã Tân Lập lần thứ I khai mạc với 150 đại biểu.',
    ].join('\n');
    const a = run(text);
    expect(a.source.url).toBe('https://baotinh.vn/chinh-tri/dai-hoi-nhiem-ky-2025-2030-co-320-dai-bieu-ngay-12-8-2025.htm');
    expect(a.source.id).toBe('tin_chinh_tri_0042');
    expect(a.title).toBe('Khai mạc Đại hội Đảng bộ xã Tân Lập lần thứ I');
    expect(a.published?.value).toBe('2025-08-13');
    // The years, dates and 320 of the address are not facts of the article.
    expect(a.terms).toEqual([]);
    expect(a.counts.map((c) => c.count)).toEqual([150]);
    expect(a.dates.map((d) => d.value)).toEqual(['2025-08-12']);
  });

  it('reads the ` url …` form beside a ` date …` line', () => {
    const text = ' url http://tinhuy.vn/tin/2020-2025/bai-12.html\n date 2020-10-02 Bế mạc Đại hội Đảng bộ huyện Yên Hòa lần thứ XX\n\nChiều 1/10, Đại hội bế mạc.';
    const a = run(text);
    expect(a.source.url).toBe('http://tinhuy.vn/tin/2020-2025/bai-12.html');
    expect(a.source.id).toBeNull();
    expect(a.published?.value).toBe('2020-10-02');
    expect(a.terms).toEqual([]);
  });

  it('ignores a value that is not an absolute http(s) URL, with a note, and still blanks the line', () => {
    for (const bad of ['javascript:alert(1)', '/chinh-tri/bai-2020-2025.htm', 'ftp://kho.vn/2020-2025.txt', 'https:bao.vn/a']) {
      const a = run(`# url = ${bad}\nĐại hội Đảng bộ phường An Khê lần thứ I\nĐại hội diễn ra sáng nay.`);
      expect(a.source.url, bad).toBeNull();
      expect(a.terms, bad).toEqual([]);
      expect(a.title, bad).toBe('Đại hội Đảng bộ phường An Khê lần thứ I');
      expect(a.messages.some((m) => m.fatal === null && m.reason.includes('not an absolute http(s) URL')), bad).toBe(true);
    }
  });

  it('reads only the block at the very top: a url line in the body is text', () => {
    const h = readScraperHeader('Tiêu đề bài viết\n# url = https://bao.vn/a.htm\n');
    expect(h.url).toBeNull();
    expect(h.text).toBe('Tiêu đề bài viết\n# url = https://bao.vn/a.htm\n');
  });

  it('blanks the items one for one, so offsets do not move', () => {
    const text = '# doc_id = x7\n url https://bao.vn/b.htm Tiêu đề\nThân bài.';
    const h = readScraperHeader(text);
    expect(h.text.length).toBe(text.length);
    expect(h.text).toBe(`${' '.repeat(13)}\n${' '.repeat(' url https://bao.vn/b.htm'.length)} Tiêu đề\nThân bài.`);
    expect([h.url, h.id]).toEqual(['https://bao.vn/b.htm', 'x7']);
  });

  it('is null for an article without a header', () => {
    const a = run('Đại hội Đảng bộ xã lần thứ XV\nĐại hội có 120 đại biểu.');
    expect([a.source.url, a.source.id]).toEqual([null, null]);
  });
});

describe('source.url of an HTML page', () => {
  const page = (head: string) =>
    `<!DOCTYPE html><html><head>${head}<title>Bài viết</title></head><body><article><h1>Đại hội Đảng bộ xã lần thứ I</h1><p>Đại hội có 120 đại biểu.</p></article></body></html>`;

  it('takes the canonical link', () => {
    const a = run(page('<link rel="canonical" href="https://bao.vn/dai-hoi-1.html"><meta property="og:url" content="https://m.bao.vn/x">'), 'p.html');
    expect(a.source.url).toBe('https://bao.vn/dai-hoi-1.html');
  });

  it('takes og:url when there is no canonical link', () => {
    const a = run(page('<meta property="og:url" content="http://bao.vn/dai-hoi-2.html">'), 'p.html');
    expect(a.source.url).toBe('http://bao.vn/dai-hoi-2.html');
  });

  it('skips a relative canonical link (with a note) for og:url, and gives null when neither is usable', () => {
    const a = run(page('<link rel="canonical" href="/dai-hoi-3.html"><meta property="og:url" content="https://bao.vn/dai-hoi-3.html">'), 'p.html');
    expect(a.source.url).toBe('https://bao.vn/dai-hoi-3.html');
    expect(a.messages.some((m) => m.reason.includes('"/dai-hoi-3.html"'))).toBe(true);
    const b = run(page('<link rel="canonical" href="data:text/html,x">'), 'p.html');
    expect(b.source.url).toBeNull();
    expect(run(page(''), 'p.html').source.url).toBeNull();
  });
});
