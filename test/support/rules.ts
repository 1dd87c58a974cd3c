/**
 * The built-in rules for tests, compiled once per run by the global setup
 * (`test/support/compile-rules.global.ts`). Tests use these instead of
 * compiling `rules/` themselves; a test of compilation itself (a user's rule
 * folder, a broken rule file) still compiles what it needs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { compileSources, readRuleFile, ruleFilesIn, type CompileResult } from '../../src/rules/compile.js';
import { ruleSetFrom, useBuiltinRules, type RuleSet } from '../../src/rules/load.js';

/** `rules/` compiled: the bundle and the parsed rule files (for their examples). */
export function builtinCompiled(): CompileResult {
  return inject('builtinRules');
}

/**
 * The built-in rule set; also what `loadRules()` and `extract(text)` without
 * `rules` use. Set before each test file by `installBuiltinRules`.
 */
export let rules: RuleSet;

/**
 * Makes this run's compiled rules the library's built-in ones and `rules`.
 * Called before every test file (test/support/setup-rules.ts): test files
 * share loaded modules, so a module-level value would outlive a rerun in
 * watch mode that recompiled an edited rule file.
 */
export function installBuiltinRules(): void {
  rules = useBuiltinRules(builtinCompiled().bundle);
}

/** A temporary rule folder holding `files` (name → YAML text), as a user's `--rules DIR`. */
export function userRuleDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vnextract-user-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * The built-in rules and a user's folder compiled together, as `--rules DIR`
 * does; the built-in files come parsed from this run's compilation.
 */
export function withUserRules(dir: string): RuleSet {
  return ruleSetFrom(compileSources([...builtinCompiled().sources, ...ruleFilesIn(dir).map((f) => readRuleFile(f))]).bundle);
}
