/**
 * Lint one article in this thread: extract it, then run the article rules.
 * What the tests call, and what the check worker runs per article.
 */
import type { RecordFields } from '../normalize/read-article.js';
import type { RuleSet } from '../rules/load.js';
import { runArticle } from '../run-article.js';
import type { Article } from '../schema.js';
import { lintArticle, lintContext } from './lint-article.js';
import type { ArticleRule, Finding, RuleSetting } from './rule.js';
import { ARTICLE_RULES } from './rules/index.js';

export interface LintOptions {
  path?: string;
  reference?: string;
  record?: RecordFields;
  rules?: readonly ArticleRule[];
  settings?: Readonly<Record<string, RuleSetting>>;
}

export function lintInput(input: string | Uint8Array, ruleSet: RuleSet, options: LintOptions = {}): { article: Article; findings: Finding[] } {
  const { article, tree } = runArticle(input, ruleSet, { path: options.path, reference: options.reference, record: options.record });
  const findings = lintArticle(lintContext(tree, article), options.rules ?? ARTICLE_RULES, options.settings);
  return { article, findings };
}
