/**
 * Rule files to a bundle of native regular expressions. Patterns are XRegExp:
 * `{{name}}` inserts a named fragment (shared ones from `fragments.yaml`,
 * local ones from the file's own `fragments:`), composed once with
 * `XRegExp.build`. A literal space in a pattern matches one or more spaces
 * (` ?` and ` *` match any number), so phrases read as they are written.
 * Every problem is an error that names the file and the rule.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import XRegExp from 'xregexp';
import { parse as parseYaml } from 'yaml';
import type { ZodError } from 'zod';
import type { AnyFactType } from '../facts/fact-type.js';
import { FACT_TYPES } from '../facts/registry.js';
import type { RuleBundle, RuleFileRecord, RuleRecord } from './compiled.js';
import { ruleFilesIn } from './files.js';
import { RuleError } from './rule-error.js';
import { mergePlaces, provinceFirstWords } from '../places/merge.js';
import { isFactRuleFile as isFactFile, isProvinceFile, ruleFileSchema, type Example, type FactRuleFile, type RuleFile } from './schema.js';
import { mergeTables, tableFragments } from './vocabulary.js';

export { RuleError, ruleFilesIn };

export interface SourceRuleFile {
  path: string;
  data: RuleFile;
}

export interface CompileOptions {
  /** The fact types a rule file may feed (its `type`); default: the built-in registry. */
  factTypes?: readonly AnyFactType[];
}

const schemas = new WeakMap<readonly AnyFactType[], ReturnType<typeof ruleFileSchema>>();

/** The rule-file schema for a list of fact types, made once per list. */
function schemaFor(types: readonly AnyFactType[]) {
  let schema = schemas.get(types);
  if (!schema) {
    schema = ruleFileSchema(types.map((t) => t.key));
    schemas.set(types, schema);
  }
  return schema;
}

export interface CompileResult {
  bundle: RuleBundle;
  /** The validated source files, with their examples, for the test suite. */
  sources: SourceRuleFile[];
}

/** Rewrite literal spaces outside character classes: ` ` → `[ ]+`, ` ?`/` *` → `[ ]*`. */
export function expandSpaces(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ') {
      while (pattern[i + 1] === ' ') i++;
      const next = pattern[i + 1];
      if (next === '?' || next === '*') {
        out += '[ ]*';
        i++;
      } else if (next === '+') {
        out += '[ ]+';
        i++;
      } else out += '[ ]+';
    } else out += c;
  }
  return out;
}

function describeZod(error: ZodError, data: unknown): string {
  return error.issues
    .map((issue) => {
      const path = issue.path;
      let where = path.join('.');
      if (path[0] === 'rules' && typeof path[1] === 'number') {
        const rule = (data as { rules?: { name?: string }[] })?.rules?.[path[1]];
        where = `rule ${rule?.name ? `"${rule.name}"` : `#${path[1] + 1}`}${path.length > 2 ? ` ${path.slice(2).join('.')}` : ''}`;
      } else if ((path[0] === 'now' || path[0] === 'before') && typeof path[1] === 'number') {
        // A province file's entry, by its name.
        const entry = (data as Record<string, { name?: unknown }[] | undefined>)?.[path[0]]?.[path[1]];
        const name = typeof entry?.name === 'string' ? `"${entry.name}"` : `#${path[1] + 1}`;
        where = `${path[0]} province ${name}${path.length > 2 ? ` ${path.slice(2).join('.')}` : ''}`;
      }
      // A bad record key (a table or class name) says why in its own nested issue.
      const nested = (issue as { issues?: { message: string }[] }).issues?.[0]?.message;
      return `${where || 'file'}: ${issue.code === 'invalid_key' && nested ? `"${String(path[path.length - 1])}": ${nested}` : issue.message}`;
    })
    .join('; ');
}

