/**
 * Is this the start of a text, or of something else (an image, a PDF, an
 * archive, raw bytes)? Decided from the first block alone, as ripgrep does,
 * so a reader can stop at once instead of decoding megabytes of noise:
 *   - a known binary signature (image, PDF, ZIP/Office, gzip and other
 *     compressed formats, executables) at the start;
 *   - or a NUL byte, which no text in a supported encoding holds (UTF-16 is
 *     read only with its BOM, and exempt), unless the block is UTF-8 that
 *     plainly holds Vietnamese (a stray NUL in a real article is kept).
 */
import { isUtf8 } from 'node:buffer';

/** How many leading bytes the decision looks at (ripgrep's default buffer). */
export const SNIFF_BYTES = 64 * 1024;

const SIGNATURES: [bytes: (number | null)[], what: string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], 'a GIF image'], // GIF87a
  [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'a GIF image'], // GIF89a
  [[0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], 'a WebP image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'], // %PDF-
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a .docx/.xlsx/.odt document)'],
  [[0x50, 0x4b, 0x05, 0x06], 'a ZIP archive'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 'bzip2-compressed data'], // BZh?1AY&SY
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz-compressed data'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'zstd-compressed data'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Office document (.doc/.xls)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
];

const startsWith = (block: Uint8Array, sig: (number | null)[]) =>
  block.length >= sig.length && sig.every((b, i) => b === null || block[i] === b);

// Letters only Vietnamese writes: đ, ơ, ư and the precomposed toned vowels (U+1EA0–U+1EF9).
const VIETNAMESE = /[đĐơƠưƯ\u1ea0-\u1ef9]/;

/** UTF-8 text of the block, tolerating a character cut at the block's end; null if not UTF-8. */
function utf8Text(block: Uint8Array): string | null {
  for (let cut = 0; cut < 4 && cut < block.length; cut++) {
    const head = block.subarray(0, block.length - cut);
    if (isUtf8(head)) return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8');
    // Only a truncated multi-byte sequence at the very end is forgiven.
    if (block[block.length - 1 - cut] < 0x80) return null;
  }
  return null;
}

/**
 * Why the block is not text (`"a PDF document"`, `"NUL byte at offset 12"`),
 * or null when it reads as text. Pass the first `SNIFF_BYTES` of the input
 * (or all of it when shorter).
 */
export function sniffBinary(block: Uint8Array): string | null {
  if (block.length === 0) return null;
  for (const [sig, what] of SIGNATURES) if (startsWith(block, sig)) return what;
  // UTF-16 with a BOM is text in a supported encoding; its NULs are half its ASCII.
  if ((block[0] === 0xff && block[1] === 0xfe) || (block[0] === 0xfe && block[1] === 0xff)) return null;
  const nul = block.indexOf(0);
  if (nul < 0) return null;
  const text = utf8Text(block);
  if (text !== null && VIETNAMESE.test(text)) return null;
  return `NUL byte at offset ${nul}`;
}
