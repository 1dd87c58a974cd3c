/**
 * Scans written to replace patterns that took super-linear time (issue 6)
 * find what those patterns found: each is checked against the pattern it
 * replaces, on random text made of the pieces that matter to it (short, so
 * that the old pattern answers quickly).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listMarks } from '../src/extract/list-marks.js';
import { isPhotoCaption } from '../src/extract/captions.js';
import { stripTags } from '../src/normalize/strip-tags.js';
import { OffsetMap } from '../src/normalize/offset-map.js';
import { TextDoc } from '../src/tokenize/doc.js';
import { headBeforeTail } from '../src/util/near.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';
import { matchStarts, StretchMatches } from '../src/util/stretch-matches.js';

/** Strings made of the given pieces. */
const textOf = (pieces: string[], maxLength = 40) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));
/** Pieces, then a gap of 50 to 70 characters (which may hold a stop), then more pieces: near the reach of 60. */
const aroundReach = (pieces: string[]) =>
  fc
    .tuple(textOf(pieces, 6), fc.integer({ min: 50, max: 70 }), fc.constantFrom('', '.', '\n'), fc.nat(70), textOf(pieces, 6))
    .map(([a, gap, stop, at, b]) => {
      const filler = 'x'.repeat(gap).split('');
      if (stop) filler[at % gap] = stop;
      return a + filler.join('') + b;
    });

describe('headBeforeTail finds what `HEAD[^.\\n]{0,N}TAIL` finds', () => {
  it('for a congress or resolution followed by the Party', () => {
    const old = /(?:Đại hội|Nghị quyết|Ban Chấp hành Trung ương)[^.\n]{0,60}? (?:của )?Đảng(?! Cộng sản (?!Việt Nam))/;
    const near = { heads: /Đại hội|Nghị quyết|Ban Chấp hành Trung ương/g, tails: / (?:của )?Đảng(?! Cộng sản (?!Việt Nam))/g, reach: 60, longestHead: 24 };
    const pieces = ['Đại hội', 'Nghị quyết', 'Ban Chấp hành Trung ương', ' Đảng', ' của', ' Cộng sản', ' Việt Nam', ' ', '.', '\n', 'xã', 'huyện tỉnh', 'a'.repeat(20)];
    fc.assert(fc.property(fc.oneof(textOf(pieces), aroundReach(pieces)), (t) => {
      expect(headBeforeTail(t, near)).toBe(old.test(t));
    }), { numRuns: 3000 });
  });

  it('for a deciding body followed by `xác định`', () => {
    const old = /(?:Đại hội|nghị quyết|Đảng|ủy|Ban Chấp hành|chi bộ)[^.\n]{0,60}(?:xác định|thống nhất)/i;
    const near = { heads: /Đại hội|nghị quyết|Đảng|ủy|Ban Chấp hành|chi bộ/gi, tails: /xác định|thống nhất/gi, reach: 60, longestHead: 13 };
    const pieces = ['Đại hội', 'NGHỊ QUYẾT', 'Đảng', 'Đảng ủy', 'ỦY', 'chi bộ', 'Ban Chấp hành', 'xác định', 'Thống nhất', ' ', '.', '\n', 'a'.repeat(25)];
    fc.assert(fc.property(fc.oneof(textOf(pieces), aroundReach(pieces)), (t) => {
      expect(headBeforeTail(t, near)).toBe(old.test(t));
    }), { numRuns: 3000 });
  });
});

