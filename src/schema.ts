/**
 * The output contract, defined once. The TypeScript types, the JSON Schema
 * printed by `vnextract schema` and the CSV columns all derive from here.
 */
import { z } from 'zod';

export const Evidence = z
  .object({
    text: z.string().describe('The words that state the fact, as written in the input'),
    start: z.number().int().describe('Offset of the first character in the decoded input (UTF-16 code units)'),
    end: z.number().int().describe('Offset just past the last character'),
    line: z.number().int().describe('1-based line of `start`'),
    column: z.number().int().describe('1-based column of `start`'),
  })
  .describe('Where the fact is stated in the original input');

const provenance = {
  rule: z.string().describe('Id of the rule that produced the fact: `<rule file>/<rule name>`'),
  confidence: z.number().min(0).max(1).describe('1 for a certain reading; lower for latent ones'),
  evidence: Evidence,
};

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const termString = z.string().regex(/^\d{4}-\d{4}$/);

export const Published = z
  .object({ value: isoDay.describe('Dateline as YYYY-MM-DD'), ...provenance })
  .describe("The article's own dateline");

export const Congress = z.object({
  ordinal: z.number().int().positive().describe('Ordinal of the congress (Roman numerals converted)'),
  body: z.string().nullable().describe('Party organisation as written after `Đảng bộ`, or `toàn quốc`'),
  term: termString.nullable().describe('Term the article gives for this congress, YYYY-YYYY'),
  ...provenance,
});

export const DateFact = z.object({
  value: z
    .string()
    .describe('ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY-Qn, START/END for ranges; --MM-DD when the year is unknown'),
  kind: z.enum(['day', 'month', 'quarter', 'range']),
  yearImplied: z.boolean().describe('True when the year was not written and came from the dateline'),
  ...provenance,
});

export const CountRole = z.enum(['delegates', 'members', 'committee', 'participants']);
export const Qualifier = z.enum(['exact', 'more_than', 'less_than', 'approx']);
export const Count = z.object({
  count: z.number().int().nonnegative(),
  role: CountRole,
  qualifier: Qualifier,
  ...provenance,
});

export const Term = z.object({
  value: termString.describe('Year span YYYY-YYYY'),
  start: z.number().int(),
  end: z.number().int(),
  ...provenance,
});

export const Breakthrough = z.object({
  count: z.number().int().positive().nullable().describe('Number of breakthroughs stated, null if none'),
  items: z.array(z.string()).describe('The breakthroughs as written, one per item'),
  ...provenance,
});

export const Comparator = z.enum(['eq', 'gte', 'gt', 'lte', 'lt']);
export const Target = z.object({
  indicator: z.string().describe('What is measured, as written (short)'),
  value: z.number().nullable().describe('The value; null for a range'),
  min: z.number().nullable().describe('Lower end of a range, else null'),
  max: z.number().nullable().describe('Upper end of a range, else null'),
  unit: z.string().describe('`%`, `USD`, `VND` (value in đồng) or the counted noun in lower case'),
  comparator: Comparator,
  year: z.number().int().nullable().describe('Deadline year, null for per-year rates or when none is stated'),
  ...provenance,
});

export const Message = z.object({
  reason: z.string(),
  ruleId: z.string().nullable(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  fatal: z.boolean().nullable().describe('true: error, false: warning, null: information'),
});

export const Source = z.object({
  path: z.string().describe('Input path as given, or `-` for standard input'),
  bytes: z.number().int().nonnegative(),
  encoding: z.string().describe('How the input was decoded'),
});

export const Article = z.object({
  source: Source,
  title: z.string().nullable(),
  published: Published.nullable(),
  congresses: z.array(Congress),
  dates: z.array(DateFact),
  counts: z.array(Count),
  terms: z.array(Term),
  breakthroughs: z.array(Breakthrough),
  targets: z.array(Target),
  messages: z.array(Message),
});

export type Evidence = z.infer<typeof Evidence>;
export type Published = z.infer<typeof Published>;
export type Congress = z.infer<typeof Congress>;
export type DateFact = z.infer<typeof DateFact>;
export type Count = z.infer<typeof Count>;
export type Term = z.infer<typeof Term>;
export type Breakthrough = z.infer<typeof Breakthrough>;
export type Target = z.infer<typeof Target>;
export type Message = z.infer<typeof Message>;
export type Article = z.infer<typeof Article>;

/** Fact fields an extractor produces; the pipeline adds rule, confidence and evidence. */
type Bare<T> = Omit<T, 'rule' | 'confidence' | 'evidence'>;
export interface FactTypes {
  published: Bare<Published>;
  congresses: Bare<Congress>;
  dates: Bare<DateFact>;
  counts: Bare<Count>;
  terms: Bare<Term>;
  breakthroughs: Bare<Breakthrough>;
  targets: Bare<Target>;
}
export type FactKey = keyof FactTypes;
export type FactOf<K extends FactKey> = FactTypes[K];
export const FACT_KEYS: readonly FactKey[] = [
  'published',
  'congresses',
  'dates',
  'counts',
  'terms',
  'breakthroughs',
  'targets',
];

/** JSON Schema (draft 2020-12) of one article, for `vnextract schema`. */
export function articleJsonSchema(): unknown {
  return z.toJSONSchema(Article, { target: 'draft-2020-12' });
}
