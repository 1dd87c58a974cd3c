/**
 * The test suite's own support: the rules compiled once per run are the ones
 * every test file uses, and the helpers that replaced per-case `expect` and
 * wall-clock timing still fail when they should.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/index.js';
import { builtinRulesDir } from '../src/rules/load.js';
import { cpuMs } from './support/cpu-time.js';
import { expectNoMismatches } from './support/mismatches.js';
import { builtinCompiled, rules } from './support/rules.js';

describe('rules compiled once per run', () => {
  it('are what loadRules() and extract(text) use in a test file, with no compiling of their own', async () => {
    expect(await loadRules()).toBe(rules);
  });

  it('hold every rule file of rules/', () => {
    const files = readdirSync(builtinRulesDir()).filter((f) => /\.ya?ml$/i.test(f)).sort();
    expect(builtinCompiled().sources.map((s) => s.path.replace(/^.*[\\/]/, '')).sort()).toEqual(files);
    expect(rules.byType.size).toBeGreaterThan(0);
  });
});

describe('expectNoMismatches', () => {
  it('passes on no mismatch', () => {
    expectNoMismatches([], 'characters flagged wrongly');
  });

  it('fails with the number of mismatches and the first of them', () => {
    const found = Array.from({ length: 30 }, (_, i) => `U+${(0x41 + i).toString(16).toUpperCase().padStart(4, '0')} wrong`);
    let message = '';
    try {
      expectNoMismatches(found, 'characters flagged wrongly', 3);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('30 characters flagged wrongly (the first 3 listed)');
    expect(message).toContain('U+0041 wrong');
  });
});

describe('cpuMs', () => {
  it('does not count time spent waiting (what a busy machine adds to wall time)', () => {
    const t0 = cpuMs();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200); // sleeps 200 ms
    expect(cpuMs() - t0).toBeLessThan(100);
  });
});
