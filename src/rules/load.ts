/**
 * The rules the pipeline runs. Built-in rules come precompiled from
 * `dist/rules.json` (made by `npm run build`), so the command line never
 * loads XRegExp or YAML; running from source (tests, tsx) or adding a
 * user's folder with `--rules DIR` compiles the YAML on the spot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceRuleFile } from './compile.js';
import type { AnyFactType } from '../facts/fact-type.js';
import { instantiate, type CompiledRule, type RuleBundle } from './compiled.js';
import { ruleFilesIn } from './files.js';
import { Vocabulary } from './vocabulary.js';
import { Places } from '../places/places.js';

export interface RuleSet {
  /** Compiled rules by fact type, in file then rule order. */
  byType: Map<string, CompiledRule[]>;
  lexicon: string[];
  /** The word tables of the rule files (qualifiers, …), for reading a matched word's class. */
  vocabulary: Vocabulary;
  /** The provinces (rules/provinces.yaml): a written name to its province, and its name at a time. */
  places: Places;
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

/** Ids of a bundle's rules by index (the order `ruleSetFrom` numbers them in). */
export function ruleIds(bundle: RuleBundle): string[] {
  return bundle.files.flatMap((f) => f.rules.map((r) => r.id));
}

export function ruleSetFrom(bundle: RuleBundle): RuleSet {
  const byType = new Map<string, CompiledRule[]>();
  let index = 0;
  for (const f of bundle.files) {
    const list = byType.get(f.type) ?? [];
    for (const r of f.rules) list.push(instantiate(r, index++));
    byType.set(f.type, list);
  }
  return { byType, lexicon: bundle.lexicon, vocabulary: new Vocabulary(bundle.tables ?? {}), places: new Places(bundle.places) };
}

/** The built-in rules as compiled by the build (dist/rules.json), read now; null when not built. */
export function builtinRuleBundle(): RuleBundle | null {
  const bundle = bundlePath();
  return bundle ? (JSON.parse(readFileSync(bundle, 'utf8')) as RuleBundle) : null;
}

let builtin: RuleSet | undefined;

/**
 * The compiled rules as plain JSON (what a worker thread is handed): the
 * built-in bundle, or the built-in and `extraDirs` rule folders compiled now.
 */
export async function loadRuleBundle(extraDirs: string[] = [], options: LoadOptions = {}): Promise<RuleBundle> {
  const bundle = extraDirs.length === 0 && !options.factTypes ? builtinRuleBundle() : null;
  if (bundle) return bundle;
  const { compileRuleDirs } = await import('./compile.js');
  return compileRuleDirs([builtinRulesDir(), ...extraDirs], options).bundle;
}

export interface LoadOptions {
  /**
   * The fact types rule files may feed (a rule file's `type`); default: the
   * built-in registry. Give the list you extract with when it adds a type.
   */
  factTypes?: readonly AnyFactType[];
}

/**
 * The built-in rules and those of `extraDirs`, compiled now, with the
 * validated files of `extraDirs` only: their examples are checked when they
 * are loaded, the built-in ones by the test suite.
 */
export async function loadUserRules(extraDirs: string[]): Promise<{ bundle: RuleBundle; sources: SourceRuleFile[] }> {
  const { compileRuleDirs } = await import('./compile.js');
  const dir = builtinRulesDir();
  const { bundle, sources } = compileRuleDirs([dir, ...extraDirs]);
  return { bundle, sources: sources.slice(ruleFilesIn(dir).length) };
}

/** Built-in rules, plus the rules of `extraDirs` when given. */
export async function loadRules(extraDirs: string[] = [], options: LoadOptions = {}): Promise<RuleSet> {
  const plain = extraDirs.length === 0 && !options.factTypes;
  if (plain && builtin) return builtin;
  const set = ruleSetFrom(await loadRuleBundle(extraDirs, options));
  if (plain) builtin = set;
  return set;
}

/**
 * Use `bundle` as the built-in rules from now on, instead of loading or
 * compiling them on first use (the test suite compiles `rules/` once per run
 * and hands each test file the result).
 */
export function useBuiltinRules(bundle: RuleBundle): RuleSet {
  builtin = ruleSetFrom(bundle);
  return builtin;
}
