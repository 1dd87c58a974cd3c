/**
 * Writes the twins of fixtures/encodings/dai-hoi.utf8.txt in every input form
 * vnextract reads: legacy encodings, NFD, mojibake, UTF-16, HTML. Run on
 * purpose (`npx tsx scripts/make-encoding-fixtures.ts`) and review the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toMojibake, toTcvn3, toVni, toWindows1258 } from '../test/support/legacy-encoders.js';

const dir = new URL('../fixtures/encodings/', import.meta.url);
const clean = readFileSync(new URL('dai-hoi.utf8.txt', dir), 'utf8');
const write = (name: string, data: Buffer | string) => writeFileSync(new URL(name, dir), data);

write('dai-hoi.tcvn3.txt', toTcvn3(clean));
write('dai-hoi.vni.txt', toVni(clean));
write('dai-hoi.cp1258.txt', toWindows1258(clean));
write('dai-hoi.nfd.txt', clean.normalize('NFD'));
write('dai-hoi.mojibake.txt', toMojibake(clean));
write('dai-hoi.utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')]));
write('dai-hoi.bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clean.replace(/\n/g, '\r\n').replace(/ - /g, ' – ').replace(/hơn 61/, 'hơn&nbsp;61'), 'utf8')]));

const [dateline, title, ...rest] = clean.split('\n');
const paragraphs = rest.filter((l) => l.trim()).map((l) => `    <p>${l.replace(/&/g, '&amp;')}</p>`).join('\n');
write(
  'dai-hoi.html',
  `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>${title} - Báo điện tử</title>
  <meta property="og:title" content="${title}">
  <script>window.dataLayer = [{"section": "Đại hội lần thứ XC, 999 đại biểu"}];</script>
  <style>.share { display: flex }</style>
</head>
<body>
  <nav class="menu"><a href="/">Trang chủ</a> | <a href="/chinh-tri">Chính trị</a> | <a href="/xa-hoi">Xã hội 2019-2020</a></nav>
  <div class="share-tools">Chia sẻ: Facebook · Zalo · In bài</div>
  <article class="article-detail">
    <time datetime="2020-10-13T09:15:00+07:00">${dateline}</time>
    <h1>${title}</h1>
${paragraphs}
    <figure><img src="khai-mac.jpg" alt=""><figcaption>Quang cảnh phiên khai mạc, nhiệm kỳ 2015-2020.</figcaption></figure>
  </article>
  <section class="comments"><h3>Bình luận</h3><p>Đại hội có 500 đại biểu phải không?</p></section>
  <footer>© 2020 Báo điện tử. Giấy phép số 12/GP-BTTTT.</footer>
</body>
</html>
`,
);
console.log('wrote the twins of dai-hoi.utf8.txt in fixtures/encodings/');
