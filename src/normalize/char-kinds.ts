/**
 * Which kinds of characters a text holds, found in one pass. Each repair or
 * normalising step has work only when its trigger characters occur, and most
 * articles hold none of them. V8 scans a character-class regex at ~2.5 ns a
 * character (there is no literal to search for), and each step used to run
 * such a test over the whole text; one loop over a lookup table answers all
 * of them at ~1.5 ns a character.
 */
import { LENGTH_CHANGING_RANGES, ONE_FOR_ONE } from './characters.js';
import { oldTonePlaceAt, TONED_AFTER_O, TONED_AFTER_U } from './tone-marks.js';

/** Latin-1 characters that Vietnamese never writes: mojibake and legacy glyphs always contain some (`decode` repairs). */
export const SUSPECT_LATIN1 = 1;
/** Combining marks, invisible characters, `&` of an entity (`composeNfc` has work). */
export const LENGTH_CHANGING = 2;
/** Line-end, space, dash and quote variants (`foldCharacters` has work). */
export const FOLDABLE = 4;
/** A tone mark in the old place, `hoà`, `thuỷ` (`modernToneMarks` has work). */
export const OLD_TONE_PLACE = 8;
// Not reported: a toned vowel that may be in the old place; its neighbours decide.
const TONED_AFTER_O_BIT = 16;
const TONED_AFTER_U_BIT = 32;
const TONED = TONED_AFTER_O_BIT | TONED_AFTER_U_BIT;

const SUSPECT_CHARACTERS =
  /[\u0080-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/;

/** The kinds of each UTF-16 code unit. */
const KIND = new Uint8Array(0x10000);
for (let c = 0x80; c <= 0xff; c++) if (SUSPECT_CHARACTERS.test(String.fromCharCode(c))) KIND[c] |= SUSPECT_LATIN1;
for (const [from, to] of LENGTH_CHANGING_RANGES) for (let c = from; c <= to; c++) KIND[c] |= LENGTH_CHANGING;
for (const c of [...Object.keys(ONE_FOR_ONE), '\r']) KIND[c.charCodeAt(0)] |= FOLDABLE;
for (const c of TONED_AFTER_O) KIND[c.charCodeAt(0)] |= TONED_AFTER_O_BIT;
for (const c of TONED_AFTER_U) KIND[c.charCodeAt(0)] |= TONED_AFTER_U_BIT;

let lastText: string | undefined;
let lastKinds = 0;

/** The kinds (bits above) of the characters in `text`. */
export function characterKinds(text: string): number {
  // The decoder and the normaliser ask about the same text one after the other.
  if (text === lastText) return lastKinds;
  let kinds = 0;
  for (let i = 0; i < text.length; i++) {
    const k = KIND[text.charCodeAt(i)];
    if (k & TONED && oldTonePlaceAt(text, i, (k & TONED_AFTER_U_BIT) !== 0)) kinds |= OLD_TONE_PLACE;
    kinds |= k;
  }
  lastText = text;
  lastKinds = kinds & (SUSPECT_LATIN1 | LENGTH_CHANGING | FOLDABLE | OLD_TONE_PLACE);
  return lastKinds;
}
