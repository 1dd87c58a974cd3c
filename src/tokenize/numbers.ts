/**
 * Numbers as Vietnamese writes them: `.` groups thousands and `,` marks the
 * decimal (`59.592` is 59592, `2,5` is 2.5), scale words multiply
 * (`125 nghìn`, `1,2 triệu`, `100 ngàn tỷ`), numbers may be words
 * (`hai mươi`, `ba`), and ordinals may be Roman (`XIII`).
 */

/** Digits in Vietnamese notation to a number; null when it is not one. */
export function parseDecimal(raw: string): number | null {
  const s = raw.trim();
  if (!/^\d[\d.,]*$/.test(s)) return null;
  // 1.234.567 or 1.234,5: dots group thousands.
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  // 1,234,567 (English grouping, seen in copied tables): commas group thousands when there are two or more.
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ''));
  // 2,5 or 45,75: the comma is the decimal mark.
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  // 15.5: a dot not followed by a group of three is a decimal point.
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  if (/^\d+$/.test(s)) return Number(s);
  return null;
}

export const SCALE_WORDS: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  // Ten thousands, still written for people (26 vạn đảng viên = 260.000).
  vạn: 1e4,
  'nghìn tỷ': 1e12,
  'ngàn tỷ': 1e12,
  'nghìn tỉ': 1e12,
  'ngàn tỉ': 1e12,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
  'triệu tỷ': 1e15,
};

/** Multiplier of a scale word (`triệu` → 1e6); 1 for none or an unknown word. */
export function scaleOf(word: string | undefined | null): number {
  if (!word) return 1;
  return SCALE_WORDS[word.toLowerCase().replace(/\s+/g, ' ').trim()] ?? 1;
}

/** `1,2` + `triệu` → 1200000, rounded to the precision the text states. */
export function parseAmount(digits: string, scale?: string | null): number | null {
  const n = parseDecimal(digits) ?? parseNumberWords(digits);
  if (n === null) return null;
  return Number((n * scaleOf(scale)).toPrecision(15));
}

const UNITS: Record<string, number> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

/**
 * Vietnamese number words to a number: `ba` 3, `mười lăm` 15, `hai mươi mốt`
 * 21, `một trăm linh năm` 105, `hai nghìn` 2000. Null when the words are not
 * a well-formed number.
 */
export function parseNumberWords(raw: string): number | null {
  const words = raw.toLowerCase().trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return null;
  let total = 0; // completed thousands/millions groups
  let group = 0; // current value below 1000
  let digit: number | null = null; // last unit word not yet placed
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w in UNITS) {
      if (digit !== null) return null;
      digit = UNITS[w];
      seen = true;
    } else if (w === 'mười') {
      if (digit !== null) return null;
      group += 10;
      seen = true;
    } else if (w === 'mươi') {
      if (digit === null) return null;
      group += digit * 10;
      digit = null;
    } else if (w === 'trăm') {
      group += (digit ?? 1) * 100;
      digit = null;
      seen = true;
    } else if (w === 'linh' || w === 'lẻ') {
      if (digit !== null) return null;
    } else if (w === 'nghìn' || w === 'ngàn' || w === 'triệu' || w === 'tỷ' || w === 'tỉ') {
      group += digit ?? 0;
      digit = null;
      const scale = scaleOf(w);
      total += (group || 1) * scale;
      group = 0;
      seen = true;
    } else return null;
  }
  if (!seen) return null;
  return total + group + (digit ?? 0);
}

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** `XIII` → 13; null when not a well-formed Roman numeral. */
export function romanToInt(raw: string): number | null {
  const s = raw.trim().toUpperCase();
  if (s === '' || !ROMAN.test(s)) return null;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i]];
    const next = ROMAN_VALUE[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** An ordinal written as digits, Roman numerals or words (`thứ nhất`, `thứ hai`). */
export function parseOrdinal(raw: string): number | null {
  const s = raw.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const roman = romanToInt(s);
  if (roman !== null && /^[IVXLCDM]+$/.test(s)) return roman;
  const w = s.toLowerCase();
  if (w === 'nhất') return 1;
  if (w === 'tư') return 4;
  return parseNumberWords(w);
}
