/**
 * Progress on standard error: shown to a person at a terminal (a real
 * pseudo-terminal here, through util-linux's `script`), never in a log or a
 * pipe unless asked, never mixed into a diagnostic line, and gone with
 * `--quiet` or `--no-progress`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const env = { ...process.env, NO_COLOR: '1' };
const ARTICLE = 'Đại hội Đảng bộ xã lần thứ XX có 100 đại biểu dự.\n';
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

let dir: string;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** The command run on a pseudo-terminal: what a person would see (standard output and error together). */
function onTerminal(args: string[]): string {
  const command = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env, timeout: 60_000 });
  return String(r.stdout ?? '');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnextract-progress-'));
  mkdirSync(join(dir, 'corpus'));
  for (let i = 0; i < 30; i++) writeFileSync(join(dir, 'corpus', `a${String(i).padStart(2, '0')}.txt`), ARTICLE);
  writeFileSync(join(dir, 'corpus', 'a15-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
});

describe('progress', () => {
  it('is not written when standard error is not a terminal', () => {
    const r = run([join(dir, 'corpus'), '-f', 'jsonl', '-o', '/dev/null']);
    expect(r.stderr).not.toMatch(/file\(s\)|\r/);
    expect(r.stderr).toMatch(/^.*a15-image\.txt: error .*\[binary\]\nvnextract: 30 article\(s\) extracted, 1 failure\(s\) → \/dev\/null\n$/);
  });

  it('is written when asked, cleared before each diagnostic and at the end', () => {
    const r = run([join(dir, 'corpus'), '-f', 'jsonl', '-o', '/dev/null', '--progress']);
    expect(r.stderr).toMatch(/vnextract: \d+\/31 file\(s\), \d+ article\(s\), [\d.]+ MB, [\d.]+ MB\/s, \S+ left/);
    // What is left on the screen once each \r… \x1b[K redraw is applied: the diagnostic and the summary, whole.
    const screen = r.stderr.split('\n').map((line) => line.split('\r\x1b[K').pop());
    expect(screen.filter(Boolean)).toEqual([expect.stringMatching(/a15-image\.txt: error .*\[binary\]$/), 'vnextract: 30 article(s) extracted, 1 failure(s) → /dev/null']);
  });

  it.skipIf(!hasScript)('is shown on a terminal, and not with --quiet or --no-progress', () => {
    const seen = onTerminal([join(dir, 'corpus'), '-f', 'jsonl', '-o', '/dev/null']);
    expect(seen).toMatch(/\d+\/31 file\(s\)/);
    for (const off of ['--quiet', '--no-progress']) expect(onTerminal([join(dir, 'corpus'), '-f', 'jsonl', '-o', '/dev/null', off]), off).not.toMatch(/file\(s\)/);
  });
});
