/**
 * The CLI tests run bin/vnextract.js, which runs the bundle in dist/src/bin/
 * (made by scripts/bundle.mjs after tsc). A bundle older than the compiled
 * modules (tsc run alone) would test yesterday's code: refuse.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'src');

export function assertBuiltCli(): void {
  const bundle = join(dist, 'bin', 'main.js');
  const compiled = join(dist, 'cli', 'main.js');
  if (!existsSync(compiled) || !existsSync(bundle)) throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
  if (statSync(bundle).mtimeMs < statSync(compiled).mtimeMs) {
    throw new Error('dist/src/bin/ (the bundle bin/vnextract.js runs) is older than dist/src/cli/: run `npm run build`, not tsc alone');
  }
}
