/** Terms: year spans that name a period (`nhiệm kỳ 2020 - 2025`) as `YYYY-YYYY`. */
import { scan } from '../rules/compiled.js';
import type { Extractor, Found } from '../types.js';
import type { FactOf } from '../schema.js';
import { isPlausiblePeriod } from './refine/periods.js';

export const terms: Extractor<'terms'> = {
  key: 'terms',
  ruleFile: 'terms',
  extract(doc, rules) {
    const out: Found<FactOf<'terms'>>[] = [];
    for (const rule of rules) {
      for (const m of scan(rule, doc.text)) {
        const start = Number(m.groups.from);
        const end = Number(m.groups.to);
        if (!isPlausiblePeriod(start, end, 'span')) continue;
        out.push({ fact: { value: `${start}-${end}`, start, end }, span: m, rule: rule.id, confidence: rule.confidence });
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
  identity: (f) => f.value,
};
