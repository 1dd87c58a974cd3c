/**
 * The command line's input and output, as users run it (the built binary):
 * standard input as a stream, bounded and binary-proof reading, an output
 * that is also an input, write errors, a reader that goes away, diagnostics
 * that a file name cannot forge, usage errors.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCli } from './support/built-cli.js';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const env = { ...process.env, NO_COLOR: '1' };

function run(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000, ...options });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), signal: r.signal };
}

/** Run with a file (or device) as standard input. */
function runWithStdin(path: string, args: string[], extra: SpawnSyncOptions = {}) {
  const fd = openSync(path, 'r');
  try {
    return run(args, { stdio: [fd, 'pipe', 'pipe'], ...extra });
  } finally {
    closeSync(fd);
  }
}

const ARTICLE = 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025, có 250 đại biểu dự.\n';
let dir: string;
const at = (...p: string[]) => join(dir, ...p);

beforeAll(() => {
  assertBuiltCli();
  dir = mkdtempSync(join(tmpdir(), 'vnextract-io-'));
  writeFileSync(at('a.txt'), ARTICLE);
});

describe('standard input is read as a stream', () => {
  /** Spawn, feed standard input slowly (a pipe that is empty when the tool starts), collect. */
  function slowPipe(args: string[], chunks: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
      let i = 0;
      const next = () => {
        if (i < chunks.length) child.stdin.write(chunks[i++], () => setTimeout(next, 300));
        else child.stdin.end();
      };
      setTimeout(next, 500);
    });
  }

  it('extract: waits for data that comes late, in pieces (`(sleep 1; cat x) | vnextract -`)', async () => {
    const r = await slowPipe(['-', '-f', 'jsonl'], [ARTICLE.slice(0, 20), ARTICLE.slice(20)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: { path: '-', bytes: Buffer.byteLength(ARTICLE) }, counts: [{ count: 250 }] });
  });

  it('tokenize: the same reader', async () => {
    const r = await slowPipe(['tokenize', '-', '--json'], [ARTICLE]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sentences[0].tokens[0]).toEqual({ type: 'word', text: 'Đại hội' });
  });

  it('stops reading an endless stream at --max-bytes (`yes x | vnextract -`), and says so', async () => {
    const limit = 1024 * 1024;
    const { status, stderr, written } = await new Promise<{ status: number | null; stderr: string; written: number }>((resolve) => {
      const child = spawn(process.execPath, [bin, '-', '--max-bytes', '1M'], { env });
      let stderr = '';
      let written = 0;
      child.stderr.on('data', (d) => (stderr += d));
      child.stdin.on('error', () => {}); // EPIPE once the tool stops reading: expected
      const block = Buffer.from('x\n'.repeat(32 * 1024));
      const pump = () => {
        if (child.stdin.destroyed || written > 64 * limit) return child.stdin.end();
        written += block.length;
        child.stdin.write(block, (e) => (e ? undefined : setImmediate(pump)));
      };
      pump();
      child.on('close', (status) => resolve({ status, stderr, written }));
    });
    expect(status).toBe(1);
    expect(stderr).toContain('-: error larger than --max-bytes 1M (1048576 bytes): skipped [max-bytes]');
    // It read about the limit and let go of the pipe: far less than the 64 MB offered.
    expect(written).toBeLessThan(8 * limit);
  });
});

