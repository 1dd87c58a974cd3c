/**
 * The output contract as zod, built from the fact-type registry: the article
 * is `source`, `title`, one key per fact type (registry order) and
 * `messages`; each fact type gives the schema of one of its facts. The
 * TypeScript types and the JSON Schema printed by `vnextract schema` derive
 * from here (the CSV columns from the registry itself). Only the schema
 * command, the rule compiler and the library's schema exports load zod.
 */
import { z } from 'zod';
import type { AnyFactType, SchemaKit } from './facts/fact-type.js';
import { FACT_TYPES, type FactKey, type OutputOf } from './facts/registry.js';

export type { FactKey, FactOf, FactTypes, OutputOf } from './facts/registry.js';

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

const kit: SchemaKit = {
  z,
  fact: (shape) => z.object({ ...shape, ...provenance }),
  dayString: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  termString: z.string().regex(/^\d{4}-\d{4}$/),
};

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
  url: z
    .string()
    .nullable()
    .describe("The article's address, an absolute http(s) URL: a scraper's header line (`# url = …`, ` url …`) or a page's `<link rel=\"canonical\">` / `og:url`; null when the input names none"),
  id: z.string().nullable().describe("The scraper's identifier of the article (`# doc_id = …` header line), or null"),
});

/** zod of one fact of a type, provenance included. */
export function factSchema(type: AnyFactType) {
  return type.schema(kit);
}

/** zod of one article with the given fact types (default: the built-in ones). */
export function articleSchema(types: readonly AnyFactType[] = FACT_TYPES) {
  const facts = Object.fromEntries(
    types.map((t) => [t.key, t.single ? factSchema(t).nullable() : z.array(factSchema(t))] as const),
  );
  return z.object({ source: Source, title: z.string().nullable(), ...facts, messages: z.array(Message) });
}

export type Evidence = z.infer<typeof Evidence>;
export type Message = z.infer<typeof Message>;
export type Source = z.infer<typeof Source>;

type Singles = Extract<(typeof FACT_TYPES)[number], { single?: true }>['key'];
/** One extracted article with the built-in fact types. */
export type Article = { source: Source; title: string | null } & { [K in Singles]: OutputOf<K> | null } & {
  [K in Exclude<FactKey, Singles>]: OutputOf<K>[];
} & { messages: Message[] };

export const Article: z.ZodType<Article> = articleSchema() as unknown as z.ZodType<Article>;

// Names of the built-in facts as output, for the library's users.
export type Published = OutputOf<'published'>;
export type Congress = OutputOf<'congresses'>;
export type DateFact = OutputOf<'dates'>;
export type Count = OutputOf<'counts'>;
export type Term = OutputOf<'terms'>;
export type Breakthrough = OutputOf<'breakthroughs'>;
export type Target = OutputOf<'targets'>;
export type Leader = OutputOf<'leaders'>;

/** JSON Schema (draft 2020-12) of one article, for `vnextract schema`. */
export function articleJsonSchema(types: readonly AnyFactType[] = FACT_TYPES): unknown {
  return z.toJSONSchema(articleSchema(types), { target: 'draft-2020-12' });
}
