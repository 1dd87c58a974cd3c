/**
 * Choosing rules by what they produce, never by their name: an extractor
 * asks for the rules whose `set:` says `cue: goal` or `context: party`, so a
 * user's rule with the same `set:` takes part, and renaming a rule changes
 * nothing.
 */
import { mayMatch, type CompiledRule } from './compiled.js';
import { enterRule } from '../probe.js';

/** The rules whose `set[key]` is `value` (any value when omitted; one of them for an array). */
export function rulesWith(rules: readonly CompiledRule[], key: string, value?: unknown): CompiledRule[] {
  return rules.filter((r) => {
    const v = r.set[key];
    if (v === undefined) return false;
    if (value === undefined) return true;
    return Array.isArray(value) ? value.includes(v) : v === value;
  });
}

/** Whether any of the rules matches somewhere in `text` (stops at the first match). */
export function anyMatch(rules: readonly CompiledRule[], text: string): boolean {
  for (const rule of rules) {
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
