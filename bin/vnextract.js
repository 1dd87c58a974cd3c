#!/usr/bin/env node
// Runs the bundled command line from dist/src/bin/ (built by `npm install` / `npm run build`:
// tsc, then scripts/bundle.mjs).
import { existsSync } from 'node:fs';

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
