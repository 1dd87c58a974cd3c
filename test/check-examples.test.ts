/**
 * The example checker (src/rules/check-examples.ts) on rule files written
 * here: what makes an example fail, and the message that says why.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkExamples, ExampleChecker, type ExampleCase } from '../src/rules/check-examples.js';
import { compileRuleDirs, compileSources, type SourceRuleFile } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';
import { RuleFile } from '../src/rules/schema.js';

const builtin = compileRuleDirs([builtinRulesDir()]);

/** The failures of one user rule file (checked with the built-in rules beside it). */
function failuresOf(name: string, yaml: string): string[] {
  const source: SourceRuleFile = { path: `${name}.yaml`, data: RuleFile.parse(parse(yaml)) };
  const { bundle } = compileSources([...builtin.sources, source]);
  return checkExamples(ruleSetFrom(bundle), [source]).map((f) => `${f.rule ?? 'file'} ${f.kind} ${f.index + 1}: ${f.reason}`);
}

const GATHERS = `type: counts
rules:
  - name: gathers
    pattern: '{{b}}quy tụ (?<n>{{int}}) cán bộ{{e}}'
    set: { role: participants }
    examples:
`;

describe('examples of a rule that produces facts', () => {
  it('pass when the expected facts carry the rule id, or name the other rule that produces them', () => {
    expect(
      failuresOf(
        'people',
        `${GATHERS}      - text: 'Hội nghị của Đảng bộ huyện quy tụ 450 cán bộ chủ chốt và 30 đại biểu khách mời.'
        expect: [{ count: 450, role: participants }, { count: 30, role: delegates, rule: counts/delegates }]
`,
      ),
    ).toEqual([]);
  });

  it('fail when an expected fact comes from another rule the example does not name', () => {
    expect(
      failuresOf(
        'people',
        `${GATHERS}      - text: 'Hội nghị của Đảng bộ huyện quy tụ 450 cán bộ chủ chốt và 30 đại biểu khách mời.'
        expect: [{ count: 450 }, { count: 30, role: delegates }]
`,
      ),
    ).toEqual([
      'gathers example 1: expected {"count":30,"role":"delegates"} from people/gathers, but rule counts/delegates produced it (name that rule in the expectation if it is meant)',
    ]);
  });

  it('fail when a string example yields no fact of the rule, though its pattern matches', () => {
    const failures = failuresOf(
      'people',
      `${GATHERS}      - 'Hội nghị của Đảng bộ huyện quy tụ 450 cán bộ chủ chốt.'
      - 'Ban tổ chức quy tụ 80 cán bộ của công ty.'
`,
    );
    // No party organisation: the counts extractor reads nothing in the second.
    expect(failures).toEqual([
      'gathers example 2: yields no fact of its own rule people/gathers, and the output is the same without the rule (found [])',
    ]);
  });

  it('fail when the pattern does not match the example at all', () => {
    expect(failuresOf('people', `${GATHERS}      - 'Hội nghị của Đảng bộ huyện có 450 cán bộ.'\n`)).toEqual([
      "gathers example 1: the rule's pattern does not match its example",
    ]);
  });
});

describe('examples of a cue rule', () => {
  const CUE = `type: targets
rules:
  - name: running-total
    pattern: '{{b}}lũy kế{{e}}'
    set: { cue: past }
    examples:
`;
  const TEXT = 'Đến năm 2030, Đảng bộ huyện phấn đấu thu hút 20 dự án đầu tư; lũy kế năm 2025 thu hút 12 dự án đầu tư.';

  it('pass when what the cue takes away is found only without it', () => {
    expect(failuresOf('totals', `${CUE}      - text: '${TEXT}'\n        absent: [{ value: 12 }]\n`)).toEqual([]);
  });

  it('fail when an expected fact is found without the cue too: the cue does not bring it', () => {
    expect(failuresOf('totals', `${CUE}      - text: '${TEXT}'\n        expect: [{ value: 20, year: 2030 }]\n`)).toEqual([
      'running-total example 1: expected {"value":20,"year":2030} to come with the rule, but it is found without the rule too',
    ]);
  });

  it('fail when the output is the same without the cue', () => {
    const failures = failuresOf('totals', `${CUE}      - 'Đảng bộ huyện có lũy kế 12 dự án đầu tư.'\n`);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^running-total example 1: a cue example must change the output, but the output is the same without the rule/);
  });
});

describe('negatives', () => {
  it('fail when they yield a fact of the file type', () => {
    const failures = failuresOf('people', `${GATHERS}      - 'Hội nghị của Đảng bộ huyện quy tụ 450 cán bộ chủ chốt.'\nnegatives:\n  - 'Đại hội Đảng bộ xã có 120 đại biểu chính thức.'\n`);
    expect(failures).toEqual([expect.stringMatching(/^file negative 1: a negative yields counts: \[\{"count":120,"role":"delegates"/)]);
  });
});

describe('the examples found before this checker', () => {
  // The examples the built-in rules had: each was passed by a check that only
  // matched the pattern and found the facts from any rule.
  const rules = ruleSetFrom(builtin.bundle);
  const old = (file: string, type: string, rule: string, text: string, published?: string): ExampleCase => ({
    path: `rules/${file}.yaml`,
    file,
    type,
    rule,
    kind: 'example',
    index: 0,
    text,
    published,
  });

  it('counts/meeting-has-participants: participants-at-meeting reads `… tham dự.` first', () => {
    const c = { ...old('counts', 'counts', 'meeting-has-participants', 'Hội nghị quán triệt Nghị quyết có gần 600 cán bộ, đảng viên tham dự.'), expect: [{ count: 600 }] };
    expect(new ExampleChecker(rules, [c]).check(c)).toBe(
      'expected {"count":600} from counts/meeting-has-participants, but rule counts/participants-at-meeting produced it: it reads these words first',
    );
  });

  it('dates/day-month-in-parentheses: `lần thứ hai (18/3)` is read by day-month-cued (thứ hai as a weekday)', () => {
    const c = { ...old('dates', 'dates', 'day-month-in-parentheses', 'Hội nghị hiệp thương lần thứ hai (18/3) đã thống nhất danh sách.', '2021-03-20'), expect: [{ value: '2021-03-18' }] };
    expect(new ExampleChecker(rules, [c]).check(c)).toMatch(/but rule dates\/day-month-cued produced it/);
  });

  it('a cue example without expectations that changes nothing (targets/goal-word, then goal-cue)', () => {
    const c = old('targets', 'targets', 'goal-word', 'Đại hội thông qua 20 chỉ tiêu chủ yếu.');
    expect(new ExampleChecker(rules, [c]).check(c)).toMatch(/^a cue example must change the output/);
  });
});
