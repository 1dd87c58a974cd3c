/**
 * Vietnamese text in the encodings that old archives still hold, and the
 * damage scrapers do, turned into Unicode:
 *   - Windows-1258 (base letters + combining tone marks; decoded by the
 *     platform's TextDecoder, composed later by NFC);
 *   - TCVN3 / ABC (one byte per toned letter: `§¹i héi` for `Đại hội`);
 *   - VNI (a letter followed by mark characters: `Ñaïi hoäi`);
 *   - UTF-8 read as Windows-1252 and saved again (`Ä‘áº¡i` for `đại`).
 * Bytes or glyphs are converted only when the result reads as Vietnamese
 * clearly better than the input did; every conversion is reported.
 */

// TCVN3 (TCVN 5712:1993, VN3): Latin-1 code point → Vietnamese letter.
const TCVN3: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};
export const TCVN3_TABLE: Readonly<Record<number, string>> = TCVN3;

/** Text read byte for byte (Latin-1 glyphs) to Unicode through the TCVN3 table. */
export function fromTcvn3(glyphs: string): string {
  let out = '';
  for (let i = 0; i < glyphs.length; i++) {
    const c = glyphs.charCodeAt(i);
    out += TCVN3[c] ?? glyphs[i];
  }
  return out;
}

// VNI: a vowel followed by one or two mark characters.
const TONE: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const HAT_TONE: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const BREVE_TONE: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
const VNI_SINGLE: Record<string, string> = {
  ñ: 'đ', Ñ: 'Đ', ì: 'ì', í: 'í', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ',
  Ì: 'Ì', Í: 'Í', Æ: 'Ỉ', Ó: 'Ĩ', Ò: 'Ị', Î: 'Ỵ',
};
// A vowel and its mark, or a horn letter (ô is ơ, ö is ư in VNI) and its tone.
// One pass, so a letter made from a mark is never read again as a VNI glyph.
const VNI_MARKS = /([aeiouyAEIOUY])([ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË])|([ôöÔÖ])([ùøûõïÙØÛÕÏ])?|([ñÑìíæóòîÌÍÆÓÒÎ])/g;
const HORN: Record<string, string> = { ô: 'ơ', ö: 'ư', Ô: 'Ơ', Ö: 'Ư' };

function vniLetter(base: string, mark: string): string | null {
  const lower = base.toLowerCase();
  const k = mark.toLowerCase();
  let letter = lower;
  let tone: string;
  if (k in TONE) tone = TONE[k];
  else if (k in HAT_TONE && 'aeo'.includes(lower)) {
    letter = { a: 'â', e: 'ê', o: 'ô' }[lower as 'a' | 'e' | 'o'];
    tone = HAT_TONE[k];
  } else if (k in BREVE_TONE && lower === 'a') {
    letter = 'ă';
    tone = BREVE_TONE[k];
  } else return null;
  const composed = (letter + tone).normalize('NFC');
  return base !== lower ? composed.toUpperCase() : composed;
}

/** Text in VNI glyphs to Unicode: `Ñaïi hoäi` → `Đại hội`, `Ngöôøi` → `Người`. */
export function fromVni(glyphs: string): string {
  return glyphs.replace(VNI_MARKS, (m, base?: string, mark?: string, horn?: string, tone?: string, single?: string) => {
    if (single) return VNI_SINGLE[single];
    if (base && mark) return vniLetter(base, mark) ?? m;
    const letter = HORN[horn!];
    const withTone = tone ? (letter + TONE[tone.toLowerCase()]).normalize('NFC') : letter;
    return horn === horn!.toUpperCase() ? withTone.toUpperCase() : withTone;
  });
}

