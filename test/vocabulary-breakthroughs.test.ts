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
import { builtinCompiled, userRuleDir, withUserRules } from './support/rules.js';

const builtin = ruleSetFrom(builtinCompiled().bundle);

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
    // `3 hướng đột phá`: `hướng` is no counting noun of the built-in rules.
    const sentence = 'Đại hội Đảng bộ tỉnh đề ra 3 hướng đột phá: hoàn thiện thể chế; phát triển hạ tầng; đào tạo nhân lực.';
    expect((await groups(sentence)).map((g) => g.count)).not.toContain(3);
    const rule = `type: breakthroughs
rules:
  - name: counted-directions
    pattern: '(?<count>{{int}}|{{numword}}) (?<unit>hướng) đột phá{{e}}'
    set: { statement: counted }
    examples:
      - text: 'Huyện đề ra 2 hướng đột phá: mở rộng vùng chè; đào tạo nghề.'
        expect: [{ count: 2, items: ['mở rộng vùng chè', 'đào tạo nghề'] }]
`;
    const rules = withUserRules(userRuleDir({ 'directions.yaml': rule }));
    expect(await groups(sentence, rules)).toEqual([
      { count: 3, items: ['hoàn thiện thể chế', ...items.slice(1)], rule: 'directions/counted-directions' },
    ]);
  });
});

describe('breakthrough words come from the tables', () => {
  const table = (name: string, cls: string, words: string) =>
    withUserRules(userRuleDir({ [`${name}.yaml`]: `type: fragments\ntables:\n  ${name}:\n    ${cls}: [${words}]\n` }));
  const counts = async (text: string, rules = builtin) => (await groups(text, rules)).map(({ count, items }) => ({ count, items }));

  it('a word added to breakthrough_word is read as `đột phá` is, paragraph gate included', async () => {
    const text = 'Đại hội Đảng bộ huyện xác định 3 khâu bứt phá: cải cách hành chính; phát triển hạ tầng; đào tạo nhân lực.';
    expect(await counts(text)).toEqual([]);
    const same = await counts(text.replace('bứt phá', 'đột phá'));
    expect(same).toHaveLength(1);
    expect(await counts(text, table('breakthrough_word', 'word', 'bứt phá'))).toEqual(same);
  });

  it('a noun added to list_item_noun numbers a list (`Giải pháp thứ nhất là …`)', async () => {
    const text = 'Đại hội Đảng bộ xã đề ra 2 khâu đột phá. Giải pháp thứ nhất là mở rộng vùng chè. Giải pháp thứ hai là đào tạo nghề.';
    expect(await counts(text)).toEqual([{ count: 2, items: [] }]);
    expect(await counts(text, table('list_item_noun', 'noun', 'giải pháp'))).toEqual([{ count: 2, items: ['mở rộng vùng chè', 'đào tạo nghề'] }]);
  });

  it('a bullet added to list_bullet splits a flattened list', async () => {
    const text = 'Đại hội Đảng bộ huyện xác định 3 khâu đột phá: ▪ Giao thông kết nối vùng ▪ Cải cách hành chính ▪ Đào tạo nhân lực. Đại hội cũng bầu Ban Chấp hành.';
    const before = await counts(text);
    expect(before[0].items).not.toHaveLength(3);
    expect(await counts(text, table('list_bullet', 'inline', "'▪'"))).toEqual([
      { count: 3, items: ['Giao thông kết nối vùng', 'Cải cách hành chính', 'Đào tạo nhân lực'] },
    ]);
  });

  it('an ordinal added to list_ordinal numbers a list past the eighth item', async () => {
    const marks = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
    const items = ['giao thông', 'thủy lợi', 'lưới điện', 'nước sạch', 'trường học', 'trạm y tế', 'chợ nông thôn', 'nhà văn hóa', 'môi trường'];
    const text = `Nghị quyết Đại hội Đảng bộ tỉnh nêu 9 khâu đột phá. ${marks.map((m, i) => `Thứ ${m}, ${items[i]}.`).join(' ')}`;
    expect((await counts(text))[0].items).toEqual([]);
    expect(await counts(text, table('list_ordinal', 'word', 'chín'))).toEqual([{ count: 9, items }]);
  });

  it('a word added to list_opener (about) introduces the list a count names', async () => {
    const text = 'Nghị quyết Đại hội Đảng bộ tỉnh xác định 3 đột phá chiến lược hướng vào thể chế, hạ tầng và nhân lực.';
    expect(await counts(text)).toEqual([{ count: 3, items: [] }]);
    expect(await counts(text, table('list_opener', 'about', 'hướng vào'))).toEqual([{ count: 3, items: ['thể chế', 'hạ tầng', 'nhân lực'] }]);
  });

  it('a user context rule (context: policy) lets a bare count through', async () => {
    const text = 'Bệnh viện tỉnh ghi nhận 3 đột phá: ghép tạng; vi phẫu; can thiệp tim mạch.';
    expect(await counts(text)).toEqual([]);
    const rule = `type: breakthroughs
rules:
  - name: health-policy
    pattern: 'Bệnh viện|Sở Y tế'
    set: { context: policy }
    examples:
      - text: 'Sở Y tế nêu 2 đột phá: y tế cơ sở; chuyển đổi số.'
        expect: [{ count: 2, items: ['y tế cơ sở', 'chuyển đổi số'] }]
`;
    expect(await counts(text, withUserRules(userRuleDir({ 'health.yaml': rule })))).toEqual([{ count: 3, items: ['ghép tạng', 'vi phẫu', 'can thiệp tim mạch'] }]);
  });
});
