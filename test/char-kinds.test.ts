import { describe, expect, it } from 'vitest';
import { blankBoilerplate } from '../src/normalize/boilerplate.js';
import { joinBrokenLines } from '../src/normalize/line-joins.js';
import {
  characterKinds,
  FOLDABLE,
  LENGTH_CHANGING,
  OLD_TONE_PLACE,
  SUSPECT_LATIN1,
} from '../src/normalize/char-kinds.js';
import { composeNfc, foldCharacters } from '../src/normalize/characters.js';

/** What may start a length-changing piece: an invisible character, `&`, a combining mark. */
const MAY_CHANGE_LENGTH = /[\u200B-\u200D\u2060\uFEFF\u00AD&]|\p{M}/u;
import { normalize } from '../src/normalize/index.js';
import { modernToneMarks } from '../src/normalize/tone-marks.js';

/** A deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function randomText(next: () => number, alphabet: string[], length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

describe('character survey', () => {
  it('flags exactly the characters the normalising steps act on', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: below
      const ch = String.fromCharCode(c);
      const kinds = characterKinds(ch);
      expect((kinds & LENGTH_CHANGING) !== 0, c.toString(16)).toBe(MAY_CHANGE_LENGTH.test(ch));
      expect((kinds & FOLDABLE) !== 0, ch).toBe(foldCharacters(ch) !== ch);
    }
  });

  it('flags every supplementary-plane combining mark (by its leading surrogate), and no emoji', () => {
    for (let c = 0x10000; c <= 0x10ffff; c++) {
      const ch = String.fromCodePoint(c);
      if (MAY_CHANGE_LENGTH.test(ch)) expect(characterKinds(ch) & LENGTH_CHANGING, c.toString(16)).toBeTruthy();
    }
    expect(characterKinds('Đại hội 👍🎉 🇻🇳') & LENGTH_CHANGING).toBe(0);
  });

  it('flags an old tone place exactly when modernToneMarks changes the text', () => {
    const next = random(7);
    const alphabet = [...'oOuUqQaày ỳýỵÝoàoáOẠuýUỷèẻẸhxt1.-', 'oà', 'uỳ', 'quý'];
    for (let i = 0; i < 20000; i++) {
      const text = randomText(next, alphabet, 1 + Math.floor(next() * 8));
      expect((characterKinds(text) & OLD_TONE_PLACE) !== 0, text).toBe(modernToneMarks(text) !== text);
    }
  });

  it('flags Latin-1 that Vietnamese never writes (mojibake, legacy glyphs)', () => {
    expect(characterKinds('Äáº¡i há»™i') & SUSPECT_LATIN1).toBeTruthy();
    expect(characterKinds('Đại hội đại biểu Đảng bộ tỉnh, nhiệm kỳ 2025-2030') & SUSPECT_LATIN1).toBe(0);
  });

  it('lets normalize skip steps without changing its result', () => {
    const next = random(11);
    const alphabet = [
      ...'aoOuUyqĐđ .,-\n\t\r',
      'hoà', 'thuỷ', 'a\u0300', 'o\u0301a', '\u200B', '\u00AD', '\uFEFF', '&nbsp;', '&#7841;', '&agrave;', '&amp;', '&x;',
      '\u00A0', '–', '—', '“', '”', '‘', '’', '\u2009', '\r\n', 'Chia sẻ\n', 'Chia sẻ',
    ];
    for (let i = 0; i < 5000; i++) {
      const text = randomText(next, alphabet, Math.floor(next() * 40));
      // Every step, in the order normalize documents.
      const composed = composeNfc(text);
      const expected = joinBrokenLines(blankBoilerplate(modernToneMarks(foldCharacters(composed.text))).text).text;
      const got = normalize(text);
      expect(got.text, JSON.stringify(text)).toBe(expected);
      for (let n = 0; n <= got.text.length; n++) expect(got.map.toOriginal(n)).toBe(composed.map.toOriginal(n));
    }
  });
});
