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

import { normalize } from '../src/normalize/index.js';
import { modernToneMarks } from '../src/normalize/tone-marks.js';
import { expectNoMismatches } from './support/mismatches.js';

/** What may start a length-changing piece: an invisible character, `&`, a combining mark. */
const MAY_CHANGE_LENGTH = /[\u200B-\u200D\u2060\uFEFF\u00AD&]|\p{M}/u;
const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');

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
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: below
      const ch = String.fromCharCode(c);
      const kinds = characterKinds(ch);
      const lengthChanging = MAY_CHANGE_LENGTH.test(ch);
      if (((kinds & LENGTH_CHANGING) !== 0) !== lengthChanging) wrong.push(`U+${hex(c)} LENGTH_CHANGING should be ${lengthChanging}`);
      const foldable = foldCharacters(ch) !== ch;
      if (((kinds & FOLDABLE) !== 0) !== foldable) wrong.push(`U+${hex(c)} ${JSON.stringify(ch)} FOLDABLE should be ${foldable}`);
    }
    expectNoMismatches(wrong, 'characters flagged wrongly');
  });

  it('flags every supplementary-plane combining mark (by its leading surrogate), and no emoji', () => {
    const missed: string[] = [];
    for (let c = 0x10000; c <= 0x10ffff; c++) {
      const ch = String.fromCodePoint(c);
      if (MAY_CHANGE_LENGTH.test(ch) && !(characterKinds(ch) & LENGTH_CHANGING)) missed.push(`U+${hex(c)}`);
    }
    expectNoMismatches(missed, 'supplementary-plane marks not flagged LENGTH_CHANGING');
    expect(characterKinds('Đại hội 👍🎉 🇻🇳') & LENGTH_CHANGING).toBe(0);
  });

  it('flags an old tone place exactly when modernToneMarks changes the text', () => {
    const next = random(7);
    const alphabet = [...'oOuUqQaày ỳýỵÝoàoáOẠuýUỷèẻẸhxt1.-', 'oà', 'uỳ', 'quý'];
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const text = randomText(next, alphabet, 1 + Math.floor(next() * 8));
      const changes = modernToneMarks(text) !== text;
      if (((characterKinds(text) & OLD_TONE_PLACE) !== 0) !== changes) wrong.push(`${JSON.stringify(text)}: OLD_TONE_PLACE should be ${changes}`);
    }
    expectNoMismatches(wrong, 'texts flagged wrongly');
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
    const wrong: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const text = randomText(next, alphabet, Math.floor(next() * 40));
      // Every step, in the order normalize documents.
      const composed = composeNfc(text);
      const expected = joinBrokenLines(blankBoilerplate(modernToneMarks(foldCharacters(composed.text))).text).text;
      const got = normalize(text);
      if (got.text !== expected) {
        wrong.push(`${JSON.stringify(text)}: text ${JSON.stringify(got.text)}, expected ${JSON.stringify(expected)}`);
        continue;
      }
      for (let n = 0; n <= got.text.length; n++) {
        const at = got.map.toOriginal(n);
        const want = composed.map.toOriginal(n);
        if (at !== want) {
          wrong.push(`${JSON.stringify(text)}: offset ${n} maps to ${at}, expected ${want}`);
          break;
        }
      }
    }
    expectNoMismatches(wrong, 'texts normalised or mapped differently');
  });
});
