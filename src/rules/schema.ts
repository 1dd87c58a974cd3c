/**
 * The shape of a rule file, checked with zod when it is loaded. A rule file
 * is YAML: `type` names the extractor it feeds, `fragments` are named
 * sub-patterns, and each rule has a name, a pattern, production constants
 * (`set`) and examples, each checked against the rule it belongs to (see
 * `Example`).
 */
import { z } from 'zod';

const ruleName = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'rule names are kebab-case: letters, digits and -');

export const Example = z.union([
  z.string(),
  z.object({
    text: z.string().min(1),
    /** Reference dateline for yearless dates. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /**
     * Facts (partial: only the fields given are compared) the text must yield.
     * A fact rule's example: each comes from the rule itself (its `rule` is
     * the rule's id) unless the entry names another rule (`rule: counts/members`,
     * for a fact the example shows beside the rule's own). A cue rule's
     * example: what the cue brings, found with the rule and not without it.
     */
    expect: z.array(z.record(z.string(), z.unknown())).optional(),
    /**
     * Facts the text must not yield. A cue rule's example: what the cue takes
     * away (a result marker that stops a number being read as a goal), found
     * without the rule and not with it.
     */
    absent: z.array(z.record(z.string(), z.unknown())).optional(),
  }).strict(),
]);
/*
 * How examples are checked (src/rules/check-examples.ts, run by the test
 * suite on the built-in rules and by `--check-rules` on a user's): the
 * example of a rule that produces facts must yield a fact carrying the
 * rule's id; the example of a cue rule (`set: { cue: … }`) or of any rule
 * that yields no fact of its own must change the output, compared with the
 * same rules without that one; a negative yields no fact of the file's type.
 */

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
