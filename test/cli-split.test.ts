/**
 * `-o DIR --split` writes one output file per input, mirroring the input
 * folders, each whole or not at all; `--resume` skips the inputs whose output
 * is whole and not older than them, so an interrupted run goes on where it
 * stopped and ends with what one uninterrupted run writes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const env = { ...process.env, NO_COLOR: '1' };
const CONGRESS = 'Ngày 16/10/2020, Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025, khai mạc với 250 đại biểu đại diện cho 6.100 đảng viên.\n';
const LEADER = 'Đồng chí Nguyễn Văn Bình được bầu giữ chức Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.\n';

let dir: string;
const at = (...p: string[]) => join(dir, ...p);

function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, cwd, timeout: 60_000 });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** Every file under `root`, relative to it, sorted. */
function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnextract-split-'));
  mkdirSync(at('corpus', '2020', 'ha-noi'), { recursive: true });
  writeFileSync(at('corpus', 'a.txt'), CONGRESS);
  writeFileSync(at('corpus', '2020', 'b.txt'), CONGRESS + LEADER);
  writeFileSync(at('corpus', '2020', 'ha-noi', 'c.txt'), LEADER);
  writeFileSync(at('corpus', '2020', 'ha-noi', 'notes.md'), '# not an article\n');
});

describe('-o DIR --split', () => {
  it('writes one file per input under DIR, mirroring the folders, each what a run on that input alone prints', () => {
    for (const format of ['json', 'jsonl', 'csv']) {
      const out = at(`out-${format}`);
      const r = run(['corpus', '-o', out, '--split', '-f', format]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`3 article(s) extracted → 3 file(s) in ${out}`);
      expect(tree(out)).toEqual([`2020/b.txt.${format}`, `2020/ha-noi/c.txt.${format}`, `a.txt.${format}`]);
      for (const input of ['a.txt', '2020/b.txt', '2020/ha-noi/c.txt']) {
        const alone = run([join('corpus', input), '-f', format]);
        expect(readFileSync(join(out, `${input}.${format}`), 'utf8'), `${format} ${input}`).toBe(alone.stdout);
      }
    }
  });

  it('mirrors the tree below a glob\'s fixed folders, and a named file goes to the top of DIR', () => {
    const out = at('out-glob');
    expect(run(['corpus/2020/**/*.txt', 'corpus/a.txt', '-o', out, '--split']).status).toBe(0);
    expect(tree(out)).toEqual(['a.txt.json', 'b.txt.json', 'ha-noi/c.txt.json']);
  });

  it('writes a JSON Lines corpus to one file holding all its records', () => {
    mkdirSync(at('jl'), { recursive: true });
    const records = [
      { id: 'r1', text: CONGRESS },
      { id: 'r2', text: LEADER },
    ];
    writeFileSync(at('jl', 'corpus.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const out = at('out-jl');
    const r = run(['jl', '--input-format', 'jsonl', '-o', out, '--split', '-f', 'jsonl']);
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(join(out, 'corpus.jsonl.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.id)).toEqual(['r1', 'r2']);
  });

  it('refuses what it cannot do, with exit 2 and the reason', () => {
    writeFileSync(at('a-file'), 'x');
    mkdirSync(at('twin', 'one'), { recursive: true });
    mkdirSync(at('twin', 'two'), { recursive: true });
    writeFileSync(at('twin', 'one', 'x.txt'), CONGRESS);
    writeFileSync(at('twin', 'two', 'x.txt'), CONGRESS);
    const cases: [string[], RegExp][] = [
      [['corpus', '--split'], /name it with -o DIR/],
      [['corpus', '-o', 'a-file', '--split'], /a-file with --split names a folder .* but it is a file/],
      [['-', '-o', 'o-stdin', '--split'], /standard input has no name: use -o FILE/],
      [['twin/one/x.txt', 'twin/two/x.txt', '-o', 'o-twin', '--split'], /would write twin\/one\/x\.txt and twin\/two\/x\.txt to the same file o-twin\/x\.txt\.json/],
      [['corpus', '-o', 'o-resume', '--resume'], /--resume .* needs -o DIR --split/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(existsSync(at('o-twin'))).toBe(false);
  });
});

describe('--resume', () => {
  it('skips inputs whose output is up to date, and redoes a changed input and an output that is not whole', () => {
    const out = at('out-resume');
    expect(run(['corpus', '-o', out, '--split']).status).toBe(0);
    const again = run(['corpus', '-o', out, '--split', '--resume']);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('0 article(s) extracted, 3 input(s) up to date and skipped → 0 file(s)');

    // An output older than its input (the input changed since); another output lost its end.
    const earlier = new Date(statSync(at('corpus', 'a.txt')).mtimeMs - 60_000);
    utimesSync(join(out, 'a.txt.json'), earlier, earlier);
    const cut = join(out, '2020', 'b.txt.json');
    const whole = readFileSync(cut, 'utf8');
    writeFileSync(cut, whole.slice(0, -10));
    const r = run(['corpus', '-o', out, '--split', '--resume']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('2 article(s) extracted, 1 input(s) up to date and skipped → 2 file(s)');
    expect(readFileSync(cut, 'utf8')).toBe(whole);
    expect(statSync(join(out, 'a.txt.json')).mtimeMs).toBeGreaterThanOrEqual(statSync(at('corpus', 'a.txt')).mtimeMs);
  });

  it('writes no file for an input that fails, so that the next --resume tries it again', () => {
    mkdirSync(at('mixed'), { recursive: true });
    writeFileSync(at('mixed', 'good.txt'), CONGRESS);
    writeFileSync(at('mixed', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const out = at('out-mixed');
    const first = run(['mixed', '-o', out, '--split']);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/mixed\/binary\.txt: error .*\[binary\]/);
    expect(tree(out)).toEqual(['good.txt.json']);
    const again = run(['mixed', '-o', out, '--split', '--resume']);
    expect(again.status).toBe(1); // still failing, and still tried
    expect(again.stderr).toMatch(/mixed\/binary\.txt: error/);
    expect(again.stderr).toContain('1 input(s) up to date and skipped');
  });

  it('after a run is killed, leaves only whole files, and a resumed run ends with what one run writes', async () => {
    mkdirSync(at('many'), { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(at('many', `a${String(i).padStart(3, '0')}.txt`), (CONGRESS + LEADER).repeat(20));
    const full = at('out-full');
    expect(run(['many', '-o', full, '--split', '-j', '1', '-q']).status).toBe(0);

    const out = at('out-killed');
    const child = spawn(process.execPath, [bin, 'many', '-o', out, '--split', '-j', '1', '-q'], { env, cwd: dir, stdio: 'ignore' });
    const started = Date.now();
    while (!existsSync(out) || readdirSync(out).length < 20) {
      if (Date.now() - started > 30_000) throw new Error('the run wrote nothing in 30 s');
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(143);
    const written = readdirSync(out);
    expect(written.filter((f) => f.includes('vnextract-partial'))).toEqual([]);
    expect(written.length).toBeLessThan(300);
    for (const f of written) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();

    const resumed = run(['many', '-o', out, '--split', '--resume', '-q']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(tree(out)).toEqual(tree(full));
    for (const f of tree(full)) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(full, f), 'utf8'));
    rmSync(at('many'), { recursive: true });
  }, 120_000);
});
