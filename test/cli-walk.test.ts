/**
 * Walking folders never loses a file: what a folder walk and a glob pick
 * (the same files, in the same order), what they skip (hidden entries,
 * node_modules, Markdown unless asked), symbolic links (a folder followed
 * once, a loop reported), entries that cannot be read (reported with their
 * own path, the rest still extracted), and paths kept as the user wrote them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const env = { ...process.env, NO_COLOR: '1' };
const ARTICLE = 'Đại hội Đảng bộ xã lần thứ XX có 100 đại biểu dự.\n';

let dir: string;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '-f', 'jsonl', '-q'], { encoding: 'utf8', env, cwd: dir, timeout: 60_000 });
  const paths = String(r.stdout ?? '')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).source.path as string);
  return { status: r.status, paths, stderr: String(r.stderr ?? '') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnextract-walk-'));
  const files = ['c/a.txt', 'c/B.TXT', 'c/a-z.txt', 'c/a/deep.txt', 'c/README.md', 'c/notes.MD', 'c/sub/x.html', 'c/sub/y.htm', 'c/node_modules/n.txt', 'c/.hidden/h.txt', 'c/.h.txt', 'plain/p.txt', 'plain/q/r.txt'];
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), ARTICLE);
  }
  symlinkSync('sub', join(dir, 'c', 'link')); // a second name for sub/: its files are read once
  symlinkSync('..', join(dir, 'c', 'sub', 'up')); // back to c/: a loop
  symlinkSync('gone.txt', join(dir, 'c', 'dangling.txt')); // a link to nothing
});

describe('folder walking', () => {
  it('reads articles in sorted order folder by folder, skipping hidden entries, node_modules and Markdown', () => {
    const r = run(['c']);
    expect(r.paths).toEqual(['c/B.TXT', 'c/a/deep.txt', 'c/a-z.txt', 'c/a.txt', 'c/link/x.html', 'c/link/y.htm']);
  });

  it('reports a symbolic link loop and a dangling link with their own paths, and extracts every other file', () => {
    const r = run(['c']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('c/link/up: error symbolic link loop');
    expect(r.stderr).toContain('c/dangling.txt: error no such file or folder');
    expect(r.paths).toHaveLength(6);
  });

  it('picks the same files in the same order with a glob as with a walk', () => {
    expect(run(['c/**/*']).paths).toEqual(run(['c']).paths);
  });

  it('reads Markdown only when asked', () => {
    expect(run(['c', '--ext', 'txt,md']).paths).toEqual(['c/B.TXT', 'c/README.md', 'c/a/deep.txt', 'c/a-z.txt', 'c/a.txt', 'c/notes.MD']);
    const bad = spawnSync(process.execPath, [bin, 'c', '--ext', ',,'], { encoding: 'utf8', env, cwd: dir });
    expect(bad.status).toBe(2);
  });

  it('keeps paths as written: ./ stays, absolute stays absolute', () => {
    expect(run(['./plain']).paths).toEqual(['./plain/p.txt', './plain/q/r.txt']);
    expect(run(['plain/']).paths).toEqual(['plain/p.txt', 'plain/q/r.txt']);
    expect(run([join(dir, 'plain')]).paths).toEqual([join(dir, 'plain', 'p.txt'), join(dir, 'plain', 'q', 'r.txt')]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable subfolder by its own path and reads the rest', () => {
    mkdirSync(join(dir, 'd', 'locked'), { recursive: true });
    writeFileSync(join(dir, 'd', 'ok.txt'), ARTICLE);
    writeFileSync(join(dir, 'd', 'locked', 'no.txt'), ARTICLE);
    chmodSync(join(dir, 'd', 'locked'), 0o000);
    try {
      const r = run(['d']);
      expect(r.paths).toEqual(['d/ok.txt']);
      expect(r.stderr).toContain('d/locked: error permission denied');
    } finally {
      chmodSync(join(dir, 'd', 'locked'), 0o755);
    }
  });
});
