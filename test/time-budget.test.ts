/**
 * The per-article time budget: a runaway article (here a user's rule that
 * backtracks exponentially) is stopped, reported with its file and rule,
 * and the batch goes on. Runs the built binary (CI builds before testing).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachProbe, enterRule, enterStage, PROBE_BYTES, readProbe } from '../src/probe.js';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const run = (args: string[]) => {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnextract-budget-'));
  mkdirSync(join(dir, 'rules'));
  // (?:a+)+$ on 40 a's and a '!' backtracks 2^40 times: hours without a budget.
  writeFileSync(
    join(dir, 'rules', 'mine.yaml'),
    "type: terms\nrules:\n  - name: runaway\n    pattern: '(?:a+)+$'\n    examples: ['aaa']\n",
  );
  writeFileSync(join(dir, 'a-runaway.txt'), `${'a'.repeat(40)}!\n`);
  writeFileSync(join(dir, 'b-fine.txt'), 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.\n');
});

describe('the time budget of one article', () => {
  it('stops a runaway article, names the file and the rule, and goes on with the batch', () => {
    const r = run([join(dir, 'a-runaway.txt'), join(dir, 'b-fine.txt'), '--rules', join(dir, 'rules'), '--timeout', '0.5', '-f', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'a-runaway.txt')}: error stopped after 0.5 s`);
    expect(r.stderr).toMatch(/stuck in rule mine\/runaway \(stage extract:terms\) \[timeout\]/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ source: { path: join(dir, 'b-fine.txt') }, terms: [{ value: '2020-2025' }] });
    expect(r.ms).toBeLessThan(20000);
  });

  it('says when an input is large enough to need more time than the budget', () => {
    const big = join(dir, 'c-big.txt');
    writeFileSync(big, 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025, với 250 đại biểu.\n'.repeat(40000));
    const r = run([big, '--timeout', '0.01', '-f', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stopped after 0\.01 s.*it holds 4\.0 MB: raise --timeout for inputs this large \[timeout\]/);
    expect(r.stdout).toBe('');
  });

  it('refuses a budget that is not a number of seconds', () => {
    const r = run([join(dir, 'b-fine.txt'), '--timeout', 'soon']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--timeout takes a number of seconds/);
  });
});

describe('the probe', () => {
  it('tells a reader on shared memory the stage and the rule running', () => {
    const shared = new SharedArrayBuffer(PROBE_BYTES);
    attachProbe(shared);
    enterStage('extract:counts');
    enterRule(7);
    expect(readProbe(shared)).toEqual({ stage: 'extract:counts', rule: 7 });
    enterStage('title');
    expect(readProbe(shared)).toEqual({ stage: 'title', rule: -1 });
    attachProbe(new SharedArrayBuffer(PROBE_BYTES));
  });
});
