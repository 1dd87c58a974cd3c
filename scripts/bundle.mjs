#!/usr/bin/env node
// The command line as users run it: the compiled modules of dist/src (made by tsc)
// bundled with esbuild into dist/src/bin/, one file per entry (the command line and
// its two worker threads) plus shared chunks. Start-up then reads a handful of
// files instead of some 140 modules. What a command loads on demand (`import()`:
// the tokenizer, the CSV writer, the rule compiler, the HTML reader, zod) stays in
// chunks of its own, loaded only when asked for. Packages from node_modules are not
// bundled: they are imported from there as before.
//
// Run by `npm run build` (and so by `npm install` / `prepare`), after tsc.
// dist/src/bin/ sits as deep under dist/ as dist/src/cli/, so the paths the modules
// find beside themselves (dist/rules.json, rules/, package.json) stay right.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/src/cli');
const outdir = join(root, 'dist/src/bin');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: join(cli, 'main.js'),
    // The workers are found beside the code that starts them: new URL('./extract-worker.js', import.meta.url).
    'extract-worker': join(cli, 'extract-worker.js'),
    'check-worker': join(cli, 'check-worker.js'),
  },
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['zod', 'yaml', 'xregexp', 'rehype-parse'],
  // Bundled CommonJS packages (commander, picomatch) call require() for Node's modules.
  banner: { js: "import { createRequire as __vnextractRequire } from 'node:module'; const require = __vnextractRequire(import.meta.url);" },
  logLevel: 'warning',
});
