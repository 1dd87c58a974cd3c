#!/usr/bin/env node
// Extracts ../shared/corpus/dev (or the folder given first) with the built command
// line and prints the scorer's table. Other arguments go to the scorer (--verbose,
// --only NAME). --min-f1 X exits 1 when micro-F1 is below X (used by CI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const gold = args[0] && !args[0].startsWith('--') ? args.shift() : join(root, '../shared/corpus/dev');
let minF1 = null;
const at = args.indexOf('--min-f1');
if (at >= 0) minF1 = Number(args.splice(at, 2)[1]);
const scorer = join(root, '../shared/corpus/score.mjs');
if (!existsSync(gold) || !existsSync(scorer)) {
  console.error(`eval: the evaluation corpus is missing (looked for ${gold} and ${scorer}).`);
  console.error('eval: check out ../shared beside this repository (CI has it).');
  process.exit(2);
}
mkdirSync(join(root, 'out'), { recursive: true });
const pred = join(root, 'out', 'eval.jsonl');
const run = spawnSync(process.execPath, [join(root, 'bin/vnextract.js'), 'extract', gold, '--format', 'jsonl', '--out', pred, '--quiet'], { stdio: ['ignore', 'inherit', 'inherit'] });
if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);
const table = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...args], { stdio: 'inherit' });
if (minF1 === null) process.exit(table.status ?? 2);
const json = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
const f1 = JSON.parse(json.stdout).micro.F1;
if (!(f1 >= minF1)) {
  console.error(`eval: micro-F1 ${f1.toFixed(3)} is below the floor ${minF1}`);
  process.exit(1);
}
console.log(`eval: micro-F1 ${f1.toFixed(3)} ≥ ${minF1}`);
