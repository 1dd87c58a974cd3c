/**
 * Congresses read what a rule does from its `set:` (body, bare_ordinal,
 * context), never from its name, and their decision words from the tables of
 * rules/congresses.yaml: a renamed rule reads the same, and a user's rule
 * folder that adds a rule, a context rule or a word changes the output.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom, type RuleSet } from '../src/rules/load.js';
import { builtinCompiled, userRuleDir, withUserRules } from './support/rules.js';

const builtin = ruleSetFrom(builtinCompiled().bundle);

/** The built-in rules without the congress rules that `drop` picks. */
function without(drop: (set: Record<string, unknown>) => boolean): RuleSet {
  const set = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);
  set.byType.set('congresses', set.byType.get('congresses')!.filter((r) => !drop(r.set)));
  return set;
}

const congressesOf = async (text: string, rules: RuleSet) =>
  (await extract(text, { rules })).congresses.map(({ ordinal, body, term }) => ({ ordinal, body, term }));

// One article with a mention of every kind: named, place, national, optional
// with a body, bare (Roman and digits), and a sentence about sport.
const article = [
  'Tỉnh ủy chỉ đạo chuẩn bị Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XII, nhiệm kỳ 2025 - 2030.',
  'Toàn cảnh Đại hội đại biểu huyện Đức Trọng khóa X, nhiệm kỳ 2025-2030.',
  'Các đảng viên học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.',
  'Đại hội lần thứ V Đảng bộ xã Tân Hà đề ra nhiều chỉ tiêu.',
  'Văn kiện trình Đại hội XIV được góp ý rộng rãi; Đại hội 15 của câu lạc bộ hưu trí cũng họp.',
  'Đoàn vận động viên giành 5 huy chương, chào mừng Đại hội lần thứ IX Đảng bộ thị trấn.',
].join('\n');

describe('congress rules are read by their set constants', () => {
  it('a copy of the rules with every congress rule renamed reads the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnextract-renamed-'));
    cpSync(builtinRulesDir(), dir, { recursive: true });
    const file = join(dir, 'congresses.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}- name: )([a-z-]+)$/gm, '$1renamed-$2'));
    const renamed = ruleSetFrom(compileRuleDirs([dir]).bundle);
    expect(renamed.byType.get('congresses')!.every((r) => r.name.startsWith('renamed-'))).toBe(true);
    const before = await congressesOf(article, builtin);
    expect(before).toEqual([
      { ordinal: 12, body: 'tỉnh Lâm Đồng', term: '2025-2030' },
      { ordinal: 10, body: 'huyện Đức Trọng', term: '2025-2030' },
      { ordinal: 13, body: 'toàn quốc', term: null },
      { ordinal: 5, body: 'xã Tân Hà', term: null },
      { ordinal: 14, body: null, term: null },
    ]);
    expect(await congressesOf(article, renamed)).toEqual(before);
  });

  it('the bare-ordinal constant keeps a bare congress in digits out', async () => {
    const text = 'Tỉnh ủy chỉ đạo tổ chức tốt Đại hội 2 của hội người cao tuổi.';
    expect(await congressesOf(text, builtin)).toEqual([]);
    const lax = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);
    for (const r of lax.byType.get('congresses')!) delete r.set.bare_ordinal;
    expect(await congressesOf(text, lax)).toEqual([{ ordinal: 2, body: null, term: null }]);
  });

  it('a user rule with the same set reads a form the built-in rules miss', async () => {
    const text = 'Huyện ủy dự Đại hội Chi bộ thôn Tân Lập lần thứ V, nhiệm kỳ 2025-2027.';
    expect(await congressesOf(text, builtin)).toEqual([]);
    const rule = (set: string) => `type: congresses
rules:
  - name: cell-congress
    pattern: '{{b}}Đại hội Chi bộ (?<body>(?:thôn|ấp|bản) [A-ZĐ]\\S*(?: [A-ZĐ]\\S*)*) lần thứ (?<ordinal>{{ordinal}}){{e}}'
    set: ${set}
    examples:
      - text: 'Đại hội Chi bộ ấp Phú Hòa lần thứ III thành công tốt đẹp.'
        expect: [{ ordinal: 3, body: 'ấp Phú Hòa' }]
`;
    expect(await congressesOf(text, withUserRules(userRuleDir({ 'cell.yaml': rule('{ body: named }') })))).toEqual([
      { ordinal: 5, body: 'thôn Tân Lập', term: '2025-2027' },
    ]);
    // The same pattern read as the national congress: the constant, not the name, decides.
    expect(await congressesOf(text, withUserRules(userRuleDir({ 'cell.yaml': rule('{ body: national }') })))).toEqual([
      { ordinal: 5, body: 'toàn quốc', term: '2025-2027' },
    ]);
  });
});

describe('context rules of congresses', () => {
  it('a bare mention is read only where a party context rule matches', async () => {
    const text = 'Huyện ủy chỉ đạo các chi bộ góp ý dự thảo văn kiện trình Đại hội lần thứ XX.';
    expect(await congressesOf(text, builtin)).toEqual([{ ordinal: 20, body: null, term: null }]);
    expect(await congressesOf(text, without((s) => s.context === 'party'))).toEqual([]);
  });

  it('a sport sentence keeps its congress out, and only its own', async () => {
    const text = 'Đoàn vận động viên giành 12 huy chương, chào mừng Đại hội lần thứ X Đảng bộ tỉnh Gia Lai.';
    expect(await congressesOf(text, builtin)).toEqual([]);
    expect(await congressesOf(text, without((s) => s.context === 'sport'))).toEqual([{ ordinal: 10, body: 'tỉnh Gia Lai', term: null }]);
  });

  it('a user sport context rule and a user organisation word take effect', async () => {
    const text = [
      'Tỉnh ủy chúc mừng Đại hội lần thứ III Câu lạc bộ Doanh nhân trẻ.',
      'Giải bóng đá chào mừng Đại hội lần thứ VII Đảng bộ phường Tân Định.',
    ].join('\n');
    expect(await congressesOf(text, builtin)).toEqual([
      { ordinal: 3, body: null, term: null },
      { ordinal: 7, body: 'phường Tân Định', term: null },
    ]);
    const rules = withUserRules(
      userRuleDir({
        'football.yaml': `type: congresses
rules:
  - name: football-sentence
    pattern: 'bóng đá'
    set: { context: sport }
    examples:
      - text: 'Giải bóng đá chào mừng Đại hội lần thứ XX Đảng bộ xã Phú An.'
        absent: [{ ordinal: 20 }]
`,
        'clubs.yaml': 'type: fragments\ntables:\n  other_organisation:\n    name: [Câu lạc bộ]\n',
      }),
    );
    expect(await congressesOf(text, rules)).toEqual([]);
  });

  it('a term word added to the table is read after a congress', async () => {
    const text = 'Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVII, khóa 2025-2030 đã bế mạc.';
    expect(await congressesOf(text, builtin)).toEqual([{ ordinal: 17, body: 'tỉnh Kon Tum', term: null }]);
    const rules = withUserRules(userRuleDir({ 'term.yaml': 'type: fragments\ntables:\n  term_word:\n    short: [khóa]\n' }));
    expect(await congressesOf(text, rules)).toEqual([{ ordinal: 17, body: 'tỉnh Kon Tum', term: '2025-2030' }]);
  });
});
