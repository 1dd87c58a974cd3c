/**
 * The shape of a rule file, checked with zod when it is loaded. A rule file
 * is YAML: `type` names the fact type it feeds (one of the registry's keys,
 * handed in: this module does not load the extractors), `fragments` are named
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

const factRuleFileOf = <K extends string>(factKeys: readonly [K, ...K[]]) =>
  z.object({
    type: z.enum(factKeys),
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

/**
 * The provinces and centrally-run cities (rules/provinces.yaml): the 63 before
 * the merger of 1 July 2025 (`before`), the 34 after it (`now`), each merger
 * with its source. One file holds the map; a user's file may only add
 * spellings (`variants: { Official Name: [spelling, …] }`). Whether the map
 * is whole (every one of the 63 in exactly one of the 34) is checked when
 * the files are merged (`src/places/merge.ts`), naming the file and entry.
 */
const placeName = z.string().min(1);
const placeKind = z.enum(['tỉnh', 'thành phố']);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
export const ProvinceFile = z.object({
  type: z.literal('provinces'),
  description: z.string().optional(),
  merger: z.object({ date: isoDay, source: z.string().min(1) }).strict().optional(),
  now: z.array(z.object({
    name: placeName,
    kind: placeKind,
    merged: z.array(placeName).min(1, 'name the units it was formed from'),
    source: z.string().min(1, 'every merger names its source'),
  }).strict()).optional(),
  before: z.array(z.object({
    name: placeName,
    kind: placeKind,
    now: placeName,
    variants: z.array(placeName).default([]),
    /** Names that stand for the province only after `tỉnh`/`thành phố`/`TP`. */
    unit_only: z.array(placeName).default([]),
    renamed: z.object({ name: placeName, kind: placeKind, from: isoDay, source: z.string().min(1) }).strict().optional(),
  }).strict()).optional(),
  variants: z.record(placeName, z.array(placeName).min(1)).optional(),
}).strict();

/** The schema of a rule file whose `type` is one of `factKeys`, `fragments`, `lexicon` or `provinces`. */
export function ruleFileSchema(factKeys: readonly string[]) {
  if (factKeys.length === 0) throw new Error('no fact types to write rules for');
  return z.discriminatedUnion('type', [factRuleFileOf(factKeys as [string, ...string[]]), FragmentFile, LexiconFile, ProvinceFile]);
}

export type Example = z.infer<typeof Example>;
export type Rule = z.infer<typeof Rule>;
export type RuleFile = z.infer<ReturnType<typeof ruleFileSchema>>;
export type ProvinceFile = z.infer<typeof ProvinceFile>;
export type FactRuleFile = Exclude<RuleFile, { type: 'fragments' | 'lexicon' | 'provinces' }>;

/** Whether a rule file feeds a fact type (its `type` is any string, so `!== 'fragments'` does not narrow). */
export const isFactRuleFile = (d: RuleFile): d is FactRuleFile => d.type !== 'fragments' && d.type !== 'lexicon' && d.type !== 'provinces';
export const isProvinceFile = (d: RuleFile): d is ProvinceFile => d.type === 'provinces';