describe('binary and huge inputs', () => {
  it('skips binary files as ripgrep does, naming each, and still writes the articles', () => {
    mkdirSync(at('mixed'), { recursive: true });
    writeFileSync(at('mixed', 'a.txt'), ARTICLE);
    writeFileSync(at('mixed', 'nul.txt'), Buffer.alloc(10_000));
    writeFileSync(at('mixed', 'report.txt'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n');
    writeFileSync(at('mixed', 'noise.txt'), Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(at('mixed', 'photo.html'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x10, 0x4a, 0x46]));
    const r = run([at('mixed'), '-f', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([at('mixed', 'a.txt')]);
    expect(r.stderr).toContain(`${at('mixed', 'nul.txt')}: error binary file (NUL byte at offset 0), not an article: skipped [binary]`);
    expect(r.stderr).toContain(`${at('mixed', 'report.txt')}: error binary file (a PDF document)`);
    expect(r.stderr).toContain(`${at('mixed', 'noise.txt')}: error binary file (NUL byte at offset`);
    expect(r.stderr).toContain(`${at('mixed', 'photo.html')}: error binary file (a JPEG image)`);
  });

  it('stops at the first block of endless zeros on standard input (`vnextract - < /dev/zero`)', () => {
    if (!existsSync('/dev/zero')) return;
    const r = runWithStdin('/dev/zero', ['-'], { timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('-: error binary file (NUL byte at offset 0)');
  });

  it('refuses a file over --max-bytes before reading it, named or on standard input', () => {
    const huge = at('huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 200 * 1024 * 1024); // sparse: 200 MB without writing them
    const r = run([huge, at('a.txt'), '-f', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${huge}: error larger than --max-bytes 50M (52428800 bytes): skipped [max-bytes]`);
    expect(JSON.parse(r.stdout).source.path).toBe(at('a.txt'));
    expect(runWithStdin(huge, ['-']).stderr).toContain('-: error larger than --max-bytes 50M');
  });

  it('takes --max-bytes as bytes or with a K/M/G suffix, and refuses nonsense', () => {
    const kb = at('two-kb.txt');
    writeFileSync(kb, ARTICLE.repeat(20)); // ~2.4 KB
    expect(run([kb, '--max-bytes', '2k']).stderr).toContain('larger than --max-bytes 2K (2048 bytes)');
    expect(run([kb, '--max-bytes', '3KB']).status).toBe(0);
    expect(run([kb, '--max-bytes', '100000']).status).toBe(0);
    const bad = run([kb, '--max-bytes', 'lots']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-bytes/);
  });
});

describe('an output that is also an input', () => {
  it('refuses it before touching it: same path, ./path, symlink, hard link, standard input', () => {
    mkdirSync(at('same'), { recursive: true });
    const x = at('same', 'x.txt');
    writeFileSync(x, ARTICLE);
    symlinkSync('x.txt', at('same', 'link.txt'));
    linkSync(x, at('same', 'hard.txt'));
    const cwd = at('same');
    for (const args of [
      ['x.txt', '-o', 'x.txt'],
      ['./x.txt', '-o', 'x.txt'],
      ['x.txt', '-o', 'link.txt'],
      ['hard.txt', '-o', './x.txt'],
      ['tokenize', 'x.txt', '-o', 'x.txt'],
    ]) {
      const r = run(args, { cwd });
      expect([args, r.status]).toEqual([args, 2]);
      expect(r.stderr).toMatch(/is also an input/);
      expect(readFileSync(x, 'utf8')).toBe(ARTICLE);
    }
    const fromStdin = runWithStdin(x, ['-', '-o', 'x.txt'], { cwd });
    expect(fromStdin.status).toBe(2);
    expect(fromStdin.stderr).toContain('is also an input (standard input)');
    expect(readFileSync(x, 'utf8')).toBe(ARTICLE);
  });

  it('refuses standard output appended to an input (`x.txt >> x.txt`)', () => {
    const x = at('same', 'x.txt');
    const fd = openSync(x, 'a');
    try {
      const r = run([x], { stdio: ['ignore', fd, 'pipe'] });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/standard output is the file of an input/);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(x, 'utf8')).toBe(ARTICLE);
  });

  it('never reads the file being written when a folder or glob finds it (`dir -o dir/out.txt`, twice)', () => {
    mkdirSync(at('walk'), { recursive: true });
    writeFileSync(at('walk', 'a.txt'), ARTICLE);
    const out = at('walk', 'out.txt');
    // A walk keeps the folder as written (`./a.txt`); a glob gives its matches.
    for (const [arg, path] of [['.', './a.txt'], ['.', './a.txt'], ['*.txt', 'a.txt']]) {
      const r = run([arg, '-f', 'jsonl', '-o', 'out.txt'], { cwd: at('walk') });
      expect(r.status).toBe(0);
      expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([path]);
    }
  });
});

describe('write errors', () => {
  const full = existsSync('/dev/full');

  it.skipIf(!full)('says a full disk in one line and exits 1 (-o /dev/full)', () => {
    const r = run([at('a.txt'), '-o', '/dev/full']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('vnextract: cannot write /dev/full: no space left on device\n');
  });

  it.skipIf(!full)('says it for standard output too (> /dev/full), for every command', () => {
    for (const args of [[at('a.txt')], [at('a.txt'), '-f', 'csv'], ['tokenize', at('a.txt')], ['schema']]) {
      const fd = openSync('/dev/full', 'w');
      try {
        const r = run(args, { stdio: ['ignore', fd, 'pipe'] });
        expect([args, r.status, r.stderr]).toEqual([args, 1, 'vnextract: cannot write standard output: no space left on device\n']);
      } finally {
        closeSync(fd);
      }
    }
  });

  // The inputs end with a FIFO that nobody writes to: a tool that went on
  // after its reader left would block there forever instead of exiting.
  it.skipIf(process.platform === 'win32')('stops the work at once when the reader goes away (`| head -n 1`), quietly', async () => {
    mkdirSync(at('many'), { recursive: true });
    for (let i = 0; i < 40; i++) writeFileSync(at('many', `${String(i).padStart(2, '0')}.txt`), ARTICLE);
    const fifo = at('never-written.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await new Promise<{ status: number | null; stderr: string; timedOut: boolean }>((resolve) => {
      const child = spawn(process.execPath, [bin, at('many'), fifo, '-f', 'jsonl'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy()); // `head -n 1`: read a little, then close
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('close', (status, signal) => {
        clearTimeout(timer);
        resolve({ status, stderr, timedOut: signal === 'SIGKILL' });
      });
    });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('diagnostics a file name cannot forge', () => {
  it('escapes control characters and quotes names that could be misread; the JSON keeps the name exact', () => {
    mkdirSync(at('names'), { recursive: true });
    const names = ['a:12:5: error fake.txt', 'two\nlines.txt', 'esc\x1b[31mred.txt', 'plain.txt'];
    for (const n of names) writeFileSync(at('names', n), ''); // empty: one warning each
    const r = run(names.map((n) => at('names', n)).concat('-f', 'jsonl'));
    const lines = r.stderr.trimEnd().split('\n');
    expect(r.stderr).not.toContain('\x1b');
    expect(lines).toHaveLength(names.length + 1); // one warning per file, and the summary
    expect(lines).toContain(`"${at('names', 'a:12:5: error fake.txt')}": warning the article is empty [empty]`);
    expect(lines).toContain(`"${at('names', 'two\\nlines.txt')}": warning the article is empty [empty]`);
    expect(lines).toContain(`"${at('names', 'esc\\x1b[31mred.txt')}": warning the article is empty [empty]`);
    expect(lines).toContain(`${at('names', 'plain.txt')}: warning the article is empty [empty]`);
    expect(lines.filter((l) => l.startsWith(`${at('names', 'a')}:12:5:`))).toEqual([]);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(names.map((n) => at('names', n)));
  });
});

describe('--help', () => {
  it('documents the limits, the CSV rules and the escaping, in plain text', () => {
    const r = run(['extract', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--max-bytes <size>[\s\S]*default: 50M/);
    expect(r.stdout).toMatch(/reported \[binary\]/);
    expect(r.stdout).toMatch(/With --bom[\s\S]*leading '/);
    expect(r.stdout).toContain('escapes (\\n, \\x1b)');
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
  });
});

describe('usage errors', () => {
  it('takes --reference only as a real calendar date', () => {
    for (const bad of ['0000-00-00', '2021-02-30', '2021-13-01', '2021-2-3']) {
      const r = run([at('a.txt'), '--reference', bad]);
      expect([bad, r.status]).toEqual([bad, 2]);
      expect(r.stderr).toContain(`"${bad}"`);
    }
    expect(run([at('a.txt'), '--reference', '2024-02-29']).status).toBe(0);
  });

  it('names the rule file by its full path, for pattern and fragment errors too', () => {
    const rules = at('my-rules');
    mkdirSync(rules, { recursive: true });
    writeFileSync(join(rules, 'mine.yaml'), "type: counts\nrules:\n  - name: broken\n    pattern: '(?<n>\\d+'\n    examples: ['1']\n");
    const r = run([at('a.txt'), '--rules', rules]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(rules, 'mine.yaml')}: rule "broken": invalid pattern`);
    writeFileSync(join(rules, 'mine.yaml'), "type: counts\nrules:\n  - name: unknown\n    pattern: '{{nope}} đại biểu'\n    examples: ['1']\n");
    expect(run([at('a.txt'), '--rules', rules]).stderr).toContain(`${join(rules, 'mine.yaml')}: rule "unknown": unknown fragment {{nope}}`);
  });

  it('refuses a rules folder with no rule file: a folder of articles after --rules is no silent empty run', () => {
    const corpus = at('no-rules');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'b.txt'), ARTICLE);
    const r = run(['--rules', corpus, at('a.txt')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--rules ${corpus}: not a rules folder, it holds no .yaml or .yml file`);
    // One value per --rules: the paths after the folder stay inputs.
    const rules = join(import.meta.dirname, '..', 'fixtures', 'user-rules');
    const ok = run(['--rules', rules, at('a.txt'), join(corpus, 'b.txt'), '-f', 'jsonl']);
    expect(ok.stderr).toBe('vnextract: 2 article(s) extracted\n');
    expect(ok.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([at('a.txt'), join(corpus, 'b.txt')]);
  });

  it('takes the format the other options ask for when -f is not given', () => {
    const sheet = at('sheet.csv');
    expect(run([at('a.txt'), '-o', sheet]).status).toBe(0);
    expect(readFileSync(sheet, 'utf8')).toMatch(/^path,id,published,type,/);
    const lines = at('facts.jsonl');
    expect(run([at('a.txt'), '-o', lines]).status).toBe(0);
    expect(JSON.parse(readFileSync(lines, 'utf8').trim()).source.path).toBe(at('a.txt'));
    expect(run([at('a.txt'), '--csv', 'articles']).stdout).toMatch(/^path,id,title,url,/);
    // An explicit -f wins over the name of the output.
    expect(run([at('a.txt'), '-f', 'json', '-o', at('x.csv')]).status).toBe(0);
    expect(JSON.parse(readFileSync(at('x.csv'), 'utf8')).source.path).toBe(at('a.txt'));
  });
});
