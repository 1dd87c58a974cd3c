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

export interface Decoded {
  text: string;
  /** How the input was read: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, `tcvn3`, `vni`, `windows-1252`, `string`. */
  encoding: string;
  /** Conversions and problems, as warnings for the file's messages. */
  problems: string[];
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
function repairText(text: string, encoding: string, problems: string[]): Decoded {
  // Mojibake and legacy glyphs always contain Latin-1 characters Vietnamese never
  // writes. (The survey is remembered: the normaliser asks about the same text.)
  if (!(characterKinds(text) & SUSPECT_LATIN1)) return { text, encoding, problems };
  let out = text;
  let enc = encoding;
  const moji = repairMojibake(out);
  if (moji.repaired > 0) {
    out = moji.text;
    problems.push(`repaired ${moji.repaired} run(s) of mojibake (UTF-8 that had been read as Windows-1252, e.g. "Ä‘áº¡i" for "đại")`);
  }
  const legacy = convertLegacyGlyphs(out);
  if (legacy) {
    out = legacy.text;
    enc = `${encoding}+${legacy.encoding}`;
    problems.push(`converted text typed in ${LEGACY_NAMES[legacy.encoding]} glyphs to Unicode`);
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
    return { text: lenient, encoding, problems: [`input is not valid UTF-8: ${bad} byte sequence(s) replaced by U+FFFD`] };
  }
  const problems = [`input is not UTF-8: read as ${LEGACY_NAMES[legacy.encoding]} and converted to Unicode`];
  const binary = sniffBinary(body.subarray(0, SNIFF_BYTES));
  if (binary) problems[0] = `input looks binary, not text (${binary}): read as ${LEGACY_NAMES[legacy.encoding]}, the text is likely garbage`;
  else if (legacy.encoding === 'windows-1252' || legacy.score < 0.02) problems[0] += ' (no Vietnamese encoding fits; the text may be garbled)';
  return { text: legacy.text, encoding: legacy.encoding, problems };
}