/** Read and validate one YAML rule file. */
export function readRuleFile(path: string, options: CompileOptions = {}): SourceRuleFile {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new RuleError(path, '', `cannot read: ${err.code === 'EISDIR' ? 'is a folder' : err.code === 'EACCES' ? 'permission denied' : err.message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (e) {
    throw new RuleError(path, '', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = schemaFor(options.factTypes ?? FACT_TYPES).safeParse(raw);
  if (!parsed.success) throw new RuleError(path, '', describeZod(parsed.error, raw));
  return { path, data: parsed.data };
}


/**
 * The pre-check words as they may be written: as given, lower case,
 * sentence case, Title Case (`Ban Chấp Hành`) and headline capitals.
 */
function caseVariants(words: string[]): string[] {
  const out = new Set<string>();
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  for (const w of words) {
    const lower = w.toLowerCase();
    out.add(w).add(lower).add(cap(lower)).add(cap(w)).add(w.toUpperCase());
    out.add(lower.split(' ').map(cap).join(' '));
  }
  return [...out];
}

/**
 * Resolve fragments that use other fragments, in dependency order.
 * `fileOf(name)` is the path of the file that defines a fragment, for errors.
 */
function buildFragments(
  defs: Record<string, string>,
  inherited: Record<string, RegExp>,
  fileOf: (fragment: string) => string,
): Record<string, RegExp> {
  const done: Record<string, RegExp> = {};
  const visiting = new Set<string>();
  const visit = (name: string, from: string): void => {
    if (name in done) return;
    if (!(name in defs)) {
      if (name in inherited) return;
      throw new RuleError(fileOf(from), `fragment "${from}"`, `unknown fragment {{${name}}}`);
    }
    if (visiting.has(name)) throw new RuleError(fileOf(name), `fragment "${name}"`, 'refers to itself');
    visiting.add(name);
    const source = expandSpaces(defs[name]);
    for (const ref of source.matchAll(/\{\{(\w+)\}\}/g)) visit(ref[1], name);
    try {
      done[name] = XRegExp.build(source, { ...inherited, ...done });
    } catch (e) {
      throw new RuleError(fileOf(name), `fragment "${name}"`, `invalid pattern: ${(e as Error).message}`);
    }
    visiting.delete(name);
  };
  for (const name of Object.keys(defs)) visit(name, name);
  return { ...inherited, ...done };
}

/** `fileName` makes the rule's id (`counts/delegates`); `path` names the file in errors. */
function compileRule(
  fileName: string,
  path: string,
  rule: FactRuleFile['rules'][number],
  fragments: Record<string, RegExp>,
): RuleRecord {
  const id = `${fileName}/${rule.name}`;
  const source = expandSpaces(rule.pattern);
  for (const ref of source.matchAll(/\{\{(\w+)\}\}/g)) {
    if (!(ref[1] in fragments)) throw new RuleError(path, `rule "${rule.name}"`, `unknown fragment {{${ref[1]}}}`);
  }
  let built: RegExp & { xregexp?: { captureNames?: (string | null)[] | null } };
  try {
    built = XRegExp.build(source, fragments, rule.flags.replace('u', ''));
    // Check the native engine accepts it with the flags it will run with.
    // @rule-pattern: checked as a rule (scripts/check-patterns.ts).
    new RegExp(built.source, `${rule.flags}gd`);
  } catch (e) {
    throw new RuleError(path, `rule "${rule.name}"`, `invalid pattern: ${(e as Error).message}`);
  }
  return {
    id,
    name: rule.name,
    source: built.source,
    flags: rule.flags,
    captureNames: built.xregexp?.captureNames ?? [],
    set: rule.set,
    confidence: rule.confidence,
    ...(rule.requires ? { requires: caseVariants(rule.requires) } : {}),
  };
}

/**
 * Compile rule folders in order: the first is the built-in `rules/`, later
 * ones (`--rules DIR`) add rules, and their fragments may use shared ones.
 */
export function compileRuleDirs(dirs: string[], options: CompileOptions = {}): CompileResult {
  const sources = dirs.flatMap((d) => ruleFilesIn(d).map((path) => readRuleFile(path, options)));
  return compileSources(sources);
}

export function compileSources(sources: SourceRuleFile[]): CompileResult {
  const sharedDefs: Record<string, string> = {};
  const sharedFrom: Record<string, string> = {};
  const lexicon: string[] = [];
  const tables = mergeTables(sources.flatMap((s) => ('tables' in s.data ? [s.data.tables] : [])));
  for (const [name, table] of Object.entries(tables)) {
    const from = sources.find((s) => 'tables' in s.data && name in s.data.tables)?.path ?? 'tables';
    for (const [fragment, source] of Object.entries(tableFragments(name, table))) {
      sharedDefs[fragment] = source;
      sharedFrom[fragment] = from;
    }
  }
  for (const s of sources) {
    const data = s.data;
    if (data.type === 'fragments' && 'fragments' in data) {
      Object.assign(sharedDefs, data.fragments);
      for (const name of Object.keys(data.fragments)) sharedFrom[name] = s.path;
    }
    if (data.type === 'lexicon' && 'terms' in data) lexicon.push(...data.terms);
  }
  const shared = buildFragments(sharedDefs, {}, (name) => sharedFrom[name] ?? 'fragments');
  const files: RuleFileRecord[] = [];
  const seen = new Map<string, string>();
  for (const s of sources) {
    const data = s.data;
    if (!isFactFile(data)) continue;
    const fileName = basename(s.path).replace(/\.ya?ml$/i, '');
    const local = buildFragments(data.fragments, shared, () => s.path);
    const rules = data.rules.map((r) => {
      const rec = compileRule(fileName, s.path, r, local);
      const prior = seen.get(rec.id);
      if (prior) throw new RuleError(s.path, `rule "${r.name}"`, `duplicates a rule of the same name in ${prior}`);
      seen.set(rec.id, s.path);
      return rec;
    });
    files.push({ file: fileName, type: data.type, rules });
  }
  const places = mergePlaces(sources.flatMap((s) => (isProvinceFile(s.data) ? [{ path: s.path, data: s.data }] : [])));
  // The first words of the provinces' spellings, as a table: the scanner looks for them
  // (src/places/mentions.ts), and the pattern check checks them like every table.
  if (places) tables.province_first_word = { word: provinceFirstWords(places) };
  return { bundle: { files, lexicon, tables, places }, sources };
}

/** Examples of every rule of a source file, for the test suite. */
export function examplesOf(file: SourceRuleFile): { rule: string; example: Exclude<Example, string> | { text: string } }[] {
  if (!isFactFile(file.data)) return [];
  return file.data.rules.flatMap((r) =>
    r.examples.map((e) => ({ rule: r.name, example: typeof e === 'string' ? { text: e } : e })),
  );
}
