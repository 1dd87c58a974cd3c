/**
 * The registry: the run order derived from what each fact type needs, the
 * errors for a list that cannot run, and `needs` as the truth about what an
 * extractor reads (it sees the results it declares, and only those).
 */
import { describe, expect, it } from 'vitest';
import { defineFactType, type AnyFactType } from '../src/facts/fact-type.js';
import { FACT_TYPES, RUN_ORDER } from '../src/facts/registry.js';
import { FactTypeError, runOrder } from '../src/facts/run-order.js';
import { extract, loadRules } from '../src/index.js';
import { createProcessor } from '../src/pipeline.js';
import { articleColumns, factColumns } from '../src/emit/csv.js';

const rules = await loadRules();

/** A fact type that finds nothing and records what it was handed. */
function probe(key: string, needs: string[], seen: { found?: string[]; published?: string | null }) {
  return defineFactType({
    key,
    needs,
    schema: ({ z, fact }) => fact({ n: z.number() }),
    extract(_doc, _rules, ctx) {
      seen.found = Object.keys(ctx.found);
      seen.published = ctx.published;
      return [];
    },
    csv: { type: key, columns: [], row: () => ({}) },
  });
}

describe('run order', () => {
  it('runs each type after the types it needs, else in registry order', () => {
    expect(RUN_ORDER.map((t) => t.key)).toEqual(['published', 'terms', 'dates', 'congresses', 'place', 'counts', 'breakthroughs', 'targets', 'leaders']);
    const keys = FACT_TYPES.map((t) => t.key as string);
    for (const t of RUN_ORDER) {
      for (const need of t.needs) {
        expect(keys, `${t.key} needs ${need}`).toContain(need);
        expect(RUN_ORDER.findIndex((x) => x.key === need), `${need} runs before ${t.key}`).toBeLessThan(RUN_ORDER.indexOf(t));
      }
    }
  });
  it('keeps the output in registry order, whatever the run order', async () => {
    const a = await extract('Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 có 250 đại biểu dự.');
    expect(Object.keys(a)).toEqual(['source', 'title', ...FACT_TYPES.map((t) => t.key), 'messages']);
  });
  it('names the types of a cycle, an unknown need and a key listed twice', () => {
    const a = probe('a', ['b'], {});
    const b = probe('b', ['a'], {});
    expect(() => runOrder([a, b])).toThrow(FactTypeError);
    expect(() => runOrder([a, b])).toThrow('fact types need each other in a cycle: a → b → a');
    expect(() => runOrder([probe('c', ['nowhere'], {})])).toThrow('fact type "c" needs "nowhere", which is not a listed fact type');
    expect(() => runOrder([probe('d', [], {}), probe('d', [], {})])).toThrow('fact type "d" is listed twice');
  });
  it('refuses a list that cannot run when the pipeline is made, not on the first article', () => {
    const types: AnyFactType[] = [...FACT_TYPES, probe('x', ['y'], {}), probe('y', ['x'], {})];
    expect(() => createProcessor(rules, { factTypes: types })).toThrow('cycle: x → y → x');
  });
});

describe('needs', () => {
  const text = 'Ngày 15/10/2020\nĐại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 có 250 đại biểu dự.';
  it('hands an extractor the results it declares and the dateline only when it needs `published`', async () => {
    const seen: { found?: string[]; published?: string | null } = {};
    await extract(text, { rules, factTypes: [...FACT_TYPES, probe('probe', ['terms', 'published'], seen)] });
    expect(seen.found?.sort()).toEqual(['published', 'terms']);
    expect(seen.published).toBe('2020-10-15');
  });
  it('hands nothing it did not declare: an undeclared read finds nothing', async () => {
    const seen: { found?: string[]; published?: string | null } = {};
    await extract(text, { rules, factTypes: [...FACT_TYPES, probe('probe', [], seen)] });
    expect(seen.found).toEqual([]);
    expect(seen.published).toBeNull();
  });
});

describe('CSV columns of a fact type', () => {
  const withColumns = (key: string, columns: string[], article: Record<string, (f: readonly unknown[]) => null> = {}) =>
    defineFactType({ ...probe(key, [], {}), csv: { type: key, columns, row: () => ({}) }, articleColumns: article });
  it('may not take a column every row fills, nor an article column another type has', () => {
    expect(() => factColumns([...FACT_TYPES, withColumns('x', ['rule'])])).toThrow('fact type "x": the CSV column "rule" is taken by every row');
    expect(() => factColumns([...FACT_TYPES, withColumns('x', ['published'])])).toThrow('"published" is taken');
    expect(() => articleColumns([...FACT_TYPES, withColumns('x', [], { targets: () => null })])).toThrow(
      'fact type "x": the CSV article column "targets" is already taken',
    );
  });
  it('shares a column another type has (one column, filled by each)', () => {
    expect(factColumns([...FACT_TYPES, withColumns('x', ['value', 'unit'])])).toEqual(factColumns());
  });
});
