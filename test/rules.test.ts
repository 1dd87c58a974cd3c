/**
 * Every rule's examples, run through the whole pipeline and checked against
 * their own rule (src/rules/check-examples.ts): an example's facts must carry
 * the rule's id, a cue example must change the output, a negative must yield
 * no fact of the file's type. One test per example.
 */
import { describe, expect, it } from 'vitest';
import { caseLabel, exampleCases, ExampleChecker } from '../src/rules/check-examples.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';

const { bundle, sources } = compileRuleDirs([builtinRulesDir()]);
const cases = exampleCases(sources);
const checker = new ExampleChecker(ruleSetFrom(bundle), cases);

for (const source of sources) {
  const mine = cases.filter((c) => c.path === source.path);
  if (mine.length === 0) continue;
  describe(`rules/${source.path.replace(/^.*\//, '')}`, () => {
    for (const c of mine) {
      const name = `${c.rule ?? 'file'} ${c.kind} ${c.index + 1}: ${c.text.slice(0, 70)}`;
      it(name, () => {
        expect(checker.check(c), caseLabel(c)).toBeNull();
      });
    }
  });
}
