/**
 * Choosing rules by what they produce, never by their name: an extractor
 * asks for the rules whose `set:` says `cue: goal` or `context: party`, so a
 * user's rule with the same `set:` takes part, and renaming a rule changes
 * nothing.
 */
import { mayMatch, type CompiledRule } from './compiled.js';
import { enterRule } from '../probe.js';
import { oncePer } from '../util/once-per.js';

/** The rules whose `set[key]` is `value` (any value when omitted; one of them for an array). */
export function rulesWith(rules: readonly CompiledRule[], key: string, value?: unknown): CompiledRule[] {
  return rules.filter((r) => {
    const v = r.set[key];
    if (v === undefined) return false;
    if (value === undefined) return true;
    return Array.isArray(value) ? value.includes(v) : v === value;
  });
}

/** Named groups become plain groups: rules combined into one pattern may share group names. */
const NAMED_GROUP = /(?<!\\)\(\?<([A-Za-z_$][\w$]*)>/g;

interface Gate {
  /** One pattern per set of flags for the rules without a literal pre-check, tried as one scan. */
  combined: { re: RegExp; index: number }[];
  /** Rules with `requires` (skipped cheaply when their words are absent) or that can match empty. */
  single: CompiledRule[];
}

/** Whether a rule's pattern can match the empty string (such a rule is not joined with others). */
function matchesEmpty(rule: CompiledRule): boolean {
  rule.re.lastIndex = 0;
  const empty = rule.re.test('');
  rule.re.lastIndex = 0;
  return empty;
}

/**
 * The rules of a gate, arranged for a yes/no answer: those without a literal
 * pre-check are joined into one alternation per set of flags (a paragraph is
 * read once, not once per rule: the context and cue rules that replaced one
 * hand-written regex each are many), the others are tried one by one.
 */
const gateOf = oncePer((rules: readonly CompiledRule[]): Gate => {
  const byFlags = new Map<string, CompiledRule[]>();
  const single: CompiledRule[] = [];
  for (const rule of rules) {
    const flags = rule.re.flags.replace(/[gyd]/g, '');
    if (rule.requires || /\\k</.test(rule.source) || matchesEmpty(rule)) single.push(rule);
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), rule]);
  }
  const combined = [...byFlags].map(([flags, list]) => ({
    // @rule-pattern: an alternation of rule patterns, each checked as its rule (scripts/check-patterns.ts).
    re: new RegExp(list.map((r) => `(?:${r.source.replace(NAMED_GROUP, '(?:')})`).join('|'), `${flags}g`),
    index: list[0].index,
  }));
  return { combined, single };
});

/** Whether any of the rules matches somewhere in `text` (stops at the first match). */
export function anyMatch(rules: readonly CompiledRule[], text: string): boolean {
  const gate = gateOf(rules);
  for (const { re, index } of gate.combined) {
    enterRule(index);
    re.lastIndex = 0;
    const found = re.test(text);
    enterRule(-1);
    if (found) return true;
  }
  for (const rule of gate.single) {
    if (!mayMatch(rule, text)) continue;
    const re = rule.re;
    enterRule(rule.index);
    re.lastIndex = 0;
    // A rule that can match the empty string does not count as matching.
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] !== '') {
        enterRule(-1);
        return true;
      }
      re.lastIndex++;
    }
    enterRule(-1);
  }
  return false;
}
