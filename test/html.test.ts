import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { htmlToText, looksLikeHtml } from '../src/normalize/html.js';

const page = `<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Đại hội Đảng bộ huyện | Báo Tỉnh</title>
<meta property="og:title" content="Khai mạc Đại hội Đảng bộ huyện Tân Phước lần thứ XII">
<meta property="article:published_time" content="2020-08-14T07:30:00+07:00">
<script>var ads = "Đại hội lần thứ XC, 999 đại biểu";</script>
</head><body>
<nav class="main-menu"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<div class="share-bar">Chia sẻ Facebook Zalo</div>
<article class="article-detail">
  <h1>Khai mạc Đại hội Đảng bộ huyện Tân Phước lần thứ XII</h1>
  <p>Sáng 14/8, Đại hội đại biểu Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020&nbsp;-&nbsp;2025 khai mạc với 210 đại biểu.</p>
  <figure><img src="dh.jpg"><figcaption>Các đại biểu dự đại hội nhiệm kỳ 2015-2020.</figcaption></figure>
  <p>Đại hội diễn ra đến hết ngày 15/8.</p>
</article>
<div class="related-news"><a href="#">Tin liên quan nhiệm kỳ 2010-2015</a></div>
<footer>Bản quyền 2020</footer>
</body></html>`;

describe('HTML pages', () => {
  it('keeps the main text and drops navigation, scripts, captions and widgets', () => {
    const { text, title, published } = htmlToText(page);
    expect(text).toContain('Sáng 14/8, Đại hội đại biểu Đảng bộ huyện lần thứ XII');
    expect(text).not.toMatch(/Trang chủ|Chia sẻ|var ads|2015-2020|2010-2015|Bản quyền/);
    expect(title).toBe('Khai mạc Đại hội Đảng bộ huyện Tân Phước lần thứ XII');
    expect(published?.value).toBe('2020-08-14');
  });

  it('points evidence back into the HTML source', async () => {
    const article = await extract(Buffer.from(page), { path: 'page.html' });
    expect(article.title).toBe('Khai mạc Đại hội Đảng bộ huyện Tân Phước lần thứ XII');
    expect(article.published?.value).toBe('2020-08-14');
    const term = article.terms.find((t) => t.value === '2020-2025')!;
    expect(term).toBeDefined();
    expect(article.terms.map((t) => t.value)).toEqual(['2020-2025']);
    const { start, end, line } = term.evidence;
    expect(page.slice(start, end)).toBe(term.evidence.text);
    expect(term.evidence.text).toMatch(/^2020/);
    expect(page.split('\n')[line - 1]).toContain('nhiệm kỳ 2020');
  });

  it('recognises HTML by content when the name does not say', () => {
    expect(looksLikeHtml('<!doctype html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('Đại hội Đảng bộ tỉnh lần thứ XI')).toBe(false);
  });
});
