/**
 * Every regular expression the tool runs, checked for catastrophic
 * backtracking (ReDoS) with recheck: the patterns of the built-in rules
 * (`rules/*.yaml`, and any `--rules DIR` given here) and every regex literal
 * or `new RegExp(…)` in `src/`.
 *
 * Fails on an exponential pattern, on a polynomial one, and on one recheck
 * cannot decide, unless the statement that holds a source pattern says in a
 * comment why its input is bounded: `@bounded <why>` (e.g. "runs on the 14
 * characters before a date"). Rule patterns run on whole paragraphs and have
 * no such way out: they must be linear.
 *
 *   node dist/scripts/check-patterns.js [--rules DIR]... [--verbose] [--json]
 *
 * A `new RegExp(…)` whose pattern is built from other constants is read from
 * the compiled module, so it must be exported at the top level of its module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { compileRuleDirs } from '../src/rules/compile.js';
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
  return bundle.files.flatMap((f) =>
    f.rules.map((r) => ({
      where: `${relative(root, pathOf.get(f.file) ?? f.file)}: ${r.name}`,
      source: r.source,
      flags: r.flags,
      bounded: null,
    })),
  );
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
  ok: boolean;
}

async function judge(p: Pattern): Promise<Verdict> {
  // Sticky, global and indices flags do not change what can backtrack.
  const flags = p.flags.replace(/[gyd]/g, '');
  const d = await check(p.source, flags, { timeout: 20000 });
  const complexity =
    d.status === 'unknown' ? `undecided (${d.error.kind})` : d.complexity.type === 'safe' ? 'linear' : d.complexity.summary;
  const attack = d.status === 'vulnerable' ? `${d.attack.pattern}` : null;
  const exponential = d.status === 'vulnerable' && d.complexity.type === 'exponential';
  const ok = d.status === 'safe' || (!exponential && p.bounded !== null);
  return { ...p, status: d.status, complexity, attack, ok };
}

const problems: string[] = [];
const patterns = [...rulePatterns(), ...(await sourcePatterns(problems))];
const verdicts: Verdict[] = [];
// The checker runs one native process per call: a few at a time keep both cores busy.
const queue = [...patterns];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let p = queue.shift(); p; p = queue.shift()) verdicts.push(await judge(p));
  }),
);
verdicts.sort((a, b) => patterns.indexOf(a) - patterns.indexOf(b));

const failed = verdicts.filter((v) => !v.ok);
if (asJson) {
  console.log(JSON.stringify({ patterns: verdicts.length, failed: failed.length, problems, verdicts }, null, 2));
} else {
  for (const v of verdicts) {
    if (v.ok && !verbose) continue;
    const note = v.bounded ? ` (bounded: ${v.bounded})` : '';
    console.log(`${v.ok ? 'ok  ' : 'FAIL'} ${v.where}: ${v.complexity}${note}${v.attack && !v.ok ? `\n     attack: ${v.attack}` : ''}\n     /${v.source}/${v.flags}`);
  }
  for (const p of problems) console.log(`FAIL ${p}`);
  const rules = verdicts.filter((v) => v.where.startsWith('rules/') || !v.where.startsWith('src/')).length;
  const bounded = verdicts.filter((v) => v.ok && v.status !== 'safe').length;
  console.log(
    `patterns: ${verdicts.length} checked (${rules} in rules, ${verdicts.length - rules} in src/): ` +
      `${verdicts.length - failed.length} linear or bounded (${bounded} polynomial on bounded input), ${failed.length + problems.length} failing`,
  );
}
process.exit(failed.length + problems.length > 0 ? 1 : 0);
