/**
 * unified transformer for one fact type: runs its extractor over the
 * document and stores what it found on the tree for the types that need it
 * and for the compiler.
 */
import type { VFile } from 'vfile';
import type { AnyFactType } from '../facts/fact-type.js';
import { warnAt } from '../messages.js';
import { enterStage } from '../probe.js';
import type { RuleSet } from '../rules/load.js';
import { docOf } from '../tokenize/plugin.js';
import type { ArticleRoot } from '../tree.js';
import type { Found, FoundSoFar, Span } from '../types.js';

export interface ExtractorOptions {
  type: AnyFactType;
  rules: RuleSet;
}

/**
 * A plugin for one fact type. unified treats a plugin used twice as one plugin
 * reconfigured, so each type gets its own attacher function.
 */
export function extractorPlugin(options: ExtractorOptions) {
  const { type, rules } = options;
  const compiled = rules.byType.get(type.key) ?? [];
  const needsDateline = type.needs.includes('published');
  const stageName = `extract:${type.key}`;
  const transformer = (tree: ArticleRoot, file: VFile): void => {
    // The probe's stage, so a watchdog can say which extractor an article overran in.
    enterStage(stageName);
    const found = tree.data.found as Record<string, Found<unknown>[]>;
    const { map } = tree.data;
    // A type sees the results it declares it needs, and only those: an undeclared read finds nothing.
    const needed: Record<string, Found<unknown>[]> = {};
    for (const key of type.needs) if (found[key]) needed[key] = found[key];
    // Reference date for yearless dates: the text's dateline, else the page's, else the caller's.
    const published = needsDateline
      ? ((found.published?.[0]?.fact as { value?: string } | undefined)?.value ?? tree.data.page?.published?.value ?? file.data.reference ?? null)
      : null;
    const warn = (reason: string, span: Span, ruleId: string) => warnAt(file, map, span, reason, ruleId);
    let results: Found<unknown>[];
    try {
      results = type.extract(docOf(tree), compiled, { found: needed as FoundSoFar, published, warn, vocabulary: rules.vocabulary, places: rules.places });
    } catch (e) {
      // A bug in one extractor must not lose the other facts of the article.
      const m = file.message(`extractor "${type.key}" failed: ${(e as Error).message}`, {
        ruleId: type.key,
        source: 'vnextract',
      });
      m.fatal = true;
      results = [];
    }
    found[type.key] = results;
  };
  const attacher = () => transformer;
  Object.defineProperty(attacher, 'name', { value: `extract-${type.key}` });
  return attacher;
}
