#!/usr/bin/env node
// The top entries of a V8 CPU profile by self time (and by function, summed),
// to read `node --cpu-prof` output without a browser:
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/vnextract.js BIG.txt -f jsonl -q -o /dev/null --timeout 0
//   node scripts/cpu-top.mjs /tmp/prof/*.cpuprofile [--top 25]
//
// With several profiles (the main thread and the extraction worker each write
// one) the entries are summed over all of them.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
const files = args.filter((a, i) => a !== '--top' && i !== topAt + 1);
if (files.length === 0) {
  console.error('usage: node scripts/cpu-top.mjs PROFILE.cpuprofile… [--top N]');
  process.exit(2);
}

const self = new Map(); // "function file:line" → µs
let total = 0;
for (const file of files) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  // timeDeltas[i] is the time before samples[i]; charge it to that sample's node.
  p.samples.forEach((id, i) => {
    dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    const where = f.url ? `${f.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
    const name = (f.functionName || '(anonymous)').slice(0, 90);
    const key = `${name} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
}
console.log(`${(total / 1e6).toFixed(2)} s sampled in ${files.length} profile(s); top ${top} by self time:`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)} % ${(us / 1e3).toFixed(0).padStart(7)} ms  ${key}`);
}
