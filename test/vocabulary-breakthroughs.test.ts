/**
 * Breakthroughs read what a rule does from its `set:` constants and their
 * words from the rule files: renaming a rule changes nothing, and a rule or
 * a table word given with `--rules` takes effect with no TypeScript edit.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';

const builtin = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);

function userRules(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vnextract-vocab-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const withDir = (dir: string) => ruleSetFrom(compileRuleDirs([builtinRulesDir(), dir]).bundle);

/** The built-in rule folder with `edit` applied to one file's text. */
function editedBuiltins(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'vnextract-rules-'));
  cpSync(builtinRulesDir(), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return ruleSetFrom(compileRuleDirs([dir]).bundle);
}

const groups = async (text: string, rules = builtin) =>
  (await extract(text, { rules })).breakthroughs.map(({ count, items, rule }) => ({ count, items, rule }));

describe('a counted statement is known by its set constant, not its name', () => {
  const text = 'Đại hội Đảng bộ huyện xác định 3 khâu đột phá: cải cách hành chính; phát triển hạ tầng; đào tạo nhân lực.';
  const items = ['cải cách hành chính', 'phát triển hạ tầng', 'đào tạo nhân lực'];

  it('the built-in rule reads the count', async () => {
    expect(await groups(text)).toEqual([{ count: 3, items, rule: 'breakthroughs/counted-breakthroughs' }]);
  });

  it('renamed, it reads the count the same way', async () => {
    const rules = editedBuiltins('breakthroughs.yaml', (t) => t.replace('name: counted-breakthroughs', 'name: numbered-set'));
    expect(await groups(text, rules)).toEqual([{ count: 3, items, rule: 'breakthroughs/numbered-set' }]);
  });

  it('a user rule with the same set reads a count the built-in rules miss', async () => {
    // `3 giải pháp đột phá`: `giải pháp` is no counting noun of the built-in rules.
    const sentence = 'Đại hội Đảng bộ tỉnh đề ra 3 giải pháp đột phá: hoàn thiện thể chế; phát triển hạ tầng; đào tạo nhân lực.';
    expect((await groups(sentence)).map((g) => g.count)).not.toContain(3);
    const rule = `type: breakthroughs
rules:
  - name: counted-solutions
    pattern: '(?<count>{{int}}|{{numword}}) (?<unit>giải pháp) đột phá{{e}}'
    set: { statement: counted }
    examples:
      - text: 'Huyện đề ra 2 giải pháp đột phá: mở rộng vùng chè; đào tạo nghề.'
        expect: [{ count: 2, items: ['mở rộng vùng chè', 'đào tạo nghề'] }]
`;
    const rules = withDir(userRules({ 'solutions.yaml': rule }));
    expect(await groups(sentence, rules)).toEqual([
      { count: 3, items: ['hoàn thiện thể chế', ...items.slice(1)], rule: 'solutions/counted-solutions' },
    ]);
  });
});
