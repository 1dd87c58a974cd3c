/**
 * Every rule's examples, run through the whole pipeline, checked against the
 * rule they belong to (Duckling's corpus files as tests, but per rule):
 *
 * - a rule that produces facts (one of its examples yields a fact carrying
 *   its id): each `expect` fact must be found with `rule` equal to the rule's
 *   own id, unless the entry names another rule (a fact shown beside the
 *   rule's own); each example must yield a fact of its own, or else change
 *   the output without the rule (it took part in a fact another rule
 *   carries, as a latent day joined into a range);
 * - a cue rule (`set: { cue: … }`), or a rule that yields no fact of its own
 *   on any example (context, marker, or one that another rule always beats):
 *   each example must change the output, compared with the same rules
 *   without that one; `expect` facts are what the rule brings (found with
 *   it, not without), `absent` facts what it takes away (found without it,
 *   not with it);
 * - a negative (of the file or of a rule) yields no fact of the file's type.
 *
 * Used by the test suite for the built-in rules and by the command line for
 * the rules of `--rules DIR` (only those: the built-in ones are tested here).
 */
import { basename } from 'node:path';
import { extractSync } from '../extract-article.js';
import type { Article } from '../schema.js';
import type { SourceRuleFile } from './compile.js';
import { scan } from './compiled.js';
import type { RuleSet } from './load.js';
import type { Example } from './schema.js';

/** One example (or negative) to check. */
export interface ExampleCase {
  /** Path of the rule file. */
  path: string;
  /** Rule file name without extension: the first half of a rule id. */
  file: string;
  /** Fact type of the file (`counts`, `targets`, …). */
  type: string;
  /** Rule name; null for a negative of the whole file. */
  rule: string | null;
  /** `examples` or `negatives`. */
  kind: 'example' | 'negative';
  /** Position in the rule's (or the file's) list, from 0. */
  index: number;
  text: string;
  published?: string;
  expect?: Record<string, unknown>[];
  absent?: Record<string, unknown>[];
}

export interface ExampleFailure extends ExampleCase {
  reason: string;
}

/** What a rule is checked as: it produces facts, or it only changes what other rules produce. */
export type RuleRole = 'fact' | 'cue' | 'context';

type Fact = Record<string, unknown>;

/** Every example and negative of the fact rule files among `sources`, in file order. */
export function exampleCases(sources: SourceRuleFile[]): ExampleCase[] {
  const out: ExampleCase[] = [];
  for (const { path, data } of sources) {
    if (data.type === 'fragments' || data.type === 'lexicon') continue;
    const file = basename(path).replace(/\.ya?ml$/i, '');
    const base = { path, file, type: data.type };
    for (const rule of data.rules) {
      rule.examples.forEach((e: Example, index) => {
        const ex = typeof e === 'string' ? { text: e } : e;
        out.push({ ...base, rule: rule.name, kind: 'example', index, ...ex });
      });
      rule.negatives.forEach((text, index) => {
        out.push({ ...base, rule: rule.name, kind: 'negative', index, text });
      });
    }
    data.negatives.forEach((text, index) => {
      out.push({ ...base, rule: null, kind: 'negative', index, text });
    });
  }
  return out;
}

/** How a case is named in a report: `rules/counts.yaml: delegates example 2`. */
export function caseLabel(c: ExampleCase): string {
  return `${c.path}: ${c.rule ? `rule "${c.rule}" ` : ''}${c.kind} ${c.index + 1}`;
}

function factsOf(article: Article, type: string): Fact[] {
  if (type === 'published') return article.published ? [article.published as Fact] : [];
  return ((article as unknown as Record<string, unknown>)[type] as Fact[] | undefined) ?? [];
}

/** Only the fields `wanted` gives are compared. */
function matches(actual: Fact, wanted: Fact): boolean {
  return Object.entries(wanted).every(([k, v]) => JSON.stringify(actual[k]) === JSON.stringify(v));
}

function bare(facts: Fact[]): string {
  return JSON.stringify(facts.map(({ evidence, confidence, ...f }) => f));
}

/** Every fact of an article, as one comparable string (messages are not output facts). */
function allFacts(article: Article): string {
  const { source, messages, title, ...facts } = article as unknown as Record<string, unknown>;
  return JSON.stringify(facts);
}

/**
 * Runs the cases of one rule set. Articles are cached by (rule set, text,
 * reference): a rule's role is read from all its examples, and each example
 * is then checked against the same runs.
 */
export class ExampleChecker {
  private readonly articles = new Map<string, Article>();
  private readonly without = new Map<string, RuleSet>();
  private readonly roles = new Map<string, RuleRole>();

  constructor(
    private readonly rules: RuleSet,
    private readonly cases: readonly ExampleCase[],
  ) {}

  private run(set: RuleSet, setKey: string, text: string, published?: string): Article {
    const key = `${setKey}\u0000${published ?? ''}\u0000${text}`;
    let a = this.articles.get(key);
    if (!a) {
      a = extractSync(text, set, { reference: published });
      this.articles.set(key, a);
    }
    return a;
  }

  private withRule(c: ExampleCase): Article {
    return this.run(this.rules, '', c.text, c.published);
  }

