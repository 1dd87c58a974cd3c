/** Terms: year spans that name a period (`nhiệm kỳ 2020 - 2025`) as `YYYY-YYYY`. */
import { scan } from '../rules/compiled.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { Found } from '../types.js';
import type { FactOf } from '../schema.js';
import { isPlausiblePeriod } from './refine/periods.js';

const schema = ({ z, fact, termString }: SchemaKit) =>
  fact({
    value: termString.describe('Year span YYYY-YYYY'),
    start: z.number().int(),
    end: z.number().int(),
  });

export const terms: FactType<'terms', ReturnType<typeof schema>> = {
  key: 'terms',
  needs: [],
  schema,
  csv: { type: 'term', columns: ['value'], row: (t) => ({ value: t.value }) },
  articleColumns: { terms: { list: (ts) => ts.map((t) => t.value) } },
  extract(doc, rules) {
    const out: Found<FactOf<'terms'>>[] = [];
    for (const rule of rules) {
      for (const m of scan(rule, doc.text)) {
        const start = Number(m.groups.from);
        const end = Number(m.groups.to);
        // A rule that reads the span of a history (`set: { period: history }`) allows a longer one,
        // and reads only those: a shorter span is any rule's, with the span alone as its evidence.
        const history = rule.set.period === 'history';
        if (!isPlausiblePeriod(start, end, history ? 'history' : 'span')) continue;
        if (history && isPlausiblePeriod(start, end, 'span')) continue;
        out.push({ fact: { value: `${start}-${end}`, start, end }, span: m, rule: rule.id, confidence: rule.confidence });
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
  identity: (f) => f.value,
};
