/**
 * `-o FILE` is written to a temporary file beside it and renamed over it at
 * the end: a run that is interrupted (Ctrl-C, a kill, a crash) never leaves a
 * truncated JSON or CSV, only the old output or the whole new one. A device
 * (`-o /dev/null`) is written directly; an output that cannot be written is
 * exit 1 with its path and reason, not a usage error.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const env = { ...process.env, NO_COLOR: '1' };
const ARTICLE = 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025, có 250 đại biểu dự.\n';

let dir: string;
const at = (...p: string[]) => join(dir, ...p);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnextract-out-'));
  mkdirSync(at('corpus'));
  // Enough articles that a run takes a while: the kill lands mid-run.
  for (let i = 0; i < 400; i++) writeFileSync(at('corpus', `a${String(i).padStart(3, '0')}.txt`), ARTICLE.repeat(40));
});

/** Start a run into `out`, kill it with `signal` once it has written part of its output, and wait for it to end. */
async function interrupted(out: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [bin, at('corpus'), '-f', 'json', '-j', '1', '-q', '-o', out], { env, stdio: 'ignore' });
  // Wait until the temporary file has grown: the run is in the middle of writing.
  const started = Date.now();
  for (;;) {
    const partial = readdirSync(dir).find((f) => f.endsWith('.vnextract-partial'));
    if (partial && readFileSync(at(partial)).length > 1000) break;
    if (Date.now() - started > 30_000) throw new Error('the run wrote nothing in 30 s');
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill(signal);
  return new Promise((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
}

describe('-o FILE', () => {
  it('keeps the old output whole when a run is killed, and removes its temporary file on SIGTERM and SIGINT', async () => {
    const out = at('facts.json');
    expect(run([at('corpus', 'a000.txt'), '-f', 'json', '-o', out]).status).toBe(0);
    const old = readFileSync(out, 'utf8');
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const ended = await interrupted(out, signal);
      expect(ended.code, signal).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(readFileSync(out, 'utf8'), signal).toBe(old);
      expect(readdirSync(dir).filter((f) => f.includes('vnextract-partial')), signal).toEqual([]);
    }
  }, 120_000);

  it('never leaves a truncated output when the process is killed outright', async () => {
    const out = at('killed.json');
    await interrupted(out, 'SIGKILL');
    // Nothing could clean up; the output was simply never made.
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('writes the whole output when the run ends, as valid JSON, with no temporary file left', () => {
    const out = at('whole.json');
    const r = run([at('corpus'), '-f', 'json', '-q', '-o', out]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(400);
    expect(readdirSync(dir).filter((f) => f.startsWith('.whole.json'))).toEqual([]);
  }, 60_000);

  it('writes a device directly', () => {
    expect(run([at('corpus', 'a000.txt'), '-o', '/dev/null']).status).toBe(0);
  });

  it('reports an output it cannot create with its path and reason, exit 1, no usage hint', () => {
    const r = run([at('corpus', 'a000.txt'), '-o', at('no-such-folder', 'x.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`vnextract: cannot write ${at('no-such-folder', 'x.json')}: no such file\n`);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it may not write into, exit 1', () => {
    mkdirSync(at('locked'));
    chmodSync(at('locked'), 0o555);
    const r = run([at('corpus', 'a000.txt'), '-o', at('locked', 'x.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*x\.json: permission denied/);
  });
});
