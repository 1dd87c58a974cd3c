#!/usr/bin/env node
// Extracts ../shared/corpus/dev (or the folder given) with the built tool and
// prints the scorer's table. Extra arguments go to the scorer (--verbose, --only NAME).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const gold = args[0] && !args[0].startsWith('--') ? args.shift() : join(root, '../shared/corpus/dev');
const scorer = join(root, '../shared/corpus/score.mjs');
if (!existsSync(gold) || !existsSync(scorer)) {
  console.error(`eval: the evaluation corpus is missing (looked for ${gold} and ${scorer}).`);
  console.error('eval: check out ../shared beside this repository (CI has it).');
  process.exit(2);
}
mkdirSync(join(root, 'out'), { recursive: true });
const pred = join(root, 'out', 'eval.jsonl');
const run = spawnSync(process.execPath, [join(root, 'bin/vnextract.js'), 'extract', gold, '--format', 'jsonl', '--out', pred], { stdio: ['ignore', 'inherit', 'inherit'] });
if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);
const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...args], { stdio: 'inherit' });
process.exit(score.status ?? 2);
