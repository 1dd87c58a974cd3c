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

// o + toned a/e at the end of a syllable; u + toned y, except after q (quý is one spelling).
const OLD_STYLE = new RegExp(
  `([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?![${LETTER}])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![${LETTER}])`,
  'g',
);

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
