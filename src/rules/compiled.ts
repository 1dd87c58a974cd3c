/**
 * Rules as the extractors use them: native regular expressions compiled from
 * the YAML rule files (by `compile.ts`, at build time for the built-in rules),
 * with the names of their capture groups.
 */
import { enterRule } from '../probe.js';
import type { Span } from '../types.js';
import type { TableRecord } from './vocabulary.js';
import type { PlacesRecord } from '../places/record.js';

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
  /** Word tables (table → class → words), merged over all files. */
  tables: Record<string, TableRecord>;
  /** The provinces before and after the 2025 merger (rules/provinces.yaml), with any variants a `--rules` folder adds. */
  places?: PlacesRecord | null;
}

export interface CompiledRule extends RuleRecord {
  /** Position in its rule set (file then rule order): names the rule to a watchdog on another thread. */
  index: number;
  /** The pattern for scanning (global, no indices: the `d` flag makes every scan a third slower). */
  re: RegExp;
  /** The same pattern, sticky with indices: run again at a match only when a group's span is asked for. */
  reIndices: RegExp;
}

export interface RuleMatch extends Span {
  text: string;
  /** Named groups that took part in the match (first non-empty of equal names). */
  groups: Record<string, string | undefined>;
  /** Span of a named group in the text scanned, if it took part. */
  spanOf(name: string): Span | undefined;
}

export function instantiate(r: RuleRecord, index: number): CompiledRule {
  const flags = [...new Set(r.flags.replace(/[gyd]/g, '').split(''))].join('');
  // @rule-pattern: checked as the rule it comes from (scripts/check-patterns.ts).
  return { ...r, index, re: new RegExp(r.source, `${flags}g`), reIndices: new RegExp(r.source, `${flags}yd`) };
}

/**
 * The pre-check words found in the long text last asked about. The gates
 * and the rules that read a whole article (congresses, terms, the context
 * rules) are tried on the same document one after another, and many share
 * their words (`đại hội`, `Đảng`, each in five cases): on a long text each
 * word is looked for once, not once per rule. A short window or paragraph
 * is searched directly: there the bookkeeping would cost more than it saves.
 */
const LONG_SUBJECT = 2000;
let lastSubject: string | undefined;
const wordSeen = new Map<string, boolean>();

/** The literal pre-check: whether `subject` holds one of the rule's `requires` words (always true without them). */
export function mayMatch(rule: RuleRecord, subject: string): boolean {
  const words = rule.requires;
  if (!words) return true;
  if (subject.length < LONG_SUBJECT) return words.some((w) => subject.includes(w));
  if (subject !== lastSubject) {
    lastSubject = subject;
    wordSeen.clear();
  }
  for (const w of words) {
    let seen = wordSeen.get(w);
    if (seen === undefined) {
      seen = subject.includes(w);
      wordSeen.set(w, seen);
    }
    if (seen) return true;
  }
  return false;
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
  if (rule.requires && !mayMatch(rule, subject)) return out;
  const re = rule.re;
  const names = rule.captureNames;
  re.lastIndex = 0;
  enterRule(rule.index);
  for (let m = re.exec(subject); m; m = re.exec(subject)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const groups: Record<string, string | undefined> = {};
    const first: Record<string, number> = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name && m[i + 1] !== undefined && groups[name] === undefined) {
        groups[name] = m[i + 1];
        first[name] = i + 1;
      }
    }
    const at = m.index;
    let indices: RegExpIndicesArray | undefined;
    out.push({
      start: base + at,
      end: base + at + m[0].length,
      text: m[0],
      groups,
      spanOf(name) {
        const i = first[name];
        if (i === undefined) return undefined;
        if (!indices) {
          rule.reIndices.lastIndex = at;
          indices = rule.reIndices.exec(subject)?.indices;
        }
        const ix = indices?.[i];
        return ix ? { start: base + ix[0], end: base + ix[1] } : undefined;
      },
    });
  }
  enterRule(-1);
  return out;
}