describe('numbering marks', () => {
  /** The marks as built from the built-in list tables. */
  const MARKS = listMarks(ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle).vocabulary).marks;
  /** The pattern the marks were found with, what must stand before a mark written as lookbehinds. */
  const ORDINAL = '(?:nhất|hai|ba|tư|năm|sáu|bảy|tám)';
  const INLINE =
    `(?:(?:Khâu|Nhiệm vụ) đột phá|Đột phá) thứ ${ORDINAL}(?: là)?|Thứ ${ORDINAL}(?: là)?|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám) là|` +
    String.raw`\(\d{1,2}\)|\((?:i|ii|iii|iv|v|vi|vii)\)|\d{1,2}[.)/-](?= )|[a-hA-H]\)(?= )|•(?= )`;
  const OLD = new RegExp(
    String.raw`(?:(?:^|(?<=[\s;:.]))(?:${INLINE})|(?<=[:;]\s{0,3})(?:thứ ${ORDINAL}(?: là)?|(?:một|hai|ba|bốn|năm|sáu|bảy|tám) là))[,:.]?\s+`,
    'gu',
  );
  const pieces = ['Thứ nhất', 'thứ hai', ' là', 'Một là', 'hai là', 'Đột phá thứ ba', '(1)', '(ii)', '1.', '2)', '3/', 'a)', '•', ':', ';', '.', ',', ' ', '  ', '\t', 'x', 'phát triển'];
  // A clause end and up to four spaces, before the markers that need them.
  pieces.push(':  ', ':   ', '; \t  ', ';    ');
  const paragraph = textOf(pieces, 30).map((t) => `Đ ${t} z`);

  it('are those the pattern with lookbehinds finds', () => {
    fc.assert(
      fc.property(textOf(pieces, 30), (text) => {
        expect(matchStarts(text, MARKS)).toEqual([...text.matchAll(OLD)].map((m) => m.index));
      }),
      { numRuns: 3000 },
    );
  });

  it('of a stretch, found once per paragraph, are those a scan of the stretch alone finds', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), fc.nat(), (text, a, b) => {
        const doc = new TextDoc(text);
        const [from, to] = [a % text.length, b % text.length].sort((x, y) => x - y);
        const marks = new StretchMatches(doc, MARKS);
        expect(marks.in(from, to)).toEqual([...text.slice(from, to).matchAll(OLD)].map((m) => m.index));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tags stripped by a scan from `<` to `<`', () => {
  /** The regex the scan replaces, which read to the end of the page from every unclosed `<`. */
  function oldStripTags(html: string) {
    const map = new OffsetMap(html);
    let text = '';
    const skip = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
    let last = 0;
    const addText = (from: number, to: number) => {
      const piece = html.slice(from, to).replace(/[\r\n\t]/g, ' ');
      if (piece.trim() === '') return;
      map.mark(text.length, from);
      text += piece;
      map.mark(text.length, to);
    };
    for (let m = skip.exec(html); m; m = skip.exec(html)) {
      addText(last, m.index);
      if (/^<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|table|ul|ol)\b/i.test(m[0]) && !text.endsWith('\n')) text += '\n';
      last = m.index + m[0].length;
    }
    addText(last, html.length);
    return { text, map };
  }

  /** Where each offset of the text (and each end offset) points in the page. */
  const offsets = (r: { text: string; map: OffsetMap }) =>
    Array.from({ length: r.text.length + 1 }, (_, i) => [r.map.toOriginal(i), r.map.toOriginalEnd(i)]);

  it('keep the text and offsets the single regex kept', () => {
    const pieces = ['<', '>', '<!--', '-->', '--', '<script>', '<script a="1">', '</script>', '</SCRIPT >', '<style>', '</style>', '<scripts>', '<noscript>', '</noscript>', '<template>', '</template\n>', '<p>', '</p>', '<div class="x">', '<br/>', '<b>', 'Đại hội', ' ', '\n', 'x'];
    fc.assert(
      fc.property(textOf(pieces), (html) => {
        const now = stripTags(html);
        const before = oldStripTags(html);
        expect(now.text).toBe(before.text);
        expect(offsets(now)).toEqual(offsets(before));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('photo captions', () => {
  it('are the lines the label and credit patterns matched', () => {
    const LABEL_FIRST = /^\(?\s*(?:Ảnh|Nguồn|Video|Clip|Caption)(?:\s*:|\s*$)/u;
    const CREDIT_LAST = /(?:^|[\s.(])Ảnh(?: minh họa)?\s*:\s*[^.:;\n]{0,60}\)?\s*$/iu;
    const pieces = ['Ảnh', 'ảnh', 'ẢNH', ' minh họa', ':', ' ', '  ', '(', ')', '.', ';', 'Hải Nam', 'TTXVN', 'Quang cảnh đại hội', 'x'.repeat(30)];
    fc.assert(
      fc.property(textOf(pieces, 25), (line) => {
        expect(isPhotoCaption(line)).toBe(line.length <= 200 && (LABEL_FIRST.test(line) || CREDIT_LAST.test(line)));
      }),
      { numRuns: 3000 },
    );
  });
});
