/**
 * Every regular expression the tool runs, checked for catastrophic
 * backtracking (ReDoS) with recheck: the patterns of the built-in rules
 * (`rules/*.yaml`, and any `--rules DIR` given here) and every regex literal
 * or `new RegExp(…)` in `src/`.
 *
 * recheck models a backtracking engine, not V8's: it may call a pattern
 * polynomial that V8 runs in linear time (its default mode treats states
 * visited inside a negative lookbehind as failures everywhere). So each
 * attack string it finds is run in V8 itself, scanned the way the tool scans
 * (global), at two sizes eight times apart, under a time limit: the pattern
 * fails when the time grows more than three times faster than the input, or
 * runs out of time. A pattern recheck cannot decide (it ran out of time) is
 * checked again with more time, then fails.
 *
 * A failing source pattern passes, when not exponential, if the statement
 * that holds it says in a comment why its input is bounded: `@bounded <why>`
 * (e.g. "runs on the 14 characters before a date"). Rule patterns run on
 * whole paragraphs and have no such way out: they must be linear.
 *
 *   node dist/scripts/check-patterns.js [--rules DIR]... [--verbose] [--json]
 *
 * A `new RegExp(…)` whose pattern is built from other constants is read from
 * the compiled module, so it must be exported at the top level of its module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check, type AttackPattern, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { compileRuleDirs } from '../src/rules/compile.js';
import { tableFragments } from '../src/rules/vocabulary.js';
import { builtinRulesDir } from '../src/rules/load.js';

const root = fileURLToPath(new URL('../../', import.meta.url)); // dist/scripts → project root
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const extraRuleDirs = args.flatMap((a, i) => (a === '--rules' && args[i + 1] ? [args[i + 1]] : []));

export interface Pattern {
  /** Where it is written: `rules/counts.yaml: delegates` or `src/extract/dates.ts:182 RANGE_GAP`. */
  where: string;
  source: string;
  flags: string;
  /** Why its input is bounded, when the code says so (`@bounded …`). */
  bounded: string | null;
}

/** Patterns of the rule files. */
function rulePatterns(): Pattern[] {
  const { bundle, sources } = compileRuleDirs([builtinRulesDir(), ...extraRuleDirs]);
  const pathOf = new Map(sources.map((s) => [s.path.replace(/^.*\//, '').replace(/\.ya?ml$/i, ''), s.path]));
  const rules = bundle.files.flatMap((f) =>
    f.rules.map((r) => ({
      where: `${relative(root, pathOf.get(f.file) ?? f.file)}: ${r.name}`,
      source: r.source,
      flags: r.flags,
      bounded: null,
    })),
  );
  // Word tables: the fragments they make are also read by the code (e.g. lead-in words), on their own.
  const tables = Object.entries(bundle.tables).flatMap(([name, table]) =>
    Object.entries(tableFragments(name, table)).map(([fragment, source]) => ({ where: `tables: {{${fragment}}}`, source, flags: 'iu', bounded: null })),
  );
  return [...rules, ...tables];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) return tsFiles(p);
      return n.endsWith('.ts') && !n.endsWith('.d.ts') ? [p] : [];
    });
}

/** The `@bounded …` note in the comments before the statement (or property) holding `node`. */
function boundedNote(node: ts.Node, text: string): string | null {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    const ranges = ts.getLeadingCommentRanges(text, n.getFullStart()) ?? [];
    for (const r of ranges) {
      const m = /@bounded\s+([^*\n]+)/.exec(text.slice(r.pos, r.end));
      if (m) return m[1].trim();
    }
    if (ts.isStatement(n) || ts.isPropertyAssignment(n) || ts.isClassElement(n)) break;
  }
  return null;
}

function topLevelConstName(node: ts.Node): string | null {
  const decl = node.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return null;
  const statement = decl.parent?.parent;
  return statement && ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent) ? decl.name.text : null;
}

const literalText = (e: ts.Expression | undefined): string | null =>
  e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : null;

