/**
 * The README's worked user rule folder (fixtures/user-rules): run as the
 * README shows it, the folder changes the output as the README says, and
 * the README shows the folder's files and the output as they are.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'vnextract.js');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### A user rule folder, worked'), readme.indexOf('## Design'));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60000 });
  return { status: r.status, stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr };
}

/** The output lines the README shows after a command line. */
function shownAfter(command: string): string {
  const at = section.indexOf(`$ ${command}\n`);
  expect(at, `the README shows \`${command}\``).toBeGreaterThanOrEqual(0);
  const lines = section.slice(at).split('\n').slice(1);
  return lines.slice(0, lines.findIndex((l) => l.startsWith('$ ') || l.startsWith('```'))).join('\n');
}

const ARTICLE = 'fixtures/user-rules/article.txt';
const BEFORE = `vnextract ${ARTICLE} -f csv --csv articles`;
const AFTER = `vnextract --rules fixtures/user-rules ${ARTICLE} -f csv --csv articles`;

describe('the worked user rule folder', () => {
  it('without the folder: no delegates, no target', () => {
    const r = run(BEFORE.split(' ').slice(1));
    expect(r.status).toBe(0);
    const [head, line] = r.stdout.trim().split('\n').map((l) => l.split(','));
    // Counted from the end: the quoted title holds a comma.
    const cell = (name: string) => line.at(head.indexOf(name) - head.length);
    expect(['delegates', 'members', 'committee', 'breakthroughs'].map(cell)).toEqual(['', '', '', '']);
    expect(cell('targets')).toBe('0');
    expect(r.stdout.trim()).toBe(shownAfter(BEFORE));
  });

  it('with it (--rules before the input): 265 delegates and the goal, and its examples pass on load', () => {
    const r = run(AFTER.split(' ').slice(1));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(shownAfter(AFTER));
    const facts = run(['--rules', 'fixtures/user-rules', ARTICLE, '-f', 'jsonl']);
    const a = JSON.parse(facts.stdout);
    expect(a.counts.map((c: { count: number; rule: string }) => [c.count, c.rule])).toEqual([[265, 'delegate-totals/convened-total']]);
    expect(a.targets.map((t: { indicator: string; value: number; comparator: string }) => [t.indicator, t.value, t.comparator])).toEqual([
      ['tỷ lệ hộ nghèo xuống', 1, 'lt'],
    ]);
  });

  it('passes --check-rules', () => {
    const r = run(['--rules', 'fixtures/user-rules', '--check-rules']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('the README shows each rule file as it is', () => {
    for (const file of ['goal-words.yaml', 'delegate-totals.yaml']) {
      const text = readFileSync(join(root, 'fixtures/user-rules', file), 'utf8').trimEnd();
      expect(section, file).toContain(`\`\`\`yaml\n${text}\n\`\`\``);
    }
  });
});
