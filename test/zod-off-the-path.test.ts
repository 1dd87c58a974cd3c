/**
 * zod takes a large part of start-up to load, so extracting never loads it:
 * each fact type's schema is a function handed zod (`facts/fact-type.ts`),
 * called only by `vnextract schema`, the rule compiler and the library's
 * schema exports. A module-resolution hook in the built command line (main
 * thread and worker) records every module that asks for zod.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'vnextract.js');
const dir = mkdtempSync(join(tmpdir(), 'vnextract-zod-'));
writeFileSync(
  join(dir, 'hooks.mjs'),
  `export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (/\\/node_modules\\/zod\\//.test(r.url)) process.stderr.write('ZOD ' + context.parentURL + '\\n');
  return r;
}
`,
);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, bin, ...args], { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
});

describe('zod stays off the extraction path', () => {
  it('the hook sees zod when a command does load it', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('ZOD ');
  });
  for (const format of ['json', 'csv']) {
    it(`extracting an article as ${format} loads no zod, on either thread`, () => {
      const r = run(['fixtures/articles/huyen-dong-hai-quan-triet-2021.txt', '-f', format]);
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
      expect(r.stderr).not.toContain('ZOD ');
    });
  }
});