  /** The rule set minus one rule (the cue's contribution is the difference). */
  private withoutRule(id: string, c: ExampleCase): Article {
    let set = this.without.get(id);
    if (!set) {
      const byType = new Map([...this.rules.byType].map(([t, list]) => [t, list.filter((r) => r.id !== id)]));
      set = { ...this.rules, byType };
      this.without.set(id, set);
    }
    return this.run(set, id, c.text, c.published);
  }

  private ruleOf(c: ExampleCase) {
    const id = `${c.file}/${c.rule}`;
    return this.rules.byType.get(c.type)?.find((r) => r.id === id);
  }

  /**
   * `cue` when the rule says so (`set: { cue: … }`); else `fact` when one of
   * its examples yields a fact carrying its id; else `context` (a rule that
   * only changes what others produce, or one that never wins: its examples
   * then fail for not changing the output).
   */
  roleOf(file: string, rule: string): RuleRole {
    const id = `${file}/${rule}`;
    let role = this.roles.get(id);
    if (role) return role;
    const own = this.cases.filter((c) => c.kind === 'example' && c.file === file && c.rule === rule);
    const compiled = own[0] && this.ruleOf(own[0]);
    if (compiled && compiled.set.cue !== undefined) role = 'cue';
    else if (own.some((c) => factsOf(this.withRule(c), c.type).some((f) => f.rule === id))) role = 'fact';
    else role = 'context';
    this.roles.set(id, role);
    return role;
  }

  /** Why the case fails, or null when it passes. */
  check(c: ExampleCase): string | null {
    if (c.kind === 'negative') {
      const facts = factsOf(this.withRule(c), c.type);
      return facts.length === 0 ? null : `a negative yields ${c.type}: ${bare(facts)}`;
    }
    const rule = c.rule ?? '';
    const id = `${c.file}/${rule}`;
    const compiled = this.ruleOf(c);
    if (!compiled) return `rule ${id} is not in the rule set`;
    if (scan(compiled, c.text).length === 0) return 'the rule\'s pattern does not match its example';
    const article = this.withRule(c);
    const facts = factsOf(article, c.type);
    const role = this.roleOf(c.file, rule);
    if (role === 'fact') {
      for (const w0 of c.expect ?? []) {
        const w = { rule: id, ...w0 };
        if (facts.some((f) => matches(f, w))) continue;
        const other = facts.find((f) => matches(f, w0));
        return other
          ? `expected ${JSON.stringify(w0)} from ${id}, but rule ${String(other.rule)} produced it (name that rule in the expectation if it is meant)`
          : `expected ${JSON.stringify(w)}, found ${bare(facts)}`;
      }
      for (const w of c.absent ?? []) {
        if (facts.some((f) => matches(f, w))) return `expected no ${JSON.stringify(w)}, found ${bare(facts)}`;
      }
      if (facts.some((f) => f.rule === id)) return null;
      // A rule may take part in a fact another rule carries (a latent day joined
      // to a cued one makes one range, with the first date's rule): the example
      // then shows the rule at work if the output changes without it.
      if (allFacts(this.withoutRule(id, c)) !== allFacts(article)) return null;
      return `yields no fact of its own rule ${id}, and the output is the same without the rule (found ${bare(facts)})`;
    }
    const before = this.withoutRule(id, c);
    const what = role === 'cue' ? 'a cue example' : `${id} yields no fact of its own on any example, so its example`;
    if (allFacts(before) === allFacts(article)) {
      // A rule meant to produce facts whose words another rule reads first.
      for (const w of role === 'context' ? (c.expect ?? []) : []) {
        const taken = facts.find((f) => matches(f, w));
        if (taken) return `expected ${JSON.stringify(w)} from ${id}, but rule ${String(taken.rule)} produced it: it reads these words first`;
      }
      return `${what} must change the output, but the output is the same without the rule (${c.type}: ${bare(facts)})`;
    }
    const beforeFacts = factsOf(before, c.type);
    for (const w of c.expect ?? []) {
      if (!facts.some((f) => matches(f, w))) return `expected ${JSON.stringify(w)} with the rule, found ${bare(facts)}`;
      if (beforeFacts.some((f) => matches(f, w))) {
        return `expected ${JSON.stringify(w)} to come with the rule, but it is found without the rule too`;
      }
    }
    for (const w of c.absent ?? []) {
      if (facts.some((f) => matches(f, w))) return `expected no ${JSON.stringify(w)} with the rule, found ${bare(facts)}`;
      if (!beforeFacts.some((f) => matches(f, w))) {
        return `expected the rule to take away ${JSON.stringify(w)}, but it is not found without the rule either (${bare(beforeFacts)})`;
      }
    }
    return null;
  }
}

/** Every failing case of `sources` (checked with `rules`, which must include them). */
export function checkExamples(rules: RuleSet, sources: SourceRuleFile[]): ExampleFailure[] {
  const cases = exampleCases(sources);
  const checker = new ExampleChecker(rules, cases);
  const out: ExampleFailure[] = [];
  for (const c of cases) {
    const reason = checker.check(c);
    if (reason !== null) out.push({ ...c, reason });
  }
  return out;
}