/** Regex literals and `new RegExp(…)` in the source files. */
async function sourcePatterns(problems: string[]): Promise<Pattern[]> {
  const out: Pattern[] = [];
  for (const file of tsFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const rel = relative(root, file);
    const dynamic: { name: string; line: number; node: ts.Node }[] = [];
    const visit = (node: ts.Node): void => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText();
        const slash = lit.lastIndexOf('/');
        out.push({ where: `${rel}:${line}`, source: lit.slice(1, slash), flags: lit.slice(slash + 1), bounded: boundedNote(node, text) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = literalText(pattern);
        const name = topLevelConstName(node);
        if (source !== null && (flags === undefined || literalText(flags) !== null)) {
          out.push({ where: `${rel}:${line}`, source, flags: literalText(flags) ?? '', bounded: boundedNote(node, text) });
        } else if (name) dynamic.push({ name, line, node });
        else if (!/@rule-pattern/.test(text.slice(node.getFullStart() - 400, node.getFullStart()))) {
          // Patterns made from rule records are checked as rules; anything else must be readable here.
          const statement = ts.findAncestor(node, ts.isStatement);
          const note = statement ? ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [] : [];
          if (!note.some((r) => /@rule-pattern/.test(text.slice(r.pos, r.end)))) {
            problems.push(`${rel}:${line}: new RegExp(…) built at run time: make it a top-level exported constant, or mark a rule's pattern with @rule-pattern`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    if (dynamic.length) {
      const compiled = pathToFileURL(join(root, 'dist', rel.replace(/\.ts$/, '.js'))).href;
      const mod = (await import(compiled)) as Record<string, unknown>;
      for (const d of dynamic) {
        const re = mod[d.name];
        if (!(re instanceof RegExp)) {
          problems.push(`${rel}:${d.line}: ${d.name} is built from other constants: export it so its pattern can be checked`);
          continue;
        }
        out.push({ where: `${rel}:${d.line} ${d.name}`, source: re.source, flags: re.flags, bounded: boundedNote(d.node, text) });
      }
    }
  }
  return out;
}

interface Verdict extends Pattern {
  status: Diagnostics['status'];
  complexity: string;
  attack: string | null;
  /** What running recheck's attack in V8 showed: growth of time for ×8 input, or a timeout. */
  inV8: string | null;
  ok: boolean;
}

/** The attack string with each pump repeated `n` times. */
function attackAt(a: AttackPattern, n: number): string {
  return a.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, n + p.bias))).join('') + a.suffix;
}

/** Milliseconds of a global scan of `subject`, or null when it takes longer than `limitMs`. */
function scanTime(source: string, flags: string, subject: string, limitMs: number): number | null {
  const code = `{
    const re = new RegExp(source, flags);
    const t0 = performance.now();
    for (let m = re.exec(subject); m; m = re.exec(subject)) if (m[0] === '') re.lastIndex++;
    performance.now() - t0;
  }`;
  try {
    return runInNewContext(code, { source, flags: `${flags.replace(/[gy]/g, '')}g`, subject, performance }, { timeout: limitMs }) as number;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null;
    throw e;
  }
}

/** Whether recheck's attack makes V8 itself slow down faster than the input grows (×8 input, > ×24 time). */
function confirmInV8(p: Pattern, a: AttackPattern): { superLinear: boolean; note: string } {
  const unit = a.pumps.reduce((s, x) => s + x.pump.length, 0) || 1;
  const n = Math.max(4, Math.ceil(2000 / unit));
  const best = (subject: string) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = scanTime(p.source, p.flags, subject, 3000);
      if (t === null) return null;
      min = Math.min(min, t);
    }
    return min;
  };
  const small = best(attackAt(a, n));
  const large = small === null ? null : best(attackAt(a, n * 8));
  if (small === null || large === null) return { superLinear: true, note: 'times out in V8' };
  // Below a few milliseconds the timer's noise decides the ratio, and nothing is slow.
  const ratio = large / Math.max(small, 0.05);
  const note = `×8 input, ×${ratio.toFixed(1)} time in V8 (${small.toFixed(2)} → ${large.toFixed(2)} ms)`;
  return { superLinear: large > 5 && ratio > 24, note };
}

async function judge(p: Pattern): Promise<Verdict> {
  // Sticky, global and indices flags do not change what can backtrack.
  const flags = p.flags.replace(/[gyd]/g, '');
  let d = await check(p.source, flags, { timeout: 30000 });
  if (d.status === 'unknown' && d.error.kind === 'timeout') d = await check(p.source, flags, { timeout: 120000 });
  const complexity =
    d.status === 'unknown' ? `undecided (${d.error.kind})` : d.complexity.type === 'safe' ? 'linear' : d.complexity.summary;
  const attack = d.status === 'vulnerable' ? `${d.attack.pattern}` : null;
  const exponential = d.status === 'vulnerable' && d.complexity.type === 'exponential';
  let inV8: string | null = null;
  let slow = d.status !== 'safe';
  if (d.status === 'vulnerable') {
    const v8 = confirmInV8(p, d.attack);
    inV8 = v8.note;
    slow = v8.superLinear;
  }
  const ok = !slow || (!exponential && p.bounded !== null);
  return { ...p, status: d.status, complexity, attack, inV8, ok };
}

const problems: string[] = [];
const patterns = [...rulePatterns(), ...(await sourcePatterns(problems))];
const verdicts: Verdict[] = [];
// One check at a time per core: recheck's time limits must not measure a busy machine.
const queue = [...patterns];
await Promise.all(
  Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    for (let p = queue.shift(); p; p = queue.shift()) verdicts.push(await judge(p));
  }),
);
verdicts.sort((a, b) => patterns.indexOf(a) - patterns.indexOf(b));

const failed = verdicts.filter((v) => !v.ok);
if (asJson) {
  console.log(JSON.stringify({ patterns: verdicts.length, failed: failed.length, problems, verdicts }, null, 2));
} else {
  for (const v of verdicts) {
    const confirmedLinear = v.status === 'vulnerable' && v.ok && v.bounded === null;
    if (v.ok && !verbose && !confirmedLinear) continue;
    const note = v.bounded ? ` (bounded: ${v.bounded})` : '';
    const label = v.ok ? (confirmedLinear ? 'ok  ' : 'ok  ') : 'FAIL';
    const v8 = v.inV8 ? `; recheck's attack: ${v.inV8}` : '';
    console.log(`${label} ${v.where}: recheck ${v.complexity}${v8}${note}${v.attack && !v.ok ? `\n     attack: ${v.attack}` : ''}${v.ok && !verbose ? '' : `\n     /${v.source}/${v.flags}`}`);
  }
  for (const p of problems) console.log(`FAIL ${p}`);
  const rules = verdicts.filter((v) => v.where.startsWith('rules/') || !v.where.startsWith('src/')).length;
  const bounded = verdicts.filter((v) => v.ok && v.bounded !== null && v.status !== 'safe').length;
  const notInV8 = verdicts.filter((v) => v.ok && v.bounded === null && v.status === 'vulnerable').length;
  console.log(
    `patterns: ${verdicts.length} checked (${rules} in rules, ${verdicts.length - rules} in src/): ` +
      `${verdicts.length - failed.length - notInV8 - bounded} linear per recheck, ${notInV8} linear in V8 on recheck's attack, ` +
      `${bounded} polynomial on bounded input; ${failed.length + problems.length} failing`,
  );
}
process.exit(failed.length + problems.length > 0 ? 1 : 0);
