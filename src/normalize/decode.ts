/**
 * Bytes to text. UTF-8 with or without BOM and UTF-16 with a BOM are read as
 * they are. Bytes that are not UTF-8 are tried as the legacy Vietnamese
 * encodings (Windows-1258, TCVN3, VNI) and read as the one that gives
 * Vietnamese; UTF-8 that holds mojibake (UTF-8 once read as Windows-1252) or
 * TCVN3/VNI glyphs is repaired where the repair is certain. Every conversion
 * and every doubt is reported; nothing throws.
 */
import { isUtf8, transcode } from 'node:buffer';
import { sniffBinary, SNIFF_BYTES } from './binary.js';
import { characterKinds, SUSPECT_LATIN1 } from './char-kinds.js';
import { convertLegacyGlyphs, decodeLegacyBytes, LEGACY_NAMES, repairMojibake, vietnameseScore } from './legacy.js';

/**
 * What kind of thing decoding did or found, for the message's rule id
 * (`decode/<kind>`): a repair or a conversion that reads as Vietnamese is a
 * note, the others are damage.
 *   - `invalid-utf8`: a few bytes were not UTF-8 and were replaced by U+FFFD;
 *   - `converted`: a legacy encoding (Windows-1258, TCVN3, VNI) or legacy-font glyphs, converted to Unicode;
 *   - `unknown-encoding`: not UTF-8 and no Vietnamese encoding fits (or the bytes look binary): the text may be garbage;
 *   - `mojibake-repaired`: UTF-8 once read as Windows-1252, repaired.
 */
export type DecodeKind = 'invalid-utf8' | 'converted' | 'unknown-encoding' | 'mojibake-repaired';

export interface DecodeProblem {
  reason: string;
  kind: DecodeKind;
}

/** Kinds that are repairs or conversions done right: information, not warnings. */
export const DECODE_NOTES: ReadonlySet<DecodeKind> = new Set<DecodeKind>(['converted', 'mojibake-repaired']);

export interface Decoded {
  text: string;
  /** How the input was read: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, `tcvn3`, `vni`, `windows-1252`, `string`. */
  encoding: string;
  /** Conversions and problems, for the file's messages. */
  problems: DecodeProblem[];
}

const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Valid UTF-8 as text, or null. Same result as a fatal, BOM-keeping
 * TextDecoder, but Node 20's TextDecoder turns Vietnamese (mostly non-ASCII)
 * into a string at ~200 MB/s, while ICU's transcoder to UTF-16 and a copy of
 * those bytes into a string run ~8 times faster. `isUtf8` (validation only)
 * keeps the fatal behaviour: invalid bytes go to the legacy path below.
 */
function decodeUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function countReplacements(text: string): number {
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return bad;
}

/** Repairs inside text that decoded fine: mojibake runs, legacy font glyphs. */
function repairText(text: string, encoding: string, problems: DecodeProblem[]): Decoded {
  // Mojibake and legacy glyphs always contain Latin-1 characters Vietnamese never
  // writes. (The survey is remembered: the normaliser asks about the same text.)
  if (!(characterKinds(text) & SUSPECT_LATIN1)) return { text, encoding, problems };
  let out = text;
  let enc = encoding;
  const moji = repairMojibake(out);
  if (moji.repaired > 0) {
    out = moji.text;
    problems.push({
      reason: `repaired ${moji.repaired} run(s) of mojibake (UTF-8 that had been read as Windows-1252, e.g. "Ä‘áº¡i" for "đại")`,
      kind: 'mojibake-repaired',
    });
  }
  const legacy = convertLegacyGlyphs(out);
  if (legacy) {
    out = legacy.text;
    enc = `${encoding}+${legacy.encoding}`;
    problems.push({ reason: `converted text typed in ${LEGACY_NAMES[legacy.encoding]} glyphs to Unicode`, kind: 'converted' });
  }
  return { text: out, encoding: enc, problems };
}

export function decode(input: Uint8Array | string): Decoded {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return repairText(text, 'string', []);
  }
  if (input[0] === 0xff && input[1] === 0xfe) {
    return repairText(new TextDecoder('utf-16le').decode(input.subarray(2)), 'utf-16le', []);
  }
  if (input[0] === 0xfe && input[1] === 0xff) {
    return repairText(new TextDecoder('utf-16be').decode(input.subarray(2)), 'utf-16be', []);
  }
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const body = bom ? input.subarray(3) : input;
  const encoding = bom ? 'utf-8-bom' : 'utf-8';
  const utf8 = decodeUtf8(body);
  if (utf8 !== null) return repairText(utf8, encoding, []);
  // Not UTF-8: a few damaged bytes in UTF-8, or a legacy encoding?
  const lenient = utf8Lenient.decode(body);
  const bad = countReplacements(lenient);
  const legacy = decodeLegacyBytes(body);
  const lenientScore = vietnameseScore(lenient);
  if (bad <= Math.max(2, lenient.length / 1000) && lenientScore >= legacy.score) {
    return { text: lenient, encoding, problems: [{ reason: `input is not valid UTF-8: ${bad} byte sequence(s) replaced by U+FFFD`, kind: 'invalid-utf8' }] };
  }
  const problem: DecodeProblem = { reason: `input is not UTF-8: read as ${LEGACY_NAMES[legacy.encoding]} and converted to Unicode`, kind: 'converted' };
  const binary = sniffBinary(body.subarray(0, SNIFF_BYTES));
  if (binary) {
    problem.reason = `input looks binary, not text (${binary}): read as ${LEGACY_NAMES[legacy.encoding]}, the text is likely garbage`;
    problem.kind = 'unknown-encoding';
  } else if (legacy.encoding === 'windows-1252' || legacy.score < 0.02) {
    problem.reason += ' (no Vietnamese encoding fits; the text may be garbled)';
    problem.kind = 'unknown-encoding';
  }
  return { text: legacy.text, encoding: legacy.encoding, problems: [problem] };
}
