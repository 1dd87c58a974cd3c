/**
 * Counts take their decision words from the tables of rules/counts.yaml and
 * their party gates from context rules, and a user's rule folder that adds
 * a count phrasing (with the shared {{countw}} grammar), a body name or a
 * word changes the output with no edit to the TypeScript.
 */
import { describe, expect, it } from 'vitest';
import { extract, loadRules } from '../src/index.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom, type RuleSet } from '../src/rules/load.js';
import { builtinCompiled, userRuleDir, withUserRules } from './support/rules.js';

const builtin = ruleSetFrom(builtinCompiled().bundle);

const table = (name: string, cls: string, words: string) => `type: fragments\ntables:\n  ${name}:\n    ${cls}: [${words}]\n`;

/** The built-in rules without the counts rules of one context. */
function withoutContext(context: string): RuleSet {
  const set = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);
  set.byType.set('counts', set.byType.get('counts')!.filter((r) => r.set.context !== context));
  return set;
}

const countsOf = async (text: string, rules: RuleSet) =>
  (await extract(text, { rules })).counts.map(({ count, role, qualifier, rule }) => ({ count, role, qualifier, rule }));

// The README's worked example: a count phrasing the built-in rules miss.
const summoned = `type: counts
rules:
  - name: delegates-summoned
    description: 'Đại hội triệu tập 135 đồng chí: the delegates summoned to a congress.'
    requires: ['triệu tập']
    pattern: '{{b}}triệu tập {{countw}} (?:đồng chí|người){{e}}'
    set: { role: delegates }
    examples:
      - text: 'Đại hội Đảng bộ xã Tân Phú triệu tập 135 đồng chí về dự.'
        expect: [{ count: 135, role: delegates }]
`;

describe('a user count phrasing takes effect', () => {
  const article = [
    'Sáng 12/6, Đại hội đại biểu Đảng bộ phường An Khánh lần thứ III khai mạc.',
    '',
    'Đại hội triệu tập gần 180 đồng chí, đại diện cho hơn 2.400 đảng viên của Đảng bộ.',
  ].join('\n');

  it('the built-in rules read only the members', async () => {
    expect(await countsOf(article, builtin)).toEqual([{ count: 2400, role: 'members', qualifier: 'more_than', rule: 'counts/members' }]);
  });

  it('a rule folder adds the delegates, qualifier included', async () => {
    const rules = await loadRules([userRuleDir({ 'summoned.yaml': summoned })]);
    expect(await countsOf(article, rules)).toEqual([
      { count: 180, role: 'delegates', qualifier: 'approx', rule: 'summoned/delegates-summoned' },
      { count: 2400, role: 'members', qualifier: 'more_than', rule: 'counts/members' },
    ]);
  });

  it('the user rule passes through the same checks: a state election is no party count', async () => {
    const text = 'Theo Đảng ủy phường, Ủy ban bầu cử triệu tập 40 người ứng cử để bầu lấy 25 đại biểu Hội đồng nhân dân.';
    const rules = withUserRules(userRuleDir({ 'summoned.yaml': summoned }));
    expect(await countsOf(text, rules)).toEqual([]);
    const party = text.replace('Ủy ban bầu cử', 'Ban Tổ chức').replace('ứng cử để bầu lấy', 'để chọn');
    expect((await countsOf(party, rules)).map((c) => [c.count, c.rule])).toEqual([[40, 'summoned/delegates-summoned']]);
  });
});

