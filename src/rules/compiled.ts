/**
 * Rules as the extractors use them: native regular expressions compiled from
 * the YAML rule files (by `compile.ts`, at build time for the built-in rules),
 * with the names of their capture groups.
 */
import type { Span } from '../types.js';

/** A rule as stored in the compiled bundle (plain JSON). */
export interface RuleRecord {
  /** `<rule file>/<rule name>` */
  id: string;
  name: string;
  source: string;
  flags: string;
  captureNames: (string | null)[];
  /** Production constants from the rule's `set:` (e.g. `role: delegates`). */
  set: Record<string, unknown>;
  confidence: number;
  /** Literal pre-check: the rule is tried only on text containing one of these (case variants included). */
  requires?: string[];
}

export interface RuleFileRecord {
  file: string;
  type: string;
  rules: RuleRecord[];
}

export interface RuleBundle {
  files: RuleFileRecord[];
  lexicon: string[];
}

export interface CompiledRule extends RuleRecord {
  re: RegExp;
}

export interface RuleMatch extends Span {
  text: string;
  /** Named groups that took part in the match (first non-empty of equal names). */
  groups: Record<string, string | undefined>;
  /** Span of a named group in the text scanned, if it took part. */
  spanOf(name: string): Span | undefined;
}

export function instantiate(r: RuleRecord): CompiledRule {
  const flags = new Set(r.flags.replace(/[gyd]/g, '').split(''));
  return { ...r, re: new RegExp(r.source, [...flags].join('') + 'gd') };
}

/**
 * Every match of a rule in `text`, or in `text.slice(span)` with offsets
 * still counted in `text`. Empty matches are skipped.
 */
export function scan(rule: CompiledRule, text: string, span?: Span): RuleMatch[] {
  return span ? matchesIn(rule, text.slice(span.start, span.end), span.start) : matchesIn(rule, text, 0);
}

/**
 * Every match of a rule in `subject`, a piece of the text that starts at
 * offset `base`: lets a caller slice a window once and try many rules on it.
 */
export function matchesIn(rule: CompiledRule, subject: string, base: number): RuleMatch[] {
  const out: RuleMatch[] = [];
  if (rule.requires && !rule.requires.some((w) => subject.includes(w))) return out;
  const re = rule.re;
  const names = rule.captureNames;
  re.lastIndex = 0;
  for (let m = re.exec(subject); m; m = re.exec(subject)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const groups: Record<string, string | undefined> = {};
    const where: Record<string, Span> = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const value = m[i + 1];
      if (name && value !== undefined && groups[name] === undefined) {
        groups[name] = value;
        const ix = m.indices?.[i + 1];
        if (ix) where[name] = { start: base + ix[0], end: base + ix[1] };
      }
    }
    out.push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      groups,
      spanOf: (name) => where[name],
    });
  }
  return out;
}
