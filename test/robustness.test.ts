/** Inputs that scrapers produce by accident: nothing crashes, and problems are said. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const reasons = (a: { messages: { reason: string }[] }) => a.messages.map((m) => m.reason).join('\n');

describe('bad input', () => {
  it('says an empty article is empty', async () => {
    expect(reasons(await extract(Buffer.alloc(0)))).toMatch(/empty/);
    expect(reasons(await extract('  \n\t\n'))).toMatch(/empty/);
  });

  it('says binary input is not text', async () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(reasons(await extract(bytes))).toMatch(/binary/);
  });

  it('reads a page nested deeper than the HTML parser can go, and says so', async () => {
    const html = `<html><body>${'<div>'.repeat(6000)}<p>Đại hội Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020-2025.</p>${'</div>'.repeat(6000)}</body></html>`;
    const a = await extract(html, { path: 'deep.html' });
    expect(reasons(a)).toMatch(/nests too deeply/);
    expect(a.congresses.map((c) => [c.ordinal, c.term])).toEqual([[11, '2020-2025']]);
  });

  // A long line of numbers and dashes without spaces (once 6 s, work growing
  // with the square of the line): test/linear-time.test.ts, by ratio.
});
