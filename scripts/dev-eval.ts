/**
 * Development loop without a build: extract the dev corpus from the TypeScript
 * sources and YAML rules (compiled on the spot) and print the scorer's table.
 *
 *   npx tsx scripts/dev-eval.ts [--verbose] [--only NAME,...] [--dir DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSync } from '../src/index.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args.splice(dirAt, 2)[1] : new URL('../../shared/corpus/dev', import.meta.url).pathname;
if (!existsSync(dir)) {
  console.error(`${dir} is missing: the evaluation corpus lives in ../shared/corpus beside this repository.`);
  process.exit(2);
}
const rules = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);
const lines: string[] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const path = join(dir, f);
  lines.push(JSON.stringify(extractSync(readFileSync(path), rules, { path })));
}
const out = join(tmpdir(), `vnextract-dev-${process.pid}.jsonl`);
writeFileSync(out, `${lines.join('\n')}\n`);
const scorer = new URL('../../shared/corpus/score.mjs', import.meta.url).pathname;
spawnSync(process.execPath, [scorer, '--gold', dir, '--pred', out, ...args], { stdio: 'inherit' });
