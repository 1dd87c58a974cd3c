#!/usr/bin/env node
// Runs the bundled command line from dist/src/bin/ (built by `npm install` / `npm run build`:
// tsc, then scripts/bundle.mjs).
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// The extraction code is a few large functions that V8's optimising compiler
// recompiles, with everything inlined, each time a new shape of data reaches
// them: on the news corpus that compiling took as much CPU as the extraction
// itself. Without inlining the whole run measured about 15 % less CPU and
// 6-15 % less time (README, Speed). Set before any worker thread starts.
setFlagsFromString('--no-turbo-inlining');

const entry = new URL('../dist/src/bin/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('vnextract: not built yet. Run `npm install` (or `npm run build`) in the project folder first.\n');
  process.exit(2);
}
const { main } = await import(entry.href);
main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (e) => {
    process.stderr.write(`vnextract: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = 70;
  },
);
