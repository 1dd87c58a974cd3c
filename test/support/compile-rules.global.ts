/**
 * Vitest global setup: compiles `rules/` once per run (about 3 s: loading
 * XRegExp and YAML, then building every pattern) and hands the result to
 * every test file (`test/support/rules.ts`), instead of each file compiling
 * it again. In watch mode it compiles again before each rerun, so an edited
 * rule file is what the rerun tests.
 */
import type { TestProject } from 'vitest/node';
import { compileRuleDirs, type CompileResult } from '../../src/rules/compile.js';
import { builtinRulesDir } from '../../src/rules/load.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `rules/` compiled: the bundle the pipeline runs and the parsed rule files (for their examples). */
    builtinRules: CompileResult;
  }
}

export default function setup(project: TestProject): void {
  const compile = () => project.provide('builtinRules', compileRuleDirs([builtinRulesDir()]));
  compile();
  project.onTestsRerun(compile);
}
