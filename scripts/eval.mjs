#!/usr/bin/env node
// Extracts ../shared/corpus/dev (or the folder given first) with the built command
// line and prints the scorer's table. Other arguments go to the scorer (--verbose,
// --only NAME). --min-f1 X exits 1 when micro-F1 is below X, --min-type-f1 Y when
// any fact type's F1 is below Y, --min-items Z when the breakthrough items' F1 is
// below Z, --min-attr NAME=X,… when an attribute's accuracy (elected, positions,
// province, …) is below X or not scored at all (CI holds all four).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const gold = args[0] && !args[0].startsWith('--') ? args.shift() : join(root, '../shared/corpus/dev');
const floor = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : null;
};
const minF1 = floor('--min-f1');
const minTypeF1 = floor('--min-type-f1');
const minItems = floor('--min-items');
const attrAt = args.indexOf('--min-attr');
const minAttr = attrAt >= 0
  ? Object.fromEntries(args.splice(attrAt, 2)[1].split(',').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]))
  : null;
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
if (minF1 === null && minTypeF1 === null && minAttr === null && minItems === null) process.exit(table.status ?? 2);
const json = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
const result = JSON.parse(json.stdout);
let failed = false;
if (minF1 !== null) {
  const f1 = result.micro.F1;
  failed ||= !(f1 >= minF1);
  console.log(`eval: micro-F1 ${f1.toFixed(3)} ${f1 >= minF1 ? '≥' : 'is below the floor'} ${minF1}`);
}
if (minTypeF1 !== null) {
  for (const [type, r] of Object.entries(result.types)) {
    if (r.F1 < minTypeF1) {
      failed = true;
      console.log(`eval: ${type} F1 ${r.F1.toFixed(3)} is below the floor ${minTypeF1}`);
    }
  }
  if (!failed) console.log(`eval: every fact type's F1 ≥ ${minTypeF1}`);
}
if (minItems !== null) {
  const f1 = result.breakthroughItems.F1;
  failed ||= !(f1 >= minItems);
  console.log(`eval: breakthrough items F1 ${f1.toFixed(3)} ${f1 >= minItems ? '≥' : 'is below the floor'} ${minItems}`);
}
if (minAttr !== null) {
  for (const [name, min] of Object.entries(minAttr)) {
    const a = result.attributes[name];
    const acc = a?.accuracy;
    if (typeof acc !== 'number' || !(acc >= min) || !Number.isFinite(min)) {
      failed = true;
      console.log(`eval: attribute ${name} ${typeof acc === 'number' ? acc.toFixed(3) : 'is not scored (no prediction gives it), and'} is below the floor ${min}`);
    } else console.log(`eval: attribute ${name} ${acc.toFixed(3)} ≥ ${min}`);
  }
}
process.exit(failed ? 1 : 0);
