/**
 * What `vnextract check` reports: findings of rules, each rule a stable id,
 * a default severity, what it means and how to fix it (the README's table is
 * made from these), and a check over one article. In the manner of the
 * unified collective's lint rules: a rule reads the article and reports
 * messages at positions; the runner turns them into findings with line and
 * column, applies the user's severities and hands them to a reporter.
 */
import type { SourceMap } from '../normalize/offset-map.js';
import type { Article } from '../schema.js';
import type { Doc, FoundSoFar, Span } from '../types.js';

export type Severity = 'error' | 'warning' | 'info';
/** A severity as configured: `off` drops the rule's findings. */
export type RuleSetting = Severity | 'off';

export interface RuleInfo {
  /** Stable id, `family/name` (`decode/invalid-utf8`, `consistency/term-order`). */
  id: string;
  severity: Severity;
  /** What a finding means, one sentence. */
  meaning: string;
  /** What to do about it, one sentence. */
  fix: string;
}

/** Everything a rule may read of one article: the input, the text the rules read, the facts. */
export interface ArticleLintContext {
  /** `source.path` (`FILE:LINE` for a JSON Lines record). */
  path: string;
  /** The decoded input before normalisation (the HTML source for a page). */
  original: string;
  /** The normalised text the extractors read. */
  text: string;
  /** Offsets of `text` back to `original`, and lines and columns of `original`. */
  map: SourceMap;
  /** Paragraphs and sentences of `text`. */
  doc: Doc | undefined;
  /** How the bytes were decoded (`utf-8`, `windows-1258`, `tcvn3`, …). */
  encoding: string;
  /** Input size in bytes. */
  bytes: number;
  /** The input was read as an HTML page. */
  isHtml: boolean;
  /** The date given beside the text (a JSON Lines record's `date`), else null: the article is dated even without a dateline. */
  recordDate: string | null;
  /** The extracted article, as the output has it; `article.messages` has what reading and extracting said. */
  article: Article;
  /** The facts with their spans in `text`. */
  found: FoundSoFar;
}

/** Where a finding points: a span of the normalised text, or offsets of the original input; none: the whole file (line 1). */
export type Place = { text: Span } | { original: Span } | null;

export type Report = (message: string, place?: Place) => void;

export interface ArticleRule extends RuleInfo {
  /**
   * Rule ids of extraction's messages this rule reports in its stead (`scrape/empty`
   * for `empty`): `check` shows the rule's finding, not the message as well.
   */
  replaces?: readonly string[];
  check(ctx: ArticleLintContext, report: Report): void;
}

/** One finding, as reporters print it. Lines and columns are 1-based, in the input file. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The same problem as one of extraction's messages (which `extract` already reports): `--strict` does not say it twice. */
  restates?: boolean;
}
