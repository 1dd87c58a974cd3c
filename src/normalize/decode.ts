/**
 * Bytes to text. UTF-8 with or without BOM, and UTF-16 with a BOM. Invalid
 * UTF-8 is decoded with replacement characters and reported, never thrown.
 */
export interface Decoded {
  text: string;
  /** How the bytes were read: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `string`. */
  encoding: string;
  /** Problems found while decoding, for the file's messages. */
  problems: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(input: Uint8Array | string): Decoded {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return { text, encoding: 'string', problems: [] };
  }
  if (input[0] === 0xff && input[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(input.subarray(2)), encoding: 'utf-16le', problems: [] };
  }
  if (input[0] === 0xfe && input[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(input.subarray(2)), encoding: 'utf-16be', problems: [] };
  }
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const body = bom ? input.subarray(3) : input;
  const encoding = bom ? 'utf-8-bom' : 'utf-8';
  try {
    return { text: utf8.decode(body), encoding, problems: [] };
  } catch {
    const text = utf8Lenient.decode(body);
    let bad = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
    return {
      text,
      encoding,
      problems: [`input is not valid UTF-8: ${bad} byte sequence(s) replaced by U+FFFD`],
    };
  }
}
