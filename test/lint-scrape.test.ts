/**
 * The scrape-damage rules of `vnextract check` (src/lint/rules/scrape.ts):
 * empty and nearly empty articles, no dateline, text cut mid-sentence, a
 * paragraph read twice, boilerplate left, each made here from one clean
 * article and giving exactly its findings at their line and column; the
 * endings, repeats and widget words of clean articles give none.
 */
import { describe, expect, it } from 'vitest';
import { lintInput } from '../src/lint/lint-text.js';
import { SCRAPE_RULES, SHORT_WORDS } from '../src/lint/rules/scrape.js';
import { TEXT_RULES } from '../src/lint/rules/text.js';
import { ARTICLE, where } from './support/damage.js';
import { rules } from './support/rules.js';

const lint = (input: string | Uint8Array, path = 'a.txt') => lintInput(input, rules, { path, rules: [...TEXT_RULES, ...SCRAPE_RULES] });
const findings = (input: string | Uint8Array, path = 'a.txt') => lint(input, path).findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`);

const lines = ARTICLE.split('\n');
const [TITLE, DATELINE, P1, P2, P3, P4, BYLINE] = lines;
const article = (...body: string[]) => [TITLE, DATELINE, ...body].join('\n');

describe('the clean article', () => {
  it('gives no finding', () => {
    expect(findings(ARTICLE)).toEqual([]);
  });
});

describe('scrape/empty and scrape/short', () => {
  it('no text, or only the scraper\'s header lines and widget lines: one error, nothing else', () => {
    expect(findings('')).toEqual(['scrape/empty error 1:1']);
    expect(findings('# doc_id = x1\n# url = https://baomoi.vn/a.htm\n\n')).toEqual(['scrape/empty error 1:1']);
    expect(findings('Chia sẻ\nIn bài\nBình luận\nÝ kiến của bạn đọc rất hay')).toEqual(['scrape/empty error 1:1']);
  });
  it(`a title and a lede alone (fewer than ${SHORT_WORDS} words) are nearly empty`, () => {
    const text = article(P1);
    expect(findings(text)).toEqual(['scrape/short warning 1:1']);
    expect(lint(text).findings[0].message).toMatch(/^only 49 word\(s\) of text \(fewer than 60\)/);
  });
  it('a short but whole article is not', () => {
    expect(findings(article(P1, P2))).toEqual([]);
  });
});

describe('scrape/no-dateline', () => {
  it('an article with no date at its top is a warning', () => {
    const text = [TITLE, P1, P2, P3, P4, BYLINE].join('\n');
    expect(findings(text)).toEqual(['scrape/no-dateline warning 1:1']);
  });
  it('a scraper\'s date header line, or a dateline in another form, is a dateline', () => {
    expect(findings(['# date = 20201010', TITLE, P1, P2, P3, P4, BYLINE].join('\n'))).toEqual([]);
    expect(findings([TITLE, 'Cập nhật: 10/10/2020 08:30', P1, P2, P3, P4, BYLINE].join('\n'))).toEqual([]);
  });
});

describe('scrape/truncated', () => {
  const cut = (text: string, at: string) => text.slice(0, text.indexOf(at) + at.length);
  it('the text stops on a word no sentence ends with, before the byline', () => {
    const last = cut(P4, 'đảng viên và');
    const text = article(P1, P2, P3, last, BYLINE);
    expect(findings(text)).toEqual([`scrape/truncated warning ${where(text, 'viên và', 5)}`]);
    expect(lint(text).findings[0].message).toMatch(/^the text stops on "và", a word no sentence ends with \("…/);
  });
  it('cut on other such words, with or without a byline after', () => {
    const cuts = [
      'Đại hội đã bầu 39 đồng chí vào Ban Chấp hành Đảng bộ huyện khóa mới; đồng chí Trần Văn Minh được bầu giữ chức Bí thư của',
      'Nhiệm kỳ tới, huyện phấn đấu tăng trưởng kinh tế bình quân đạt 9% mỗi năm, thu nhập đạt 75 triệu đồng cho các',
      'Phát biểu bế mạc, đồng chí Bí thư kêu gọi toàn Đảng bộ đoàn kết, phát huy truyền thống, sớm đưa nghị quyết vào cuộc sống để',
    ];
    for (const last of cuts) {
      const word = last.split(' ').at(-1)!;
      for (const text of [article(P1, P2, P3, last), article(P1, P2, P3, last, BYLINE)]) {
        expect(findings(text)).toEqual([`scrape/truncated warning ${where(text, last, last.length - word.length)}`]);
      }
    }
  });
  it('the article\'s very last line stops on a comma', () => {
    const last = cut(P4, 'đoàn kết,');
    const text = article(P1, P2, P3, last);
    expect(findings(text)).toEqual([`scrape/truncated warning ${where(text, 'đoàn kết,', 5)}`]);
  });
  it('normal endings are no cut: bylines, sources, credits, a missing final stop, a signature over two lines', () => {
    const endings = [
      [P4, '(Theo TTXVN)'],
      [P4, 'PV'],
      [P4, 'Nguyễn Văn An - Lê Thị Bình'],
      [P4, 'Theo Báo Nhân Dân'],
      [P4, 'Ảnh: Hoàng Hà'],
      [P4.replace(/\.$/, '')], // a site that drops the last full stop
      [P4, 'Thu nhập bình quân đạt 75 triệu đồng/người/năm, cao hơn mức của cả nước', 'Quang Huy'], // a caption
      [P4, 'TS. Nguyễn Văn Hải', 'Giám đốc Trung tâm Nghiên cứu phát triển (CRD),', 'Trường Đại học Kinh tế'],
      [P4, 'Địa chỉ: số 12 đường Trần Phú, thị trấn Yên Lạc, tỉnh Vĩnh Phúc'],
      [P4.replace('cuộc sống.', 'cuộc sống trong thời gian tới')],
      [P4.replace('cuộc sống.', 'cuộc sống, góp phần vào thắng lợi chung của tỉnh nhà"')],
    ];
    for (const end of endings) expect(findings(article(P1, P2, P3, ...end)), end.join(' / ')).toEqual([]);
  });
});

describe('scrape/repeated-paragraph', () => {
  it('points at the copy and names the line of the first', () => {
    const text = article(P1, P2, P3, P4, P2, BYLINE);
    expect(findings(text)).toEqual(['scrape/repeated-paragraph warning 7:1']);
    expect(lint(text).findings[0].message).toBe('this paragraph (33 words) repeats the one on line 4: remove the copy and check the scraper\'s selectors');
  });
  it('spaces, case and the final stop do not hide a copy; each copy is reported', () => {
    const text = article(P1, P2, P3, P4, `  ${P1.toUpperCase().replace(/\.$/, '').replace(/ /g, '  ')}`, P3, BYLINE);
    expect(findings(text)).toEqual(['scrape/repeated-paragraph warning 7:3', 'scrape/repeated-paragraph warning 8:1']);
  });
  it('the title printed again, or a short line twice, is no damage', () => {
    const caption = 'Quang cảnh phiên bế mạc đại hội.';
    expect(findings(article(P1, TITLE, P2, caption, P3, caption, P4, BYLINE))).toEqual([]);
  });
});

describe('scrape/boilerplate', () => {
  it('share, related-article, gallery and footer lines left in the text: one finding each', () => {
    const left = ['Chia sẻ bài viết lên Facebook', 'Xem thêm: Bắc Ninh tổng kết công tác chuẩn bị đại hội', 'Ảnh 2 - Nhấn để phóng to ảnh', 'Bản quyền thuộc về Báo Điện tử ABC'];
    const text = article(P1, P2, left[0], P3, left[1], left[2], P4, BYLINE, left[3]);
    expect(findings(text)).toEqual(left.map((l) => `scrape/boilerplate warning ${where(text, l)}`));
    expect(lint(text).findings[1].message).toBe('boilerplate left in the text ("xem thêm:"): remove the widget in the scraper');
  });
  it('lines the normaliser already blanks are not reported again', () => {
    expect(findings(article(P1, 'Chia sẻ', P2, 'Tin liên quan:', P3, P4, BYLINE, 'Bình luận (3)', 'Bài viết rất hay, cảm ơn tác giả!'))).toEqual([]);
  });
  it('sentences that use the same words are text', () => {
    const text = article(
      P1,
      'Chia sẻ tại đại hội, đồng chí Bí thư Huyện ủy cho biết huyện sẽ tập trung phát triển nông nghiệp công nghệ cao.',
      P2,
      'Bình luận về kết quả này, nhiều đại biểu đánh giá cao sự chuẩn bị chu đáo của Ban Tổ chức.',
      'Theo dõi sát diễn biến thời tiết, Ban Tổ chức đã chuẩn bị phương án dự phòng.',
      P3,
      P4,
      BYLINE,
    );
    expect(findings(text)).toEqual([]);
  });
});
