import { describe, expect, it } from 'vitest';
import { parseAmount, parseDecimal, parseNumberWords, parseOrdinal, romanToInt } from '../src/tokenize/numbers.js';
import { segment } from '../src/tokenize/sentences.js';
import { Lexicon, tokenize } from '../src/tokenize/tokens.js';

describe('numbers in Vietnamese notation', () => {
  it('reads dots as thousands and commas as decimals', () => {
    expect(parseDecimal('59.592')).toBe(59592);
    expect(parseDecimal('1.234.567')).toBe(1234567);
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('15.5')).toBe(15.5);
    expect(parseDecimal('abc')).toBeNull();
  });
  it('applies scale words', () => {
    expect(parseAmount('125', 'nghìn')).toBe(125000);
    expect(parseAmount('1,2', 'triệu')).toBe(1200000);
    expect(parseAmount('100', 'ngàn tỷ')).toBe(1e14);
    expect(parseAmount('77.570', 'tỷ')).toBe(77570e9);
  });
  it('reads numbers written as words', () => {
    expect(parseNumberWords('ba')).toBe(3);
    expect(parseNumberWords('mười lăm')).toBe(15);
    expect(parseNumberWords('hai mươi')).toBe(20);
    expect(parseNumberWords('hai mươi mốt')).toBe(21);
    expect(parseNumberWords('một trăm linh năm')).toBe(105);
    expect(parseNumberWords('hai nghìn')).toBe(2000);
    expect(parseNumberWords('đại biểu')).toBeNull();
  });
  it('reads Roman and word ordinals', () => {
    expect(romanToInt('XIII')).toBe(13);
    expect(romanToInt('XIV')).toBe(14);
    expect(romanToInt('IIII')).toBeNull();
    expect(parseOrdinal('XX')).toBe(20);
    expect(parseOrdinal('16')).toBe(16);
    expect(parseOrdinal('nhất')).toBe(1);
  });
});

describe('sentences', () => {
  it('does not end a sentence at TP., TS. or an initial, nor inside numbers', () => {
    const text = 'Sáng 15/10, tại TP. Rạch Giá, TS. Nguyễn Văn A phát biểu. Có 59.592 đảng viên tham gia.\nN.D - P.H';
    const { paragraphs, sentences } = segment(text);
    expect(paragraphs).toHaveLength(2);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Sáng 15/10, tại TP. Rạch Giá, TS. Nguyễn Văn A phát biểu.',
      'Có 59.592 đảng viên tham gia.',
      'N.D - P.H',
    ]);
  });
  it('ends a sentence before an opening quote or a digit', () => {
    const text = 'Đại hội bế mạc. "Đoàn kết" là chủ đề. 343 đại biểu dự.';
    expect(segment(text).sentences).toHaveLength(3);
  });
});

describe('tokens', () => {
  const lexicon = new Lexicon(['đại biểu', 'đảng viên', 'Ban Chấp hành']);
  const types = (s: string) => tokenize(s, 0, s.length, lexicon).map((t) => `${t.text}/${t.type}`);
  it('types dates, numbers, percentages, money and Roman numerals', () => {
    expect(types('Ngày 15/10/2020, lần thứ XIII: 2,5% và 45 tỷ đồng')).toEqual([
      'Ngày/word', '15/10/2020/date', ',/punct', 'lần/word', 'thứ/word', 'XIII/roman', ':/punct',
      '2,5%/percent', 'và/word', '45 tỷ đồng/money',
    ]);
  });
  it('joins domain words from the lexicon, longest first', () => {
    expect(types('343 đại biểu bầu Ban Chấp hành')).toEqual(['343/number', 'đại biểu/word', 'bầu/word', 'Ban Chấp hành/word']);
  });
  it('keeps a lone I or V a word outside ordinal contexts', () => {
    expect(types('V-League và lần thứ I')).toEqual(['V/word', '-/punct', 'League/word', 'và/word', 'lần/word', 'thứ/word', 'I/roman']);
  });
  it('gives numbers their value', () => {
    const [t] = tokenize('59.592');
    expect(t).toMatchObject({ type: 'number', value: 59592 });
  });
});
