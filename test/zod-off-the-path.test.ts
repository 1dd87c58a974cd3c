/**
 * zod takes a large part of start-up to load, so extracting never loads it:
 * each fact type's schema is a function handed zod (`facts/fact-type.ts`),
 * called only by `vnextract schema`, the rule compiler and the library's
 * schema exports. Likewise the HTML reader (rehype-parse and parse5) loads
 * only for inputs that may be pages (`normalize/html-reader.ts`). A
 * module-resolution hook in the built command line (main thread and worker)
 * records every module that asks for zod or rehype-parse.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCli } from './support/built-cli.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'vnextract.js');
const dir = mkdtempSync(join(tmpdir(), 'vnextract-zod-'));
writeFileSync(
  join(dir, 'hooks.mjs'),
  `export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (/\\/node_modules\\/zod\\//.test(r.url)) process.stderr.write('ZOD ' + context.parentURL + '\\n');
  if (/\\/node_modules\\/rehype-parse\\//.test(r.url)) process.stderr.write('REHYPE ' + context.parentURL + '\\n');
  return r;
}
`,
);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, bin, ...args], { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  assertBuiltCli();
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

describe('the HTML reader loads only for inputs that may be pages', () => {
  it('a folder of .txt articles loads no rehype-parse', () => {
    const r = run(['fixtures/articles', '-f', 'jsonl']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(10);
    expect(r.stderr).not.toContain('REHYPE ');
  });
  it('--version and --help load neither zod nor rehype-parse', () => {
    for (const args of [['--version'], ['--help']]) {
      const r = run(args);
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(/ZOD |REHYPE /);
    }
  });
  it('a JSON Lines corpus loads it only for a record whose body is HTML', () => {
    const text = JSON.stringify({ id: 't', text: 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.' });
    const page = JSON.stringify({ id: 'p', html: readFileSync(join(root, 'fixtures/encodings/dai-hoi.html'), 'utf8') });
    writeFileSync(join(dir, 'text.jsonl'), `${text}\n${text}\n`);
    writeFileSync(join(dir, 'mixed.jsonl'), `${text}\n${page}\n`);
    const plain = run([join(dir, 'text.jsonl'), '-f', 'jsonl']);
    expect(plain.status).toBe(0);
    expect(plain.stdout.trim().split('\n')).toHaveLength(2);
    expect(plain.stderr).not.toContain('REHYPE ');
    const mixed = run([join(dir, 'mixed.jsonl'), '-f', 'jsonl']);
    expect(mixed.status).toBe(0);
    expect(mixed.stderr).toContain('REHYPE ');
    expect(JSON.parse(mixed.stdout.trim().split('\n')[1]).title).toMatch(/^Khai mạc Đại hội/);
  });
  it('a page is read as HTML: by its name, and on standard input by its start', () => {
    const page = run(['fixtures/encodings/dai-hoi.html', '-f', 'jsonl']);
    expect(page.status).toBe(0);
    expect(page.stderr).toContain('REHYPE ');
    expect(JSON.parse(page.stdout).title).toMatch(/^Khai mạc Đại hội/);
    const stdin = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, bin, '-', '-f', 'jsonl'], {
      cwd: root,
      encoding: 'utf8',
      input: readFileSync(join(root, 'fixtures/encodings/dai-hoi.html')),
    });
    expect(stdin.status).toBe(0);
    expect(JSON.parse(stdin.stdout).title).toMatch(/^Khai mạc Đại hội/);
  });
});

describe('the command line runs the bundle', () => {
  it('bin/vnextract.js loads its own code from dist/src/bin/ only, on either thread', () => {
    const hooks = join(dir, 'dist-hooks.mjs');
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (/\\/dist\\/src\\//.test(r.url)) process.stderr.write('DIST ' + r.url + '\\n');
  return r;
}
`,
    );
    const register = join(dir, 'dist-register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, bin, 'fixtures/articles/huyen-dong-hai-quan-triet-2021.txt', '-f', 'csv'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('DIST '));
    expect(loaded.some((l) => l.includes('/dist/src/bin/extract-worker.js'))).toBe(true);
    expect(loaded.filter((l) => !l.includes('/dist/src/bin/'))).toEqual([]);
  });
});
