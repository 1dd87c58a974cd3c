import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffBinary, SNIFF_BYTES } from '../src/normalize/binary.js';

const encodings = join(import.meta.dirname, '..', 'fixtures', 'encodings');
const viet = Buffer.from('Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.\n');

describe('sniffBinary', () => {
  it('reads every supported text encoding as text (UTF-16 with its NULs included)', () => {
    const files = readdirSync(encodings).filter((f) => !f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect([f, sniffBinary(readFileSync(join(encodings, f)).subarray(0, SNIFF_BYTES))]).toEqual([f, null]);
    expect(sniffBinary(Buffer.alloc(0))).toBeNull();
  });

  it('calls NUL bytes binary, an all-NUL file included', () => {
    expect(sniffBinary(Buffer.alloc(4096))).toBe('NUL byte at offset 0');
    expect(sniffBinary(Buffer.from('plain ASCII\0with a NUL'))).toBe('NUL byte at offset 11');
    const noise = Buffer.from(Array.from({ length: SNIFF_BYTES }, (_, i) => (i * 7919 + 13) % 256));
    expect(sniffBinary(noise)).toMatch(/^NUL byte/);
  });

  it('keeps a Vietnamese article with a stray NUL, even with a letter cut at the block end', () => {
    expect(sniffBinary(Buffer.concat([viet, Buffer.from([0]), viet]))).toBeNull();
    const cut = Buffer.concat([Buffer.from([0]), viet]).subarray(0, 3 + 1); // "\0Đ" + first byte of "ạ"
    expect(sniffBinary(cut)).toBeNull();
  });

  it('knows image, document and archive signatures without NUL bytes', () => {
    const sig = (bytes: number[] | string) => sniffBinary(Buffer.concat([Buffer.from(bytes as never), Buffer.from(' text after')]));
    expect(sig('%PDF-1.7\n')).toBe('a PDF document');
    expect(sig([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).toBe('a PNG image');
    expect(sig([0xff, 0xd8, 0xff, 0xe0])).toBe('a JPEG image');
    expect(sig('GIF89a')).toBe('a GIF image');
    expect(sig([0x50, 0x4b, 0x03, 0x04])).toMatch(/ZIP/);
    expect(sig([0x1f, 0x8b, 0x08])).toBe('gzip-compressed data');
  });

  it('does not take text that merely starts like a signature for binary', () => {
    expect(sniffBinary(Buffer.from('GIF là một định dạng ảnh.'))).toBeNull();
    expect(sniffBinary(Buffer.from('PDF: báo cáo chính trị'))).toBeNull();
  });
});
