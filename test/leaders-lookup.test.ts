/**
 * The leaders reader looks every word of a sentence up in its tables through
 * `WordTable` (an open-addressed hash table, cheaper than a `Map` for words
 * that are mostly absent) and tells acronyms without an upper-case copy of
 * each word. Both must answer exactly what the plain forms answer.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, WordTable } from '../src/extract/leaders/tokens.js';

describe('WordTable', () => {
  it('finds every word it holds, with its value, and nothing else', () => {
    // Enough words that many share a slot and the probing is exercised.
    const words = Array.from({ length: 500 }, (_, i) => `từ${i}`);
    const table = new WordTable(new Map(words.map((w, i) => [w, i])));
    expect(words.map((w) => table.get(w))).toEqual(words.map((_, i) => i));
    const absent = Array.from({ length: 500 }, (_, i) => `từ${i + 500}`);
    expect(absent.filter((w) => table.has(w))).toEqual([]);
    expect(table.get('')).toBeUndefined();
  });

  it('an empty table holds nothing', () => {
    expect(new WordTable(new Map<string, number>()).has('bí')).toBe(false);
  });
});

describe('acronyms', () => {
  it.each(['UBND', 'HĐND', 'TP.HCM', 'GD&ĐT', 'XIX', 'Đảng', 'Tỉnh', 'UBNd', 'ĐBQH', 'K’Mák', 'A1', 'Ủy', 'ỦY', 'Straße', 'STRASSE', '𐐀𐐀', '𐐀𐐨'])(
    '%s: an acronym exactly when it is its own upper case',
    (word) => {
      const [t] = tokenize(word);
      expect(t.acronym).toBe(t.cap && word.length >= 2 && word === word.toUpperCase());
    },
  );
});