// Windows-1252's characters in 0x80–0x9F, for undoing UTF-8 read as Windows-1252.
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const MOJIBAKE_RUN = /[\u00C2-\u00F4][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+(?:[\u00C2-\u00F4][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+)*/g;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const VIETNAMESE_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
/** What a repaired run may read as: Vietnamese letters (composed or with their combining marks) and the punctuation news sites use. */
export const REPAIRED = new RegExp(
  `^[${VIETNAMESE_LETTERS}${VIETNAMESE_LETTERS.toUpperCase()}\\u0300\\u0301\\u0302\\u0303\\u0306\\u0309\\u031B\\u0323–—‘’“”…•·«»°©®€\\u00A0\\u00AD]+$`,
);
/** NBSP and soft hyphen: a Vietnamese capital before one (`Ô` + NBSP, bytes D4 A0) is valid UTF-8 by chance, so they prove nothing. */
const WEAK_CONTINUATION = /^[\u00C2-\u00F4\u00A0\u00AD]+$/;
/** Characters that must come back as Vietnamese before anything is repaired: one or two may be chance. */
const MIN_CERTAIN = 3;

/** A run of Windows-1252 characters as the UTF-8 it once was, or null when those bytes are not valid UTF-8. */
function asUtf8(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    const b = c <= 0xff ? c : CP1252_HIGH[run[i]];
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Undo UTF-8 that was read as Windows-1252 and saved again. Each run of such
 * characters is turned back into bytes and read as UTF-8. Valid UTF-8 alone
 * is not proof: clean text makes it by chance (`huyện Ý` + NBSP is the bytes
 * of `ݠ`). So a text is repaired only when several characters come back as
 * Vietnamese letters or common punctuation from runs whose continuation
 * characters are not NBSP and soft hyphens alone; then every run that reads as Vietnamese is repaired, and
 * so is any other that is not made of NBSP and soft hyphens alone (`â‰¥` is ≥).
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  const runs: { at: number; run: string; fixed: string; vietnamese: boolean; weak: boolean }[] = [];
  let certain = 0;
  let invalid = 0;
  for (const m of text.matchAll(MOJIBAKE_RUN)) {
    const fixed = asUtf8(m[0]);
    // Control characters mean the bytes were not text.
    if (fixed === null || /[\u0000-\u001F\u007F-\u009F]/.test(fixed)) {
      invalid++;
      continue;
    }
    const vietnamese = REPAIRED.test(fixed);
    const weak = WEAK_CONTINUATION.test(m[0]);
    if (vietnamese && !weak) certain += [...fixed].length;
    runs.push({ at: m.index, run: m[0], fixed, vietnamese, weak });
  }
  if (certain < MIN_CERTAIN || certain <= invalid) return { text, repaired: 0 };
  let out = '';
  let last = 0;
  let repaired = 0;
  for (const { at, run, fixed, vietnamese, weak } of runs) {
    if (!vietnamese && weak) continue;
    out += text.slice(last, at) + fixed;
    last = at + run.length;
    repaired++;
  }
  return { text: out + text.slice(last), repaired };
}

/**
 * Mojibake that `repairMojibake` left in a text (too little of it to be
 * certain, `Báo Ä‘áº¡i`): runs that read back as Vietnamese letters or
 * punctuation, whose continuation characters are not NBSP and soft hyphens
 * alone. A capital before a closing quote (`NGÃ”` is the bytes of `Ô`) is
 * chance, not damage; a lower-case letter or a run of three (`â€œ` for `“`)
 * is not: `vnextract check` reports those.
 */
export function mojibakeLeft(text: string): { count: number; first: { start: number; end: number; fixed: string } | null } {
  let count = 0;
  let first: { start: number; end: number; fixed: string } | null = null;
  for (const m of text.matchAll(MOJIBAKE_RUN)) {
    const fixed = asUtf8(m[0]);
    if (fixed === null || !REPAIRED.test(fixed) || WEAK_CONTINUATION.test(m[0])) continue;
    // Two characters that read as one capital may be chance; a lower-case letter, or three bytes (`â€œ` for `“`), are not.
    if (m[0].length < 3 && fixed === fixed.toUpperCase()) continue;
    count++;
    first ??= { start: m.index, end: m.index + m[0].length, fixed };
  }
  return { count, first };
}

// Frequent Vietnamese syllables: how much of a text reads as Vietnamese.
const COMMON = new Set(
  ('của và các là được trong có đã người những cho với năm này một không đến tại theo đại hội việt nam tỉnh đồng ' +
    'chí phát triển kinh tế xã đảng bộ nhiệm kỳ thứ lần ngày tháng về từ khi đó cũng như sự công tác đạo lãnh ' +
    'thực hiện nâng cao chất lượng biểu viên chính trị quốc gia dân thành phố huyện trên hơn số mới để vào ra').split(' '),
);

/** Share of words that are frequent Vietnamese syllables (0..1). */
export function vietnameseScore(text: string, limit = 20000): number {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  let words = 0;
  let hits = 0;
  for (const m of sample.normalize('NFC').toLowerCase().matchAll(/[^\s\d.,;:!?()"'[\]/-]+/g)) {
    words++;
    if (COMMON.has(m[0])) hits++;
  }
  return words === 0 ? 0 : hits / words;
}

export type Legacy = 'windows-1258' | 'tcvn3' | 'vni' | 'windows-1252';

const latin1 = new TextDecoder('latin1');
const cp1258 = new TextDecoder('windows-1258');

/** Candidate readings of bytes that are not UTF-8, best first. */
export function decodeLegacyBytes(bytes: Uint8Array): { text: string; encoding: Legacy; score: number } {
  const glyphs = latin1.decode(bytes); // WHATWG latin1 is Windows-1252
  const candidates: { text: string; encoding: Legacy }[] = [
    { text: cp1258.decode(bytes).normalize('NFC'), encoding: 'windows-1258' },
    { text: fromTcvn3(glyphs), encoding: 'tcvn3' },
    { text: fromVni(glyphs), encoding: 'vni' },
    { text: glyphs, encoding: 'windows-1252' },
  ];
  let best = { ...candidates[3], score: -1 };
  for (const c of candidates) {
    const score = vietnameseScore(c.text);
    if (score > best.score) best = { ...c, score };
  }
  return best;
}

// Glyphs that TCVN3 or VNI text shows and Unicode Vietnamese never uses.
const LEGACY_GLYPHS = /[§¹¶·µ¸¾ÆÇËÎÑÖ×ØÜÞßæçëîïñöøûü¢£¤¥¦¨©ª«¬®]/g;

/**
 * Valid UTF-8 that holds legacy glyphs (text typed with a TCVN3 or VNI font
 * and copied as it looked). Converted only when many such glyphs appear and
 * the conversion reads far more like Vietnamese.
 */
export function convertLegacyGlyphs(text: string): { text: string; encoding: 'tcvn3' | 'vni' } | null {
  const sample = text.slice(0, 20000);
  const glyphs = sample.match(LEGACY_GLYPHS)?.length ?? 0;
  if (glyphs < 5 || glyphs < sample.length / 200) return null;
  const before = vietnameseScore(sample);
  const tcvn = fromTcvn3(sample);
  const vni = fromVni(sample);
  const [st, sv] = [vietnameseScore(tcvn), vietnameseScore(vni)];
  const best = st >= sv ? { encoding: 'tcvn3' as const, score: st } : { encoding: 'vni' as const, score: sv };
  if (best.score < before + 0.1) return null;
  return { text: best.encoding === 'tcvn3' ? fromTcvn3(text) : fromVni(text), encoding: best.encoding };
}

/** A label for messages. */
export const LEGACY_NAMES: Record<Legacy, string> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  'windows-1252': 'Windows-1252',
};
