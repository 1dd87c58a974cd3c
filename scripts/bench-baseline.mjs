#!/usr/bin/env node
// The baseline of scripts/bench.mjs, as a process of its own: read every article
// of the given files and folders (walked as the tool walks them: sorted, .txt,
// .html, .htm, .md, hidden folders and node_modules skipped), decode it as UTF-8,
// NFC-normalise it and scan it once with one regular expression. What any tool
// reading the same corpus must at least do; prints the number of matches.
//
//   node scripts/bench-baseline.mjs PATH…
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLE = /\.(?:txt|html?|md)$/i;

function* articles(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    if (e.isDirectory()) yield* articles(join(path, e.name));
    else if (ARTICLE.test(e.name)) yield join(path, e.name);
  }
}

const decoder = new TextDecoder('utf-8');
const re = /đại biểu/giu;
let hits = 0;
for (const arg of process.argv.slice(2)) {
  for (const file of articles(arg)) {
    const text = decoder.decode(readFileSync(file)).normalize('NFC');
    for (const _ of text.matchAll(re)) hits++;
  }
}
process.stdout.write(`${hits}\n`);
