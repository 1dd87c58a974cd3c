/**
 * vnextract as a streaming filter under GNU parallel, as the README shows it
 * for a corpus too large for one process: the news corpus, packed as JSON
 * Lines, cut by `parallel --pipe --block … -k -j 4` into 4 blocks, gives the
 * same output as one run (each block numbers its lines from 1, so
 * `source.path` is compared apart: `source.id` is the join key).
 *
 * Needs Debian's `parallel` (.ci/run installs it) and ../shared/corpus/news.
 * Under CI (`CI` set, or `--mode all`, what `npm run test:all` runs) a missing
 * `parallel` fails the test; elsewhere the test is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'vnextract.js');
const NEWS = join(root, '..', 'shared', 'corpus', 'news');
const env = { ...process.env, NO_COLOR: '1' };
/** The suite runs as CI runs it: `npm run test:all` (vitest --mode all), or with CI set. */
const inCi = Boolean(process.env.CI) || (import.meta as unknown as { env?: { MODE?: string } }).env?.MODE === 'all';
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
const JOBS = 4;

let dir: string | undefined;
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The news corpus as JSON Lines (one record per file, sorted by name); its size and longest line. */
function packNews(path: string): { bytes: number; longest: number; ids: string[] } {
  const ids: string[] = [];
  const lines: string[] = [];
  for (const name of readdirSync(NEWS).filter((n) => n.endsWith('.txt')).sort()) {
    const id = name.replace(/\.txt$/, '');
    ids.push(id);
    lines.push(JSON.stringify({ id, text: readFileSync(join(NEWS, name), 'utf8') }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { bytes: statSync(path).size, longest: Math.max(...lines.map((l) => Buffer.byteLength(l) + 1)), ids };
}

/** Run a command with a file as standard input; its standard output as text. */
function withStdin(file: string, command: string, args: string[]) {
  const fd = openSync(file, 'r');
  try {
    const r = spawnSync(command, args, { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', env, maxBuffer: 1 << 30, timeout: 600_000 });
    return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
  } finally {
    closeSync(fd);
  }
}

const withoutPath = (line: string) => {
  const a = JSON.parse(line);
  const { path, ...source } = a.source;
  return { path: path as string, rest: JSON.stringify({ ...a, source }) };
};

describe('GNU parallel --pipe -k over a JSON Lines corpus', () => {
  it(`gives, in ${JOBS} blocks, the output of one run`, { timeout: 600_000 }, (ctx) => {
    if (!existsSync(NEWS)) {
      const note = `../shared/corpus/news is missing (looked for ${NEWS}): the GNU parallel sharding test cannot run`;
      console.warn(`SKIPPED: ${note}`);
      ctx.skip(note);
    }
    if (!hasParallel) {
      const note = "GNU parallel is not installed (Debian's package `parallel`; .ci/run installs it)";
      if (inCi) throw new Error(`${note}: in CI this test must run`);
      console.warn(`SKIPPED: ${note}`);
      ctx.skip(note);
    }
    dir = mkdtempSync(join(tmpdir(), 'vnextract-parallel-'));
    const corpus = join(dir, 'news.jsonl');
    const { bytes, longest, ids } = packNews(corpus);
    // Each block is cut back to its last whole line: past a quarter by one line, it makes 4 blocks.
    const block = Math.ceil(bytes / JOBS) + longest;
    expect(bytes / JOBS).toBeGreaterThan(3 * longest); // else the blocks could not be 4

    const one = withStdin(corpus, process.execPath, [bin, '-', '--input-format', 'jsonl', '-f', 'jsonl', '-q']);
    expect(one.status, one.stderr).toBe(0);
    const joblog = join(dir, 'jobs.log');
    const sharded = withStdin(corpus, 'parallel', [
      '--will-cite', '--pipe', '--block', String(block), '-k', '-j', String(JOBS), '--joblog', joblog,
      process.execPath, bin, '-', '--input-format', 'jsonl', '-f', 'jsonl', '-q',
    ]);
    expect(sharded.status, sharded.stderr).toBe(0);
    // A header line, then one line per job: the corpus went through 4 processes.
    expect(readFileSync(joblog, 'utf8').trimEnd().split('\n')).toHaveLength(JOBS + 1);

    const a = one.stdout.split('\n').filter(Boolean).map(withoutPath);
    const b = sharded.stdout.split('\n').filter(Boolean).map(withoutPath);
    expect(a.map((x) => JSON.parse(x.rest).source.id)).toEqual(ids);
    expect(b.length).toBe(a.length);
    expect(b.map((x) => x.rest)).toEqual(a.map((x) => x.rest));
    // One run numbers the lines of the whole corpus; each block its own, from 1.
    expect(a.map((x) => x.path)).toEqual(ids.map((_, i) => `-:${i + 1}`));
    expect(b.filter((x) => x.path === '-:1')).toHaveLength(JOBS);
  });
});
