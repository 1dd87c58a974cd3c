/**
 * Evidence points at the words that state the fact, whatever the input did to
 * them: HTML entities, CRLF and NUL inside a page's text, `&nbsp;` left in
 * plain text, decomposed letters, invisible characters, stray combining marks.
 */
import { describe, expect, it } from 'vitest';
import { extract, type Article } from '../src/index.js';
import { checkArticle } from './support/evidence.js';
import { rules } from './support/rules.js';

const SENTENCE = 'Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025 khai mạc với 343 đại biểu.';

/** Each fact's value (the first field that names it) with the text of its evidence. */
function evidence(a: Article): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of ['congresses', 'dates', 'counts', 'terms'] as const) {
    out[key] = (a[key] as { evidence: { text: string } }[]).map((f) => f.evidence.text);
  }
  return out;
}

describe('HTML: evidence in the page source', () => {
  it('follows named, decimal and hex entity references', async () => {
    const html = '<p>Ng&agrave;y 15/10/2020, &quot;Đại hội&quot; Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025 khai mạc với 343 đại biểu.</p>';
    const a = await extract(html, { path: 'a.html' });
    expect(a.counts[0].evidence.text).toBe('343 đại biểu');
    expect(a.terms[0].evidence.text).toBe('2020-2025');
    expect(a.dates[0].evidence.text).toBe('Ng&agrave;y 15/10/2020');
    const b = await extract(`<p>Ng&#224;y 15/10/2020, &#x110;&#7841;i h&#x1ED9;i &#272;ảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025 khai mạc với 343 đại biểu.</p>`, { path: 'b.html' });
    expect(b.congresses.map((c) => [c.ordinal, c.evidence.text])).toEqual([[11, '&#x110;&#7841;i h&#x1ED9;i &#272;ảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025']]);
    expect(b.counts[0].evidence.text).toBe('343 đại biểu');
  });

  it('follows references without a semicolon, as HTML allows (`&agrave`, `&#7841`)', async () => {
    const a = await extract('<p>Ng&agravey 15/10/2020, Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020&#8211 2025 khai m&#7841c với 343 đại biểu.</p>', { path: 'a.html' });
    expect(evidence(a).dates).toEqual(['Ng&agravey 15/10/2020']);
    expect(evidence(a).terms).toEqual(['2020&#8211 2025']);
    expect(evidence(a).counts).toEqual(['343 đại biểu']);
  });

  it('does not drift on CRLF or lone CR inside a paragraph', async () => {
    for (const eol of ['\r\n', '\r']) {
      const html = `<p>Dòng một.${eol}Dòng hai.${eol}Dòng ba.${eol}${SENTENCE}</p>${eol}<p>Với 59.592${eol}đảng viên.</p>`;
      const a = await extract(html, { path: 'a.html' });
      expect(evidence(a).counts).toEqual(['343 đại biểu', `59.592${eol}đảng viên`]);
      expect(evidence(a).terms).toEqual(['2020-2025']);
    }
  });

  it('does not drift on NUL characters the parser drops', async () => {
    const a = await extract(`<p>Dòng\0 một\0.\0 ${SENTENCE}</p>`, { path: 'a.html' });
    expect(evidence(a).counts).toEqual(['343 đại biểu']);
    expect(evidence(a).terms).toEqual(['2020-2025']);
  });

  it('finds a text node that starts with a reference after NUL (the parser places it at the reference\'s end)', async () => {
    // Found by the property tests: parse5 gives such a node the offset of the `;`.
    const a = await extract(`<p>\0&amp;nbsp;${SENTENCE}</p>`, { path: 'a.html' });
    expect(evidence(a).terms).toEqual(['2020-2025']);
    expect(evidence(a).congresses).toEqual(['Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025']);
    const b = await extract(`<p>\0&#x110;ại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025 khai mạc với 343 đại biểu.</p>`, { path: 'b.html' });
    expect(evidence(b).congresses).toEqual(['&#x110;ại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025']);
  });

  it('does not drift on runs of line breaks and tabs inside a text node', async () => {
    const a = await extract(`<p>Dòng một.\n\n\t\tDòng hai.\r\n\r\n${SENTENCE}</p>`, { path: 'a.html' });
    expect(evidence(a).counts).toEqual(['343 đại biểu']);
  });

  it('ends evidence at the last character, not at markup the parser ignored after it', async () => {
    // An end tag with no element open is dropped, and the text on both sides becomes one text node.
    const a = await extract(`<div><p>${SENTENCE.replace('2020-2025', '2020-2025</span>')}</p></div>`, { path: 'a.html' });
    expect(evidence(a).terms).toEqual(['2020-2025']);
    expect(evidence(a).counts).toEqual(['343 đại biểu']);
  });

  it('a page too deeply nested for the parser (read with tags stripped) keeps evidence on the words', async () => {
    const html = `${'<div>'.repeat(20000)}<p>Ng&agrave;y 15/10/2020,\r\n${SENTENCE.replace('343 ', '343&nbsp;')}</p>${'</div>'.repeat(20000)}`;
    const checked = checkArticle(html, rules, 'deep.html');
    expect(checked.article.messages.map((m) => m.reason).join('\n')).toMatch(/tags stripped/);
    expect(checked.problems).toEqual([]);
    expect(evidence(checked.article).counts).toEqual(['343&nbsp;đại biểu']);
  });

  it('every fact of a page with entities, &nbsp; and CRLF reads as the text the rule matched', () => {
    const html = [
      '<html><body><article>',
      '<p>S&aacute;ng 15/10/2020,&nbsp;Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020&nbsp;-&nbsp;2025 đ&atilde; khai mạc.</p>',
      '<p>Dự Đại hội c&oacute;&nbsp;343 đại biểu, đại diện cho hơn 59.592 đảng viên.</p>',
      '<p>Đến năm 2025, tốc độ tăng trưởng kinh tế b&igrave;nh qu&acirc;n đạt 7,5%/năm.</p>',
      '</article></body></html>',
    ].join('\r\n');
    const checked = checkArticle(html, rules, 'a.html');
    expect(checked.facts).toBeGreaterThanOrEqual(5);
    expect(checked.problems).toEqual([]);
  });
});

