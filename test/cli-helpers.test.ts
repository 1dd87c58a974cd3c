/** The small rules the command line applies: sizes, dates, how a path is shown. */
import { describe, expect, it } from 'vitest';
import { formatByteSize, parseByteSize } from '../src/cli/byte-size.js';
import { displayPath, escapeText } from '../src/cli/escape.js';
import { isCalendarDate } from '../src/util/calendar.js';

describe('parseByteSize', () => {
  it('reads bytes and K/M/G suffixes (1024-based), with or without B/iB', () => {
    expect(parseByteSize('52428800')).toBe(52428800);
    expect(parseByteSize('200k')).toBe(200 * 1024);
    expect(parseByteSize('50M')).toBe(50 * 1024 ** 2);
    expect(parseByteSize('50MB')).toBe(50 * 1024 ** 2);
    expect(parseByteSize('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize('10b')).toBe(10);
  });
  it('refuses what is not a positive size', () => {
    for (const bad of ['', '0', '0k', '-5', 'lots', '5 T', 'M', '1e9', '0.1']) expect([bad, parseByteSize(bad)]).toEqual([bad, null]);
  });
  it('says a size the way it can be typed', () => {
    expect(formatByteSize(50 * 1024 ** 2)).toBe('50M (52428800 bytes)');
    expect(formatByteSize(1000)).toBe('1000 bytes');
  });
});

describe('isCalendarDate', () => {
  it('takes real days only', () => {
    for (const ok of ['2020-10-15', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) expect([ok, isCalendarDate(ok)]).toEqual([ok, true]);
    for (const bad of ['0000-00-00', '2021-02-30', '2021-13-01', '1900-02-29', '2021-04-31', '2021-00-10', '2021-1-1', '20210101', ' 2021-01-01'])
      expect([bad, isCalendarDate(bad)]).toEqual([bad, false]);
  });
});

describe('displayPath and escapeText', () => {
  it('prints an ordinary path as it is', () => {
    for (const p of ['corpus/x.txt', 'bài viết/đại hội.txt', 'C\\\\dir\\\\x.txt', "it's.txt"]) expect(displayPath(p)).toBe(p);
  });
  it('quotes a path that could be misread, escaping inside the quotes', () => {
    expect(displayPath('a:12:5: error fake.txt')).toBe('"a:12:5: error fake.txt"');
    expect(displayPath('two\nlines.txt')).toBe('"two\\nlines.txt"');
    expect(displayPath('esc\x1b[31m.txt')).toBe('"esc\\x1b[31m.txt"');
    expect(displayPath('say "hi".txt')).toBe('"say \\"hi\\".txt"');
    expect(displayPath('back\\slash\t.txt')).toBe('"back\\\\slash\\t.txt"');
    expect(displayPath('rtl\u202eexe.txt')).toBe('"rtl\\u202eexe.txt"');
    expect(displayPath(' lead.txt')).toBe('" lead.txt"');
  });
  it('escapes control characters in free text, and nothing else', () => {
    expect(escapeText('rule "a\nb": bad\r\x07')).toBe('rule "a\\nb": bad\\r\\x07');
    expect(escapeText('Đại hội: 2020-2025')).toBe('Đại hội: 2020-2025');
  });
});
