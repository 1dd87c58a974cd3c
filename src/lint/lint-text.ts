/**
 * Check one article in this thread: extract it, run the article rules, and
 * turn what extraction said (its messages) into findings too, under the same
 * rule ids and settings. What the tests call, and what the check worker runs
 * per article.
 */
import type { RecordFields } from '../normalize/read-article.js';
import type { RuleSet } from '../rules/load.js';
import { runArticle } from '../run-article.js';
import type { Article, Message } from '../schema.js';
import { signatureOf, type Signature } from './duplicates.js';
import { lintArticle, lintContext } from './lint-article.js';
import { ruleOf, settingOf } from './registry.js';
import type { ArticleRule, Finding, RuleSetting, Severity } from './rule.js';
import { ARTICLE_RULES } from './rules/index.js';

export interface LintOptions {
  path?: string;
  reference?: string;
  record?: RecordFields;
  rules?: readonly ArticleRule[];
  settings?: Readonly<Record<string, RuleSetting>>;
  /** Also turn extraction's messages into findings (default: when `rules` is the full set, not a chosen few). */
  messages?: boolean;
  /** Also make the article's signature for duplicate detection. */
  signature?: boolean;
}

export interface Linted {
  article: Article;
  findings: Finding[];
  signature: Signature | null;
}

const owners = new WeakMap<readonly ArticleRule[], Set<string>>();
/** The message ids the rules report themselves (their own ids, and those they replace). */
function ownedIds(rules: readonly ArticleRule[]): Set<string> {
  let ids = owners.get(rules);
  if (!ids) {
    ids = new Set(rules.flatMap((r) => [r.id, ...(r.replaces ?? [])]));
    owners.set(rules, ids);
  }
  return ids;
}

const levelOf = (m: Message): Severity => (m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info');

/**
 * Extraction's messages as findings: those whose rule id no article rule
 * reports (an article rule that reads a message takes it over), at the
 * setting of their id (a known id's default, else the message's own level).
 */
export function messageFindings(messages: readonly Message[], rules: readonly ArticleRule[], settings: Readonly<Record<string, RuleSetting>>): Finding[] {
  const out: Finding[] = [];
  if (messages.length === 0) return out;
  const owned = ownedIds(rules);
  for (const m of messages) {
    const id = m.ruleId ?? 'internal';
    if (owned.has(id)) continue;
    const setting = ruleOf(id) || settings[id] ? settingOf(id, settings) : levelOf(m);
    if (setting === 'off') continue;
    out.push({ ruleId: id, severity: setting, message: m.reason, line: m.line ?? 1, column: m.column ?? 1 });
  }
  return out;
}

export function lintInput(input: string | Uint8Array, ruleSet: RuleSet, options: LintOptions = {}): Linted {
  const { article, tree } = runArticle(input, ruleSet, { path: options.path, reference: options.reference, record: options.record });
  const rules = options.rules ?? ARTICLE_RULES;
  const settings = options.settings ?? {};
  const said = new Set(article.messages.map((m) => m.ruleId));
  const restating = new Set(rules.filter((r) => said.has(r.id) || r.replaces?.some((id) => said.has(id))).map((r) => r.id));
  const own = lintArticle(lintContext(tree, article, options.record?.date ?? null), rules, settings).map((f) => (restating.has(f.ruleId) ? { ...f, restates: true } : f));
  const withMessages = options.messages ?? options.rules === undefined;
  const findings = [...(withMessages ? messageFindings(article.messages, rules, settings) : []), ...own];
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { article, findings, signature: options.signature ? signatureOf(tree.data.text) : null };
}
