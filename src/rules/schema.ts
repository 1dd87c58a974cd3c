/**
 * The shape of a rule file, checked with zod when it is loaded. A rule file
 * is YAML: `type` names the fact type it feeds (one of the registry's keys,
 * handed in: this module does not load the extractors), `fragments` are named
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

const factRuleFileOf = <K extends string>(factKeys: readonly [K, ...K[]]) =>
  z.object({
    type: z.enum(factKeys),
    description: z.string().optional(),
    fragments: z.record(z.string(), z.string()).default({}),
    rules: z.array(Rule).min(1),
    negatives: z.array(z.string()).default([]),
  }).strict();

export const FragmentFile = z.object({
  type: z.literal('fragments'),
  description: z.string().optional(),
  fragments: z.record(z.string(), z.string()),
}).strict();

export const LexiconFile = z.object({
  type: z.literal('lexicon'),
  description: z.string().optional(),
  terms: z.array(z.string().min(1)),
}).strict();

/** The schema of a rule file whose `type` is one of `factKeys`, `fragments` or `lexicon`. */
export function ruleFileSchema(factKeys: readonly string[]) {
  if (factKeys.length === 0) throw new Error('no fact types to write rules for');
  return z.discriminatedUnion('type', [factRuleFileOf(factKeys as [string, ...string[]]), FragmentFile, LexiconFile]);
}

export type Example = z.infer<typeof Example>;
export type Rule = z.infer<typeof Rule>;
export type RuleFile = z.infer<ReturnType<typeof ruleFileSchema>>;
export type FactRuleFile = Exclude<RuleFile, { type: 'fragments' | 'lexicon' }>;

/** Whether a rule file feeds a fact type (its `type` is any string, so `!== 'fragments'` does not narrow). */
export const isFactRuleFile = (d: RuleFile): d is FactRuleFile => d.type !== 'fragments' && d.type !== 'lexicon';
