/**
 * Run the article rules over one extracted article: each rule's reports
 * become findings at lines and columns of the input file, with the rule's
 * severity as configured (`off` rules are not run at all).
 */
import type { ArticleRoot } from '../tree.js';
import type { Article } from '../schema.js';
import { settingOf } from './registry.js';
import type { ArticleLintContext, ArticleRule, Finding, Place, RuleSetting, Severity } from './rule.js';

/** The context of one article, from the pipeline's tree and its output. */
export function lintContext(tree: ArticleRoot, article: Article, recordDate: string | null = null): ArticleLintContext {
  const d = tree.data;
  return {
    path: article.source.path,
    original: d.original,
    text: d.text,
    map: d.map,
    doc: d.doc,
    encoding: d.encoding,
    bytes: d.bytes,
    isHtml: Boolean(d.page),
    recordDate,
    article,
    found: d.found,
  };
}

/**
 * Findings of `rules` on one article, in the order of their position (then
 * of the rules). `settings` overrides a rule's default severity by id.
 */
export function lintArticle(ctx: ArticleLintContext, rules: readonly ArticleRule[], settings: Readonly<Record<string, RuleSetting>> = {}): Finding[] {
  const findings: (Finding & { offset: number; order: number })[] = [];
  let order = 0;
  for (const rule of rules) {
    const setting = settings[rule.id] ? settings[rule.id] : settingOf(rule.id, settings);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    rule.check(ctx, (message: string, place: Place = null) => {
      const at = placeIn(ctx, place);
      findings.push({ ruleId: rule.id, severity, message, ...at, order: order++ });
    });
  }
  findings.sort((a, b) => a.offset - b.offset || a.order - b.order);
  return findings.map(({ offset: _o, order: _r, ...f }) => f);
}

/** Line and column (and the end's) in the input file of a place. */
function placeIn(ctx: ArticleLintContext, place: Place): { line: number; column: number; endLine?: number; endColumn?: number; offset: number } {
  if (!place) return { line: 1, column: 1, offset: -1 };
  const [start, end] = 'text' in place ? [ctx.map.toOriginal(place.text.start), ctx.map.toOriginalEnd(place.text.end)] : [place.original.start, place.original.end];
  const s = ctx.map.lineColumn(start);
  const e = ctx.map.lineColumn(Math.max(start, end));
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset: start };
}
