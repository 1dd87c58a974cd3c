/**
 * The fact types, one line each, in output order (the keys of an article in
 * JSON, the rows of `--csv facts`). Everything else that lists fact types —
 * the run order of the extractors, the output schema and its JSON Schema,
 * the rule-file `type`, the article compiler, the CSV columns and rows, the
 * consistency checks — is derived from this list. Adding a fact type is its
 * module (`src/extract/<key>.ts`, exporting a `FactType`), its rule file
 * (`rules/<key>.yaml`) and one line here.
 */
import { breakthroughs } from '../extract/breakthroughs.js';
import { congresses } from '../extract/congresses.js';
import { counts } from '../extract/counts.js';
import { dates } from '../extract/dates.js';
import { leaders } from '../extract/leaders.js';
import { place } from '../extract/place.js';
import { published } from '../extract/published.js';
import { targets } from '../extract/targets.js';
import { terms } from '../extract/terms.js';
import type { AnyFactType, BareOfSchema, FactType, OutputOfSchema } from './fact-type.js';
import { runOrder } from './run-order.js';

export const FACT_TYPES = [published, congresses, place, dates, counts, terms, breakthroughs, targets, leaders] as const;

/** The order the built-in extractors run in, checked once when the pipeline is loaded. */
export const RUN_ORDER: readonly AnyFactType[] = runOrder(FACT_TYPES);

type BuiltIn = (typeof FACT_TYPES)[number];
type SchemaOf<K extends FactKey> = Extract<BuiltIn, { key: K }> extends FactType<K, infer S, boolean> ? S : never;

export type FactKey = BuiltIn['key'];
/** One fact of a built-in type as its extractor produces it (no rule, confidence, evidence). */
export type FactOf<K extends FactKey> = BareOfSchema<SchemaOf<K>>;
/** One fact of a built-in type as output. */
export type OutputOf<K extends FactKey> = OutputOfSchema<SchemaOf<K>>;
export type FactTypes = { [K in FactKey]: FactOf<K> };

/** The facts of one type in an article, as a list whether the type holds one value or many. */
export function factsOf(article: Record<string, unknown>, type: AnyFactType | string, types: readonly AnyFactType[] = FACT_TYPES): unknown[] {
  const t = typeof type === 'string' ? types.find((x) => x.key === type) : type;
  if (!t) throw new Error(`unknown fact type "${String(type)}"`);
  const value = article[t.key];
  if (t.single) return value === null || value === undefined ? [] : [value];
  return (value as unknown[] | undefined) ?? [];
}