describe('plain text', () => {
  it('&nbsp; and other entities left in the text', async () => {
    const a = await extract(`Ng&agrave;y 15/10/2020,&nbsp;${SENTENCE.replace('343 ', '343&nbsp;')}`, { path: 'a.txt' });
    expect(evidence(a).counts).toEqual(['343&nbsp;đại biểu']);
    expect(evidence(a).dates).toEqual(['Ng&agrave;y 15/10/2020']);
  });

  it('a stray combining mark does not change what a numeral reads as, and stays inside the evidence', async () => {
    const text = SENTENCE.replace('XI', 'X\u0300V');
    const a = await extract(text, { path: 'a.txt' });
    expect(a.congresses.map((c) => c.ordinal)).toEqual([15]);
    expect(a.congresses[0].evidence.text).toBe('Đại hội Đảng bộ tỉnh lần thứ X\u0300V, nhiệm kỳ 2020-2025');
    expect(a.messages.map((m) => m.reason).join('\n')).toMatch(/combining mark/);
  });

  it('a stray mark after a number or at the end of evidence stays with its letter', async () => {
    // U+0352 composes with no letter (U+0301 would: XÍ).
    const text = 'Đại hội Đảng bộ tỉnh lần thứ XI\u0352, nhiệm kỳ 2020-2025\u0300 khai mạc với 343\u0308 đại biểu.';
    const checked = checkArticle(text, rules, 'a.txt');
    expect(checked.problems).toEqual([]);
    expect(evidence(checked.article).terms).toEqual(['2020-2025\u0300']);
    expect(checked.article.congresses.map((c) => c.ordinal)).toEqual([11]);
  });

  it('evidence neither starts nor ends on an invisible character the normaliser removed', async () => {
    const a = await extract(`Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ \uFEFF2020-2025\u200B khai mạc với \u200B343\u00AD đại biểu\u200B.`, { path: 'a.txt' });
    expect(evidence(a).counts).toEqual(['343\u00AD đại biểu']);
    expect(evidence(a).terms).toEqual(['2020-2025']);
  });

  it('counts lines at LF, CRLF and a lone CR', async () => {
    const a = await extract(`Dòng một.\rDòng hai.\r\n${SENTENCE}`, { path: 'a.txt' });
    expect(a.counts[0].evidence).toMatchObject({ line: 3, column: SENTENCE.indexOf('343') + 1 });
  });
});
