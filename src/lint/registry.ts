/**
 * Every rule id `vnextract check` can report, with its default severity,
 * meaning and fix: the article rules (`rules/`), the problems found while
 * reading inputs (binary, too large, over the time budget, a bad JSON Lines
 * record), what extraction itself says (its messages' rule ids), and the
 * corpus rules (duplicates across files, --expect). The README's table and
 * `vnextract check --list-rules` are this list.
 */
import type { RuleInfo, RuleSetting, Severity } from './rule.js';
import { ARTICLE_RULES } from './rules/index.js';

/** Problems of an input as a whole, found before or instead of its extraction. */
export const INPUT_RULES: readonly RuleInfo[] = [
  { id: 'binary', severity: 'error', meaning: 'The input is not text (NUL bytes, or an image, PDF, archive or executable signature): it was skipped.', fix: 'Remove it from the corpus, or fix the scraper that saved it.' },
  { id: 'max-bytes', severity: 'error', meaning: 'The input is larger than --max-bytes: it was skipped.', fix: 'Raise --max-bytes if the file is a real article, else drop it.' },
  { id: 'timeout', severity: 'error', meaning: 'Reading the article took longer than --timeout: it was stopped.', fix: 'Look at the rule the message names; raise --timeout for very large inputs.' },
  { id: 'jsonl', severity: 'error', meaning: 'A line of a JSON Lines corpus is not a usable record (invalid JSON, no text, a field of the wrong type).', fix: 'Fix the scraper that wrote the line.' },
  { id: 'read', severity: 'error', meaning: 'The input could not be found or read (missing, unreadable, a link loop).', fix: 'Check the path and its permissions.' },
  { id: 'internal', severity: 'error', meaning: 'Extraction failed with an internal error.', fix: 'Report it with the input that causes it.' },
];

/**
 * Rule ids of the messages extraction writes (`article.messages`) that no
 * article rule reports in their stead (`empty` is `scrape/empty`'s, the
 * `decode/*` and `consistency/*` messages are their rules').
 */
export const MESSAGE_RULES: readonly RuleInfo[] = [
  { id: 'html', severity: 'warning', meaning: 'The HTML page could not be read fully.', fix: 'Check the saved page.' },
  { id: 'normalize', severity: 'info', meaning: 'What the normaliser changed or ignored (boilerplate lines, NFD composed, entities decoded).', fix: 'Nothing: for the record.' },
];

/** Rules over the corpus, not one article. */
export const CORPUS_RULES: readonly RuleInfo[] = [
  { id: 'scrape/duplicate', severity: 'warning', meaning: 'The article has the same words as an earlier one in the corpus.', fix: 'Keep one copy (the scraper fetched it twice, or under two addresses).' },
  { id: 'scrape/near-duplicate', severity: 'warning', meaning: 'The article shares most of its 5-word runs (estimated Jaccard ≥ 0.8) with an earlier one.', fix: 'Look at both: an update, a print version or a syndicated copy; keep the one you want.' },
  { id: 'expect/<type>', severity: 'error', meaning: 'With --expect TYPE: the article has no fact of that type (expect/published, expect/congresses, …).', fix: 'Look at the article: it may not be a congress report, or it says the fact in a form the rules do not read yet.' },
];

let every: readonly RuleInfo[] | null = null;
let byId: Map<string, RuleInfo> | null = null;

/** Every rule, once (asked for each finding: made on first use). */
export function allRules(): readonly RuleInfo[] {
  if (!every) {
    const articleIds = new Set(ARTICLE_RULES.flatMap((r) => [r.id, ...(r.replaces ?? [])]));
    // A message id that an article rule reports (and so replaces) is listed once, as the rule.
    every = [...INPUT_RULES, ...MESSAGE_RULES.filter((r) => !articleIds.has(r.id)), ...ARTICLE_RULES, ...CORPUS_RULES];
  }
  return every;
}

/** The rule of an id (`expect/published` is `expect/<type>`), or undefined. */
export function ruleOf(id: string): RuleInfo | undefined {
  byId ??= new Map(allRules().map((r) => [r.id, r]));
  return byId.get(id.startsWith('expect/') ? 'expect/<type>' : id);
}

/** Default severity of a finding's rule id. */
export function defaultSeverity(id: string): Severity {
  return ruleOf(id)?.severity ?? 'warning';
}

export const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/**
 * The setting of a rule id: its own (`decode/converted`), else its family's
 * (`decode/*`), else `*`'s, else its default.
 */
export function settingOf(id: string, settings: Readonly<Record<string, RuleSetting>>): RuleSetting {
  if (settings[id]) return settings[id];
  const family = id.includes('/') ? `${id.slice(0, id.indexOf('/'))}/*` : null;
  if (family && settings[family]) return settings[family];
  return settings['*'] ?? defaultSeverity(id);
}

/** Whether a setting's key names a known rule, family or `*`; the message when not. */
export function unknownRule(key: string, expectTypes: readonly string[]): string | null {
  if (key === '*') return null;
  const rules = allRules();
  if (key.endsWith('/*')) {
    const family = key.slice(0, -1);
    return rules.some((r) => r.id.startsWith(family)) ? null : `no rule family "${key}"`;
  }
  if (key.startsWith('expect/') && expectTypes.includes(key.slice('expect/'.length))) return null;
  if (rules.some((r) => r.id === key)) return null;
  return `no rule "${key}" (vnextract check --list-rules lists them)`;
}
