/**
 * Vocabulary is data: a rule folder given with `--rules` (here `loadRules([dir])`)
 * that adds a goal cue or a qualifier word changes what is extracted, with
 * no edit to the TypeScript. The decision words live in the rule files.
 */
import { describe, expect, it } from 'vitest';
import { extract, loadRules } from '../src/index.js';
import { compileRuleDirs, } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';
import { anyMatch, rulesWith } from '../src/rules/select.js';
import { mergeTables, tableFragments, Vocabulary } from '../src/rules/vocabulary.js';

import { builtinCompiled, userRuleDir, withUserRules } from './support/rules.js';

const builtin = ruleSetFrom(builtinCompiled().bundle);

describe('a user goal cue takes effect', () => {
  const cue = `type: targets
rules:
  - name: resolve-cue
    pattern: '{{b}}quyết tâm{{e}}'
    set: { cue: goal }
    examples:
      - text: 'Đảng bộ xã quyết tâm đưa tỷ lệ hộ nghèo xuống dưới 2%.'
        expect: [{ value: 2, unit: '%', comparator: 'lt' }]
`;
  const sentence = 'Đảng bộ huyện quyết tâm đưa tỷ lệ hộ nghèo xuống dưới 1%.';

  it('the sentence states no target with the built-in rules', async () => {
    expect((await extract(sentence, { rules: builtin })).targets).toEqual([]);
  });

  it('states one once the cue rule is added', async () => {
    const rules = withUserRules(userRuleDir({ 'goals.yaml': cue }));
    const [t] = (await extract(sentence, { rules })).targets;
    expect(t).toMatchObject({ value: 1, unit: '%', comparator: 'lt', year: null, rule: 'targets/percent' });
  });

  it('a word added to the goal_word table reads as `phấn đấu` does, indicator included', async () => {
    const table = 'type: fragments\ntables:\n  goal_word:\n    party: [quyết tâm]\n';
    const rules = withUserRules(userRuleDir({ 'goal-words.yaml': table }));
    const { evidence, ...t } = (await extract(sentence, { rules })).targets[0];
    const { evidence: e2, ...same } = (await extract(sentence.replace('quyết tâm', 'phấn đấu'), { rules: builtin })).targets[0];
    expect(t).toEqual({ ...same, rule: 'targets/percent' });
    expect(t.indicator).toBe('tỷ lệ hộ nghèo xuống');
    expect(evidence.text).toContain('quyết tâm');
  });

  it('loadRules with a folder gives the same reading', async () => {
    const rules = await loadRules([userRuleDir({ 'goals.yaml': cue })]);
    expect((await extract(sentence, { rules })).targets.map((t) => t.value)).toEqual([1]);
  });
});

describe('the qualifier table', () => {
  const nearly = `type: fragments
tables:
  qualifier:
    approx: [ngót]
`;

  it('one word added to a class qualifies counts and targets alike', async () => {
    const text = [
      'Đại hội Đảng bộ huyện lần thứ XX có ngót 300 đại biểu chính thức dự.',
      'Đảng bộ huyện phấn đấu đến năm 2030 tỷ lệ hộ nghèo còn ngót 1%.',
    ].join('\n');
    const before = await extract(text, { rules: builtin });
    expect(before.counts.map((c) => c.qualifier)).toEqual(['exact']);
    const rules = withUserRules(userRuleDir({ 'nearly.yaml': nearly }));
    const after = await extract(text, { rules });
    expect(after.counts.map((c) => [c.count, c.qualifier])).toEqual([[300, 'approx']]);
    expect(after.targets.map((t) => [t.value, t.comparator, t.evidence.text.includes('ngót 1%')])).toEqual([[1, 'eq', true]]);
  });

  it('maps each built-in word to its class, case and spacing aside', () => {
    const v = builtin.vocabulary;
    expect(v.classOf('qualifier', 'Hơn')).toBe('more_than');
    expect(v.classOf('qualifier', 'khoảng  chừng')).toBe('approx');
    expect(v.classOf('qualifier', 'không quá')).toBe('at_most');
    expect(v.classOf('qualifier', 'ngoài')).toBeUndefined();
    expect(v.classOf('no-such-table', 'hơn')).toBeUndefined();
  });
});

describe('tables', () => {
  it('a later file adds words to a class and may move a word to another', () => {
    const merged = mergeTables([{ q: { a: ['x', 'y'], b: ['z'] } }, { q: { b: ['y', 'w'] } }]);
    expect(merged).toEqual({ q: { a: ['x'], b: ['z', 'y', 'w'] } });
    expect(new Vocabulary(merged).classOf('q', 'y')).toBe('b');
  });

  it('fragments try longer words first and escape pattern characters', () => {
    const f = tableFragments('q', { approx: ['khoảng', 'khoảng chừng'], odd: ['a.b'] });
    expect(f).toEqual({ q: '(?:khoảng chừng|khoảng|a\\.b)', q_approx: '(?:khoảng chừng|khoảng)', q_odd: '(?:a\\.b)' });
  });

  it('a table with a bad class name is an error naming the file', () => {
    const dir = userRuleDir({ 'bad.yaml': 'type: fragments\ntables:\n  qualifier:\n    More Than: [hơn]\n' });
    expect(() => compileRuleDirs([builtinRulesDir(), dir])).toThrow(/bad\.yaml[\s\S]*snake_case/);
  });
});

describe('rules chosen by what they set', () => {
  const targets = builtin.byType.get('targets')!;

  it('selects by a set constant and a list of values', () => {
    expect(rulesWith(targets, 'cue', 'goal').every((r) => r.set.cue === 'goal')).toBe(true);
    expect([...new Set(rulesWith(targets, 'cue', ['past', 'per-year']).map((r) => r.set.cue))].sort()).toEqual(['past', 'per-year']);
    expect(rulesWith(targets, 'kind').length).toBeGreaterThan(5);
  });

  it('anyMatch finds a match anywhere and skips rules whose required words are absent', () => {
    const goal = rulesWith(targets, 'cue', 'goal');
    expect(anyMatch(goal, 'Nhiều năm liền, xã phấn đấu giữ vững danh hiệu.')).toBe(true);
    expect(anyMatch(goal, 'Trận đấu diễn ra lúc 19 giờ.')).toBe(false);
  });
});

describe('target tables a user extends', () => {
  it('a noun added to counted_noun.not_counted is no longer a counted goal', async () => {
    const text = 'Đảng bộ huyện phấn đấu đến năm 2030 có 25 câu lạc bộ thơ ở các xã.';
    const before = (await extract(text, { rules: builtin })).targets.map((t) => [t.value, t.unit]);
    expect(before).toEqual([[25, 'câu lạc bộ thơ']]);
    const rules = withUserRules(userRuleDir({ 'nouns.yaml': 'type: fragments\ntables:\n  counted_noun:\n    not_counted: [câu lạc bộ]\n' }));
    expect((await extract(text, { rules })).targets).toEqual([]);
  });

  it('a word added to heading.results makes the section under it report results', async () => {
    const text = [
      'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2025 - 2030.',
      'I. THÀNH TỰU NỔI BẬT',
      '1. Trong nhiệm kỳ, huyện kết nạp 420 đảng viên mới.',
    ].join('\n');
    expect((await extract(text, { rules: builtin })).targets.map((t) => t.value)).toEqual([420]);
    const rules = withUserRules(userRuleDir({ 'headings.yaml': 'type: fragments\ntables:\n  heading:\n    results: [thành tựu]\n' }));
    expect((await extract(text, { rules })).targets).toEqual([]);
  });
});
