/**
 * Every rule's examples, run through the whole pipeline (Duckling's corpus
 * files as tests): each example must be matched by its own rule and yield
 * the facts it lists; each negative must yield no fact of the file's type.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from '../src/facts/registry.js';
import { extractSync } from '../src/index.js';
import { scan } from '../src/rules/compiled.js';
import { compileRuleDirs, examplesOf } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';
import { isFactRuleFile } from '../src/rules/schema.js';

const { bundle, sources } = compileRuleDirs([builtinRulesDir()]);
const rules = ruleSetFrom(bundle);

function subset(actual: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([k, v]) => JSON.stringify(actual[k]) === JSON.stringify(v));
}

for (const source of sources) {
  const data = source.data;
  if (!isFactRuleFile(data)) continue;
  const file = source.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  const type = data.type;
  describe(`rules/${file}.yaml`, () => {
    for (const { rule, example } of examplesOf(source)) {
      it(`${rule}: ${example.text.slice(0, 80)}`, () => {
        const compiled = rules.byType.get(type)!.find((r) => r.id === `${file}/${rule}`)!;
        expect([...scan(compiled, example.text)].length, `rule ${rule} does not match its example`).toBeGreaterThan(0);
        const wanted = 'expect' in example ? example.expect : undefined;
        if (!wanted) return;
        const published = 'published' in example ? example.published : undefined;
        const article = extractSync(example.text, rules, { reference: published });
        const facts = factsOf(article, type) as Record<string, unknown>[];
        for (const w of wanted) {
          expect(
            facts.some((f) => subset(f, w)),
            `expected ${JSON.stringify(w)} among ${JSON.stringify(facts.map(({ evidence, ...f }) => f))}`,
          ).toBe(true);
        }
      });
    }
    const negatives = [...data.negatives, ...data.rules.flatMap((r) => r.negatives)];
    for (const text of negatives) {
      it(`negative: ${text.slice(0, 80)}`, () => {
        const article = extractSync(text, rules);
        const facts = factsOf(article, type) as { evidence: { text: string } }[];
        expect(facts.map((f) => f.evidence.text)).toEqual([]);
      });
    }
  });
}
