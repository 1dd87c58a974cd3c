import { describe, expect, it } from 'vitest';
import { decode, normalize } from '../src/normalize/index.js';
import { modernToneMarks } from '../src/normalize/tone-marks.js';
import { blankBoilerplate } from '../src/normalize/boilerplate.js';

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = Buffer.from('Đại hội', 'utf8');
    expect(decode(plain)).toMatchObject({ text: 'Đại hội', encoding: 'utf-8', problems: [] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(decode(bom)).toMatchObject({ text: 'Đại hội', encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nhiệm kỳ', 'utf16le')]);
    expect(decode(le)).toMatchObject({ text: 'nhiệm kỳ', encoding: 'utf-16le' });
  });
  it('reports invalid UTF-8 instead of throwing', () => {
    const bad = Buffer.from([0x44, 0xe1, 0xba, 0x41, 0x42]);
    const d = decode(bad);
    expect(d.text).toContain('\uFFFD');
    expect(d.problems).toEqual([{ reason: expect.stringMatching(/not valid UTF-8: 1 byte/), kind: 'invalid-utf8' }]);
  });
});

describe('normalize', () => {
  it('composes NFD to NFC and maps offsets back to the input', () => {
    const nfd = 'Đại hội lần thứ XI'.normalize('NFD') + ', 343 đại biểu';
    const { text, map } = normalize(nfd);
    expect(text).toBe('Đại hội lần thứ XI, 343 đại biểu');
    const at = text.indexOf('343');
    const o = map.toOriginal(at);
    expect(nfd.slice(o, map.toOriginal(at + 3))).toBe('343');
  });
  it('removes zero-width characters, keeping the offset map right', () => {
    const input = 'nhiệm\u200B kỳ 2020\u00AD-2025';
    const { text, map } = normalize(input);
    expect(text).toBe('nhiệm kỳ 2020-2025');
    const at = text.indexOf('2025');
    expect(input.slice(map.toOriginal(at), map.toOriginal(at + 4))).toBe('2025');
  });
  it('folds dashes, spaces, quotes and CRLF one for one', () => {
    const { text } = normalize('từ ngày 15\u00A0–\u00A017/10/2020\r\n“Đoàn kết”');
    expect(text).toBe('từ ngày 15 - 17/10/2020 \n"Đoàn kết"');
  });
  it('places tone marks one way (hoà = hòa, thuỷ = thủy) but leaves quý and hoàng', () => {
    expect(modernToneMarks('hoà bình, Thuỷ lợi, khoẻ mạnh, HOÀ')).toBe('hòa bình, Thủy lợi, khỏe mạnh, HÒA');
    expect(modernToneMarks('quý III, Hoàng, ngoài')).toBe('quý III, Hoàng, ngoài');
  });
});

describe('boilerplate', () => {
  it('blanks widgets, image names, repeated captions and the comment footer, keeping length', () => {
    const input = [
      'leftcenterrightdel',
      'Đại biểu dự đại hội.',
      'Đại biểu dự đại hội.',
      'anh-dai-hoi-01.jpg',
      'Nội dung chính của bài.',
      'Chia sẻ',
      'Ý kiến bạn đọc',
      'Bài viết hay quá, có 300 đại biểu!',
    ].join('\n');
    const out = blankBoilerplate(input);
    expect(out.text.length).toBe(input.length);
    expect(out.text.split('\n').map((l) => l.trim())).toEqual([
      '', 'Đại biểu dự đại hội.', '', '', 'Nội dung chính của bài.', '', '', '',
    ]);
    expect(out).toMatchObject({ widgets: 2, images: 1, repeats: 1, comments: 1 });
  });
  it('keeps a long paragraph that repeats (it may be quoted on purpose)', () => {
    const long = 'Đại hội đã thảo luận và thông qua nhiều nội dung quan trọng. '.repeat(8).trim();
    expect(blankBoilerplate(`${long}\n${long}`).repeats).toBe(0);
  });
});

describe('lines broken in the middle of a sentence', () => {
  it('joins a line that runs on in lower case, keeping offsets', () => {
    const input = 'Đại hội có sự tham dự của 350\nđại biểu chính thức.\nĐại hội bế mạc.\n- Thứ nhất\n3 khâu đột phá:\nphát triển hạ tầng';
    const { text } = normalize(input);
    expect(text.length).toBe(input.length);
    expect(text.split('\n')).toEqual(['Đại hội có sự tham dự của 350 đại biểu chính thức.', 'Đại hội bế mạc.', '- Thứ nhất', '3 khâu đột phá:', 'phát triển hạ tầng']);
  });
});
