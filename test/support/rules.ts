/**
 * The built-in rules for tests, compiled once per run by the global setup
 * (`test/support/compile-rules.global.ts`). Tests use these instead of
 * compiling `rules/` themselves; a test of compilation itself (a user's rule
 * folder, a broken rule file) still compiles what it needs.
 */
import { inject } from 'vitest';
import type { CompileResult } from '../../src/rules/compile.js';
import { useBuiltinRules, type RuleSet } from '../../src/rules/load.js';

/** `rules/` compiled: the bundle and the parsed rule files (for their examples). */
export function builtinCompiled(): CompileResult {
  return inject('builtinRules');
}

/**
 * The built-in rule set; also what `loadRules()` and `extract(text)` without
 * `rules` return in this test file (test/support/setup-rules.ts installs it).
 */
export const rules: RuleSet = useBuiltinRules(builtinCompiled().bundle);
