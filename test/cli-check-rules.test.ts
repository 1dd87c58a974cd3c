/**
 * A user's rules checked when they are loaded: `--rules DIR --check-rules`
 * reports every failing example and exits 1 (0 with a one-line summary when
 * all pass); without the flag each failing example is a warning and the
 * extraction goes on. Runs the built binary (CI builds before testing).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCli } from './support/built-cli.js';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

// A result marker the built-in rules do not know: with it, the running total is not read as a goal.
const PASSING = `type: targets
rules:
  - name: running-total
    pattern: '{{b}}lũy kế{{e}}'
    set: { cue: past }
    examples:
      - text: 'Đến năm 2030, Đảng bộ huyện phấn đấu thu hút 20 dự án đầu tư; lũy kế năm 2025 thu hút 12 dự án đầu tư.'
        absent: [{ value: 12 }]
`;

// A count rule the built-in delegates rule always beats, and a negative that is not one.
const FAILING = `type: counts
rules:
  - name: gathers
    pattern: '{{b}}quy tụ (?<n>{{int}}) cán bộ{{e}}'
    set: { role: participants }
    examples:
      - text: 'Hội nghị học tập Nghị quyết của Đảng bộ huyện quy tụ 450 cán bộ chủ chốt.'
        expect: [{ count: 450, role: participants }]
  - name: delegates-again
    pattern: '(?<n>{{int}}) đại biểu{{e}}'
    set: { role: delegates }
    examples:
      - text: 'Đại hội Đảng bộ huyện có 300 đại biểu chính thức.'
        expect: [{ count: 300, role: delegates }]
negatives:
  - 'Đại hội Đảng bộ xã có 120 đại biểu chính thức.'
`;

let dir: string;
let pass: string;
let mixed: string;
beforeAll(() => {
  assertBuiltCli();
  dir = mkdtempSync(join(tmpdir(), 'vnextract-check-'));
  pass = join(dir, 'pass');
  mixed = join(dir, 'mixed');
  mkdirSync(pass);
  mkdirSync(mixed);
  writeFileSync(join(pass, 'totals.yaml'), PASSING);
  writeFileSync(join(mixed, 'totals.yaml'), PASSING);
  writeFileSync(join(mixed, 'people.yaml'), FAILING);
  writeFileSync(join(dir, 'a.txt'), 'Đại hội Đảng bộ huyện có 300 đại biểu chính thức, nhiệm kỳ 2020 - 2025.\n');
});

describe('vnextract --rules DIR --check-rules', () => {
  it('exits 0 with a one-line summary when every example passes, and reads no input', () => {
    const r = run(['--rules', pass, '--check-rules']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('vnextract: 1 example(s) and negative(s) of 1 rule(s) in 1 rule file(s): all pass\n');
  });

  it('exits 1 naming the file, the rule, the example and the reason of each failure', () => {
    const r = run(['--rules', mixed, '--check-rules']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const file = join(mixed, 'people.yaml');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      `${file}: error rule "delegates-again" example 1 ("Đại hội Đảng bộ huyện có 300 đại biểu chính thức."): ` +
        'expected {"count":300,"role":"delegates"} from people/delegates-again, but rule counts/delegates produced it: it reads these words first [people/delegates-again]',
    );
    expect(lines[1]).toMatch(new RegExp(`^${file}: error negative 1 \\("Đại hội Đảng bộ xã có 120 đại biểu chính thức."\\): a negative yields counts: .*"count":120.* \\[people\\]$`));
    expect(lines[2]).toBe('vnextract: 2 of 4 example(s) and negative(s) of 3 rule(s) in 2 rule file(s) fail their check');
  });

  it('stops an example that overruns its time budget, names the rule it was stuck in, and skips the rule', () => {
    const slow = join(dir, 'slow');
    mkdirSync(slow);
    // (?:a+)+$ on 40 a's and a '!' backtracks 2^40 times.
    writeFileSync(
      join(slow, 'runaway.yaml'),
      `type: terms\nrules:\n  - name: runaway\n    pattern: '(?:a+)+$'\n    examples: ['${'a'.repeat(40)}!', 'aaa']\n`,
    );
    const r = run(['--rules', slow, '--check-rules', '--timeout', '0.2']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error rule "runaway" example 1');
    expect(r.stderr).toMatch(/stopped after 0\.6 s \(three times --timeout\): stuck in rule runaway\/runaway \[runaway\/runaway\]/);
    expect(r.stderr).toMatch(/rule "runaway" example 2 \("aaa"\): not checked: an earlier example of the rule overran/);
  });

  it('is a usage error without --rules, or with inputs to read', () => {
    expect(run(['--check-rules']).status).toBe(2);
    const r = run([join(dir, 'a.txt'), '--check-rules', '--rules', pass]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--check-rules only checks rules and reads no input/);
  });

  it('is taught by --help', () => {
    const r = run(['extract', '--help']);
    expect(r.stdout).toMatch(/--check-rules/);
    expect(r.stdout).toMatch(/User rules: each example of a --rules file/);
  });
});

describe('vnextract --rules DIR (examples checked on load)', () => {
  it('warns once per failing example, naming file and rule, and still extracts', () => {
    const r = run([join(dir, 'a.txt'), '--rules', mixed, '-f', 'jsonl']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).counts).toMatchObject([{ count: 300, role: 'delegates', rule: 'counts/delegates' }]);
    const warnings = r.stderr.split('\n').filter((l) => l.includes(': warning '));
    expect(warnings.map((l) => l.replace(/ \(".*$/, ''))).toEqual([
      `${join(mixed, 'people.yaml')}: warning rule "delegates-again" example 1`,
      `${join(mixed, 'people.yaml')}: warning negative 1`,
    ]);
  });

  it('says nothing about rules whose examples pass', () => {
    const r = run([join(dir, 'a.txt'), '--rules', pass, '-f', 'jsonl']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('counts failing examples as warnings: --strict exits 1, and --quiet hides them but still counts them', () => {
    const r = run([join(dir, 'a.txt'), '--rules', mixed, '--strict', '-q']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
  });
});
