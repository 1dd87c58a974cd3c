/**
 * The rules the pipeline runs. Built-in rules come precompiled from
 * `dist/rules.json` (made by `npm run build`), so the command line never
 * loads XRegExp or YAML; running from source (tests, tsx) or adding a
 * user's folder with `--rules DIR` compiles the YAML on the spot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { instantiate, type CompiledRule, type RuleBundle } from './compiled.js';

export interface RuleSet {
  /** Compiled rules by fact type, in file then rule order. */
  byType: Map<string, CompiledRule[]>;
  lexicon: string[];
}

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));

/** The project's `rules/` folder (from `src/rules/` or `dist/src/rules/`). */
export function builtinRulesDir(): string {
  const fromSrc = here('../../rules/');
  return existsSync(fromSrc) ? fromSrc : here('../../../rules/');
}

function bundlePath(): string | null {
  const p = here('../../rules.json'); // dist/src/rules/load.js → dist/rules.json
  return existsSync(p) ? p : null;
}

export function ruleSetFrom(bundle: RuleBundle): RuleSet {
  const byType = new Map<string, CompiledRule[]>();
  for (const f of bundle.files) {
    const list = byType.get(f.type) ?? [];
    list.push(...f.rules.map(instantiate));
    byType.set(f.type, list);
  }
  return { byType, lexicon: bundle.lexicon };
}

let builtin: RuleSet | undefined;

/** Built-in rules, plus the rules of `extraDirs` when given. */
export async function loadRules(extraDirs: string[] = []): Promise<RuleSet> {
  if (extraDirs.length === 0 && builtin) return builtin;
  const bundle = bundlePath();
  if (extraDirs.length === 0 && bundle) {
    builtin = ruleSetFrom(JSON.parse(readFileSync(bundle, 'utf8')) as RuleBundle);
    return builtin;
  }
  const { compileRuleDirs } = await import('./compile.js');
  const set = ruleSetFrom(compileRuleDirs([builtinRulesDir(), ...extraDirs]).bundle);
  if (extraDirs.length === 0) builtin = set;
  return set;
}
