/** The command line as users run it: the built binary (CI builds before testing). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FACT_TYPES } from '../src/facts/registry.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCli } from './support/built-cli.js';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

let dir: string;
beforeAll(() => {
  assertBuiltCli();
  dir = mkdtempSync(join(tmpdir(), 'vnextract-cli-'));
  mkdirSync(join(dir, 'corpus', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'a.txt'), 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.\n');
  writeFileSync(join(dir, 'corpus', 'sub', 'b.md'), 'Quy hoạch thời kỳ 2021-2030.\n');
  writeFileSync(join(dir, 'corpus', 'skip.json'), '{}');
  writeFileSync(join(dir, 'empty.txt'), '');
});

describe('vnextract', () => {
  it('teaches with --help and examples', () => {
    const r = run(['extract', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--format/);
    expect(r.stdout).toMatch(/Examples:/);
  });

  it('exits 2 on a usage error, with a message', () => {
    const r = run(['--format', 'xml', 'x.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });

  it('reads folders recursively (.txt; .md when asked), skipping other files, and writes a JSON array', () => {
    const plain = run([join(dir, 'corpus')]);
    expect(plain.status).toBe(0);
    expect(JSON.parse(plain.stdout).source.path.replace(dir, '')).toBe('/corpus/a.txt');
    const r = run([join(dir, 'corpus'), '--ext', 'txt,md']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((a: { source: { path: string } }) => a.source.path.replace(dir, ''))).toEqual(['/corpus/a.txt', '/corpus/sub/b.md']);
    expect(out[1].terms[0].value).toBe('2021-2030');
  });

  it('reports a missing file with its name, still writes the others, and exits 1', () => {
    const r = run([join(dir, 'corpus', 'a.txt'), join(dir, 'nope.txt'), '-f', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'nope.txt')}: error no such file or folder`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reads standard input with -', () => {
    const r = run(['-', '-f', 'jsonl'], 'Giai đoạn 2021 - 2030.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: { path: '-' }, terms: [{ value: '2021-2030' }] });
  });

  it('writes CSV articles with a BOM to a file', () => {
    const out = join(dir, 'sheet.csv');
    const r = run([join(dir, 'corpus'), '--ext', 'txt,md', '-f', 'csv', '--csv', 'articles', '--bom', '-o', out]);
    expect(r.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('warns about an empty article, and fails on it with --strict', () => {
    const r = run([join(dir, 'empty.txt')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: warning the article is empty/);
    expect(run([join(dir, 'empty.txt'), '--strict']).status).toBe(1);
  });

  it('names the file and rule when a user rule file is broken', () => {
    const rules = join(dir, 'rules');
    mkdirSync(rules, { recursive: true });
    writeFileSync(join(rules, 'mine.yaml'), 'type: counts\nrules:\n  - name: Bad Name\n    pattern: x\n    examples: [x]\n');
    const r = run([join(dir, 'corpus', 'a.txt'), '--rules', rules]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/mine\.yaml: .*rule "Bad Name"/);
  });

  it('prints the JSON Schema of the output', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    // One property per fact type, in registry order, between the article's own fields.
    expect(Object.keys(schema.properties)).toEqual(['source', 'title', ...FACT_TYPES.map((t) => t.key), 'messages']);
  });

  it('tokenizes into typed tokens', () => {
    const r = run(['tokenize', '-', '--json'], 'Ngày 15/10/2020, 343 đại biểu dự Đại hội lần thứ XI.');
    expect(r.status).toBe(0);
    const tokens = JSON.parse(r.stdout).sentences[0].tokens;
    expect(tokens.slice(0, 4)).toEqual([
      { type: 'word', text: 'Ngày' },
      { type: 'date', text: '15/10/2020' },
      { type: 'punct', text: ',' },
      { type: 'number', text: '343', value: 343 },
    ]);
    expect(tokens.find((t: { type: string }) => t.type === 'roman')).toEqual({ type: 'roman', text: 'XI', value: 11 });
  });

  it('tokenizes a page as the rules read it: its main text, not its tags, placed in the HTML', () => {
    const page = [
      '<!DOCTYPE html><html><head><title>Tin</title><script>var a = "lần thứ IX";</script></head><body>',
      '<nav class="menu"><a href="/">Trang chủ</a></nav>',
      '<article>',
      '  <p>Đại hội Đảng bộ x&atilde; Tân Phú lần thứ XII diễn ra ngày 2/10/2020.</p>',
      '</article></body></html>',
    ].join('\n');
    writeFileSync(join(dir, 'page.html'), page);
    const r = run(['tokenize', join(dir, 'page.html'), '--json']);
    expect(r.status).toBe(0);
    const { sentences } = JSON.parse(r.stdout);
    // Only the article's sentence: no tag, script or menu.
    expect(sentences.map((s: { text: string }) => s.text)).toEqual(['Đại hội Đảng bộ xã Tân Phú lần thứ XII diễn ra ngày 2/10/2020.']);
    // Its place is where it starts in the HTML file (line 4, after `  <p>`).
    expect([sentences[0].line, sentences[0].column]).toEqual([4, 6]);
    const tokens = sentences[0].tokens.map((t: { text: string }) => t.text);
    expect(tokens).toContain('xã'); // the entity read as the letter
    expect(tokens).not.toContain('<');
    // The same page on standard input is recognised as HTML, as extraction does.
    const piped = JSON.parse(run(['tokenize', '-', '--json'], page).stdout).sentences;
    expect(piped.map((s: { text: string }) => s.text)).toEqual(sentences.map((s: { text: string }) => s.text));
  });
});
