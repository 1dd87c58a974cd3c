#!/usr/bin/env node
// Throughput of the built tool on a folder of articles (default ../shared/corpus/news),
// in one process, beside a baseline that only reads, decodes, NFC-normalises and
// scans the same files once with one regular expression.
//
//   npm run bench [-- --dir DIR] [-- --runs N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const dir = opt('--dir', join(root, '../shared/corpus/news'));
const runs = Number(opt('--runs', '3'));

let files;
try {
  files = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/i.test(f)).sort().map((f) => join(dir, f));
} catch {
  console.error(`bench: cannot read ${dir} (the news corpus lives in ../shared/corpus/news beside this repository)`);
  process.exit(2);
}
const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
const mb = bytes / 1e6;
const { extractSync, loadRules, FACT_TYPES, factsOf } = await import(join(root, 'dist/src/index.js'));
// Facts counted: every fact of the listed types (the dateline, one per article, is not counted).
const COUNTED = FACT_TYPES.filter((t) => !t.single);
const rules = await loadRules();

function baseline() {
  const decoder = new TextDecoder('utf-8');
  const re = /đại biểu/giu;
  let hits = 0;
  for (const f of files) {
    const text = decoder.decode(readFileSync(f)).normalize('NFC');
    for (const _ of text.matchAll(re)) hits++;
  }
  return hits;
}

function tool() {
  let facts = 0;
  let out = 0;
  for (const f of files) {
    const a = extractSync(readFileSync(f), rules, { path: f });
    out += JSON.stringify(a).length; // the JSON Lines emitter's work, without the disk
    for (const t of COUNTED) facts += factsOf(a, t).length;
  }
  return { facts, out };
}

function time(fn) {
  let best = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { seconds: best, result };
}

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}`);
console.log(`input:   ${files.length} articles, ${mb.toFixed(1)} MB in ${dir}; best of ${runs} runs, one process`);
const b = time(baseline);
const t = time(tool);
const rss = process.resourceUsage().maxRSS / 1024;
const row = (name, s) => `${name.padEnd(34)} ${(mb / s).toFixed(1).padStart(7)} MB/s ${(files.length / s).toFixed(0).padStart(7)} articles/s ${s.toFixed(2).padStart(6)} s`;
console.log(row('baseline (read+decode+NFC+1 regex)', b.seconds));
console.log(row('vnextract extract (all stages)', t.seconds));
console.log(`facts found: ${t.result.facts}; peak memory (max RSS): ${rss.toFixed(0)} MB`);
