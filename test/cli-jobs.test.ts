/**
 * `-j, --jobs N`: articles extracted on N worker threads, written in input
 * order. The output must be byte for byte the same for any N, with the
 * failures (a binary file, a record that is no JSON, an article over its time
 * budget) reported in the same order at the same places.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'vnextract.js');
const env = { ...process.env, NO_COLOR: '1' };

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnextract-jobs-'));
  // The bundled fixture articles (short and long, text and HTML), a binary file among them, and a JSON Lines corpus with a bad line.
  cpSync(join(root, 'fixtures', 'articles'), join(dir, 'corpus'), { recursive: true, filter: (p) => !p.endsWith('.out.json') });
  writeFileSync(join(dir, 'corpus', 'm-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  const records = Array.from({ length: 6 }, (_, i) =>
    JSON.stringify({ id: `r${i}`, text: `Đại hội Đảng bộ xã lần thứ ${i + 10}, nhiệm kỳ 2025 - 2030, có ${100 + i} đại biểu dự.` }),
  );
  records.splice(3, 0, '{not json');
  writeFileSync(join(dir, 'corpus.jsonl'), `${records.join('\n')}\n`);
});

describe('--jobs', () => {
  it('writes the same bytes, failures and summary for 1, 2 and 3 worker threads', () => {
    const outputs = ['1', '2', '3'].flatMap((j) =>
      ['jsonl', 'csv'].map((format) => ({ j, format, ...run([join(dir, 'corpus'), join(dir, 'corpus.jsonl'), '-f', format, '-j', j]) })),
    );
    for (const o of outputs) {
      const first = outputs.find((x) => x.format === o.format)!;
      expect(o.status, `${o.format} -j ${o.j}`).toBe(1); // the binary file and the bad line fail
      expect(o.stdout, `${o.format} -j ${o.j}`).toBe(first.stdout);
      expect(o.stderr, `${o.format} -j ${o.j}`).toBe(first.stderr);
    }
    const jsonl = outputs.find((x) => x.format === 'jsonl')!;
    const paths = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path as string);
    // Input order: the folder's files sorted, then the records in line order (line 4 is the bad one).
    expect(paths.filter((p) => p.includes('corpus.jsonl:'))).toEqual([1, 2, 3, 5, 6, 7].map((n) => `${join(dir, 'corpus.jsonl')}:${n}`));
    expect(jsonl.stderr).toMatch(/m-image\.txt: error .*\[binary\]/);
    expect(jsonl.stderr).toMatch(/corpus\.jsonl:4: error /);
  });

  it('gives each thread its own time budget: a slow article is stopped, the others are written in order', () => {
    // 100,000 dates in one article (4 MB) take over a second; the short one after it takes milliseconds, on either thread.
    const slow = join(dir, 'a-slow.txt');
    writeFileSync(slow, 'Đại hội diễn ra ngày 15/10/2020. '.repeat(100_000));
    const quick = join(dir, 'b-quick.txt');
    writeFileSync(quick, 'Đại hội Đảng bộ huyện lần thứ XX có 250 đại biểu dự.');
    const r = run([slow, quick, '-f', 'jsonl', '-j', '2', '--timeout', '0.5']);
    expect(r.stderr).toMatch(/a-slow\.txt: error stopped after 0\.5 s/);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([quick]);
  });

  it('rejects a number of threads that is not a whole number from 1 on, as a usage error', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '']) {
      const r = run([join(dir, 'corpus'), '-j', bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--jobs takes a whole number of worker threads/);
    }
  });
});