describe('count words are tables a user extends', () => {
  it('a body added to body_name is counted, though no built-in body name is in the text', async () => {
    const text = 'Đảng ủy xã kiện toàn Ban Chỉ đạo Đại hội gồm 15 đồng chí.';
    expect(await countsOf(text, builtin)).toEqual([]);
    const rules = withUserRules(userRuleDir({ 'bodies.yaml': table('body_name', 'committee', 'Ban Chỉ đạo') }));
    expect(await countsOf(text, rules)).toEqual([{ count: 15, role: 'committee', qualifier: 'exact', rule: 'counts/body-consists-of' }]);
  });

  it('a body added to the delegation class gives delegates', async () => {
    const text = 'Đại hội Đảng bộ huyện bầu Đoàn dự Đại hội tỉnh gồm 20 đồng chí.';
    const rules = withUserRules(userRuleDir({ 'bodies.yaml': table('body_name', 'delegation', 'Đoàn dự Đại hội tỉnh') }));
    expect(await countsOf(text, rules)).toEqual([{ count: 20, role: 'delegates', qualifier: 'exact', rule: 'counts/body-consists-of' }]);
  });

  it('a word added to not_membership keeps a list of members out', async () => {
    const text = 'Năm qua, Chi bộ tiếp nhận 12 đảng viên từ các đơn vị khác.';
    expect(await countsOf(text, builtin)).toEqual([{ count: 12, role: 'members', qualifier: 'exact', rule: 'counts/members' }]);
    const rules = withUserRules(userRuleDir({ 'members.yaml': table('not_membership', 'before', 'tiếp nhận') }));
    expect(await countsOf(text, rules)).toEqual([]);
  });

  it('a word added to vote_or_speech keeps speakers out', async () => {
    const text = 'Tại Đại hội Đảng bộ xã, 8 đại biểu đã hiến kế phát triển kinh tế.';
    expect((await countsOf(text, builtin)).map((c) => c.count)).toEqual([8]);
    const rules = withUserRules(userRuleDir({ 'speech.yaml': table('vote_or_speech', 'verb', 'hiến kế') }));
    expect(await countsOf(text, rules)).toEqual([]);
  });

  it('a word added to subgroup keeps a subgroup of a body out', async () => {
    const text = 'Ban Chấp hành Đảng bộ xã khóa mới có 5 đồng chí kiêm nhiệm công tác dân vận.';
    expect((await countsOf(text, builtin)).map((c) => c.count)).toEqual([5]);
    const rules = withUserRules(userRuleDir({ 'sub.yaml': table('subgroup', 'after', 'kiêm nhiệm') }));
    expect(await countsOf(text, rules)).toEqual([]);
  });
});

describe('party gates are context rules', () => {
  it('no count is read without a party context rule', async () => {
    const text = 'Đại hội Chi bộ thôn Đông có 32 đảng viên dự.';
    expect((await countsOf(text, builtin)).map((c) => c.count)).toEqual([32]);
    expect(await countsOf(text, withoutContext('party'))).toEqual([]);
  });

  it('a party meeting that names the Party opens the article too (the party_meeting table)', async () => {
    const text = 'Hội nghị học tập Nghị quyết Đại hội XIV của Đảng có hơn 500 cán bộ tham dự.';
    expect((await countsOf(text, withoutContext('party'))).map((c) => c.count)).toEqual([500]);
    const directive = text.replace('Nghị quyết Đại hội XIV', 'Chỉ thị 35');
    expect(await countsOf(directive, withoutContext('party'))).toEqual([]);
    const rules = withUserRules(userRuleDir({ 'meeting.yaml': table('party_meeting', 'meeting', 'Chỉ thị') }));
    rules.byType.set('counts', rules.byType.get('counts')!.filter((r) => r.set.context !== 'party'));
    expect((await countsOf(directive, rules)).map((c) => c.count)).toEqual([500]);
  });

  it('participants are read only in a paragraph a party-topic rule matches', async () => {
    const text = 'Đảng ủy xã chỉ đạo chuẩn bị ngày hội.\nNgày hội thu hút hơn 3.000 học sinh tham gia chương trình văn nghệ.';
    expect(await countsOf(text, builtin)).toEqual([]);
    const rules = withUserRules(
      userRuleDir({
        'topic.yaml': `type: counts
rules:
  - name: festival-topic
    pattern: 'ngày hội'
    set: { context: party-topic }
    examples:
      - text: 'Đảng ủy xã tổ chức ngày hội có hơn 3.000 học sinh tham gia chương trình văn nghệ.'
        expect: [{ count: 3000, role: participants }]
`,
      }),
    );
    expect(await countsOf(text, rules)).toEqual([{ count: 3000, role: 'participants', qualifier: 'more_than', rule: 'counts/participants-at-meeting' }]);
  });
});
