/** The package as users import it (`import { extract } from 'vnextract'`: the built dist/). */
import { describe, expect, it } from 'vitest';

describe("import { extract } from 'vnextract'", () => {
  it('returns the article object for a string and for bytes', async () => {
    const { extract } = await import('vnextract');
    const text = 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 có 250 đại biểu dự.';
    for (const input of [text, Buffer.from(text)]) {
      const a = await extract(input, { path: 'x.txt' });
      expect(a.source.path).toBe('x.txt');
      expect(a.congresses.map((c) => [c.ordinal, c.term])).toEqual([[20, '2020-2025']]);
      expect(a.counts.map((c) => [c.role, c.count])).toEqual([['delegates', 250]]);
    }
  });

  it('exports the binary sniffer the command line skips files with', async () => {
    const { sniffBinary } = await import('vnextract');
    expect(sniffBinary(Buffer.from('%PDF-1.4\n'))).toBe('a PDF document');
    expect(sniffBinary(Buffer.from('Đại hội lần thứ XX.'))).toBeNull();
  });
});
