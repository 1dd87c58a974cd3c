/**
 * The shape of a rule file, checked with zod when it is loaded. A rule file
 * is YAML: `type` names the extractor it feeds, `fragments` are named
 * sub-patterns, and each rule has a name, a pattern, production constants
 * (`set`) and examples that the test suite runs.
 */
import { z } from 'zod';

const ruleName = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'rule names are kebab-case: letters, digits and -');

export const Example = z.union([
  z.string(),
  z.object({
    text: z.string().min(1),
    /** Reference dateline for yearless dates. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /** Facts (possibly partial: only the fields given are compared) the text must yield. */
    expect: z.array(z.record(z.string(), z.unknown())).optional(),
  }).strict(),
]);

export const Rule = z.object({
  name: ruleName,
  description: z.string().optional(),
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsu]*$/, 'flags may be i, m, s, u').default('i'),
  set: z.record(z.string(), z.unknown()).default({}),
  confidence: z.number().min(0).max(1).default(1),
  /**
   * Words of which a text must contain at least one for the rule to be tried:
   * a literal pre-check (indexOf) that spares running the pattern on text
   * that cannot match. Case variants (sentence case, Title Case, capitals) are added.
   */
  requires: z.array(z.string().min(1)).optional(),
  examples: z.array(Example).min(1, 'every rule needs at least one example'),
  negatives: z.array(z.string()).default([]),
}).strict();

/**
 * Word tables: vocabulary a decision depends on, as data. A table maps each
 * class to the words of that class (`qualifier: { more_than: [hơn, trên] }`).
 * Every table becomes fragments: `{{qualifier}}` matches any of its words,
 * `{{qualifier_more_than}}` the words of one class (longest first; a space
 * matches one or more spaces); the extractors read a matched word's class
 * from the compiled table. Tables of every file, built-in and `--rules`, are
 * merged: a user's file adds words to a class.
 */
const tableName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'table and class names are snake_case: letters, digits and _');
export const Tables = z.record(tableName, z.record(tableName, z.array(z.string().min(1)).min(1)));

export const FactRuleFile = z.object({
  type: z.enum(['published', 'congresses', 'dates', 'counts', 'terms', 'breakthroughs', 'targets']),
  description: z.string().optional(),
  fragments: z.record(z.string(), z.string()).default({}),
  tables: Tables.default({}),
  rules: z.array(Rule).min(1),
  negatives: z.array(z.string()).default([]),
}).strict();

export const FragmentFile = z.object({
  type: z.literal('fragments'),
  description: z.string().optional(),
  fragments: z.record(z.string(), z.string()).default({}),
  tables: Tables.default({}),
}).strict();

export const LexiconFile = z.object({
  type: z.literal('lexicon'),
  description: z.string().optional(),
  terms: z.array(z.string().min(1)),
}).strict();

export const RuleFile = z.discriminatedUnion('type', [FactRuleFile, FragmentFile, LexiconFile]);

export type Example = z.infer<typeof Example>;
export type Rule = z.infer<typeof Rule>;
export type FactRuleFile = z.infer<typeof FactRuleFile>;
export type RuleFile = z.infer<typeof RuleFile>;
