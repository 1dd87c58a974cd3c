import { describe, expect, it } from 'vitest';
import { isWhitespace, segment } from '../src/tokenize/sentences.js';
import { expectNoMismatches } from './support/mismatches.js';

describe('sentence scan over the whole text', () => {
  it('isWhitespace is the set \\s matches', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const space = /\s/.test(String.fromCharCode(c));
      if (isWhitespace(c) !== space) wrong.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')} should be ${space ? '' : 'not '}whitespace`);
    }
    expectNoMismatches(wrong, 'code points isWhitespace gets wrong');
  });

  it('never ends a sentence on the space of the next line', () => {
    const { sentences } = segment('Một câu.\nHai câu. Ba câu.');
    expect(sentences.map((s) => [s.start, s.end, s.paragraph])).toEqual([
      [0, 8, 0],
      [9, 17, 1],
      [18, 25, 1],
    ]);
  });

  it('reads an abbreviation from the start of its line only', () => {
    // `TP.` after a control character that trimming drops: still an abbreviation.
    const text = 'x\n\u0001TP. Hồ Chí Minh. Hết';
    expect(segment(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['x', 'TP. Hồ Chí Minh.', 'Hết']);
  });
});
