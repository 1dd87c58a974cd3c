/**
 * One tone-mark placement. Vietnamese writes the tone of a final `oa`, `oe`,
 * `uy` either on the first vowel (`hòa`, `thủy`: the style the dictionaries
 * and most news sites use now) or on the second (`hoà`, `thuỷ`). Both are
 * normalised to the first, so rules and readers see one spelling. Each
 * replacement swaps two characters for two, so offsets do not move.
 */
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';

const O_TONED: Record<string, string> = { '\u0300': 'ò', '\u0301': 'ó', '\u0309': 'ỏ', '\u0303': 'õ', '\u0323': 'ọ' };
const U_TONED: Record<string, string> = { '\u0300': 'ù', '\u0301': 'ú', '\u0309': 'ủ', '\u0303': 'ũ', '\u0323': 'ụ' };

/** Toned a/e, in the old place when after an `o` at the end of a syllable. */
export const TONED_AFTER_O = 'àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ';
/** Toned y, in the old place when after a `u` (not `qu`) at the end of a syllable. */
export const TONED_AFTER_U = 'ỳýỷỹỵỲÝỶỸỴ';

// o + toned a/e at the end of a syllable; u + toned y, except after q (quý is one spelling).
export const OLD_STYLE = new RegExp(
  `([oO])([${TONED_AFTER_O}])(?![${LETTER}])|(?<![qQ])([uU])([${TONED_AFTER_U}])(?![${LETTER}])`,
  'g',
);

/** The code units of LETTER, for the check below. */
function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

/**
 * Whether OLD_STYLE matches with its toned vowel at `i`, given that the
 * character there is in TONED_AFTER_O (`afterU` false) or TONED_AFTER_U: lets
 * a one-pass character survey (char-kinds.ts) tell whether this step has work.
 */
export function oldTonePlaceAt(text: string, i: number, afterU: boolean): boolean {
  const before = text.charCodeAt(i - 1);
  if (afterU) {
    const q = text.charCodeAt(i - 2);
    if ((before !== 0x75 && before !== 0x55) || q === 0x71 || q === 0x51) return false;
  } else if (before !== 0x6f && before !== 0x4f) return false;
  return !isLetter(text.charCodeAt(i + 1));
}

function swap(first: string, toned: string, table: Record<string, string>): string {
  const [base, tone] = [...toned.normalize('NFD')];
  const upperFirst = first !== first.toLowerCase();
  const movedFirst = table[tone].normalize('NFC');
  return (upperFirst ? movedFirst.toUpperCase() : movedFirst) + base.normalize('NFC');
}

export function modernToneMarks(text: string): string {
  OLD_STYLE.lastIndex = 0;
  if (!OLD_STYLE.test(text)) return text;
  return text.replace(OLD_STYLE, (_m, o, a, u, y) => (o ? swap(o, a, O_TONED) : swap(u, y, U_TONED)));
}
