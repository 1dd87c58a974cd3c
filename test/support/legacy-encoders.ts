/**
 * Encoders into the legacy Vietnamese encodings, for making test fixtures:
 * the inverse of what `src/normalize/legacy.ts` and the platform decoders read.
 */
import { fromVni, TCVN3_TABLE } from '../../src/normalize/legacy.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

export function toTcvn3(text: string): Buffer {
  const rev = new Map<string, number>(Object.entries(TCVN3_TABLE).map(([k, v]) => [v, Number(k)]));
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (rev.has(ch)) bytes.push(rev.get(ch)!);
    else if (rev.has(ch.toLowerCase())) bytes.push(rev.get(ch.toLowerCase())!); // TCVN3 has no capital toned letters
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

let vniReverse: Map<string, string> | undefined;
function vniTable(): Map<string, string> {
  if (vniReverse) return vniReverse;
  const rev = new Map<string, string>();
  const marks = 'ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË';
  for (const base of 'aeiouyAEIOUY') for (const mark of marks) {
    const out = fromVni(base + mark);
    if ([...out].length === 1 && !rev.has(out)) rev.set(out, base + mark);
  }
  for (const horn of 'ôöÔÖ') for (const tone of ['', ...'ùøûõïÙØÛÕÏ']) {
    const out = fromVni(horn + tone);
    if ([...out].length === 1 && !rev.has(out)) rev.set(out, horn + tone);
  }
  for (const single of 'ñÑìíæóòîÌÍÆÓÒÎ') rev.set(fromVni(single), single);
  vniReverse = rev;
  return rev;
}

export function toVni(text: string): Buffer {
  const rev = vniTable();
  let glyphs = '';
  for (const ch of text.normalize('NFC')) glyphs += ch.charCodeAt(0) < 0x80 ? ch : (rev.get(ch) ?? '?');
  return Buffer.from(glyphs, 'latin1');
}

export function toWindows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const rev = new Map<string, number>();
  for (let b = 0; b < 256; b++) rev.set(decoder.decode(Uint8Array.of(b)), b);
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (rev.has(ch)) {
      bytes.push(rev.get(ch)!);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((p) => TONES.test(p));
    const base = parts.filter((p) => !TONES.test(p)).join('').normalize('NFC');
    if (!rev.has(base) || (tone && !rev.has(tone))) throw new Error(`cannot encode ${ch} in Windows-1258`);
    bytes.push(rev.get(base)!);
    if (tone) bytes.push(rev.get(tone)!);
  }
  return Buffer.from(bytes);
}

// Windows-1252's characters for bytes 0x80–0x9F (Node's decoder of that name gives C1 controls there).
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * UTF-8 read as Windows-1252 and saved again as UTF-8. `c1`: bytes 0x80–0x9F
 * as C1 control characters (a Latin-1 reading), else as Windows-1252's
 * punctuation (`Ä‘` for `đ`), as Windows programs write them.
 */
export function toMojibake(text: string, c1 = true): Buffer {
  const latin1 = new TextDecoder('windows-1252').decode(Buffer.from(text, 'utf8'));
  if (c1) return Buffer.from(latin1, 'utf8');
  return Buffer.from(latin1.replace(/[\u0080-\u009F]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]), 'utf8');
}
