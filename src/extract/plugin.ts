/**
 * unified transformer for one extractor: runs its rules over the document
 * and stores what it found on the tree for the extractors after it and for
 * the compiler.
 */
import type { VFile } from 'vfile';
import type { SourceMap } from '../normalize/offset-map.js';
import type { RuleSet } from '../rules/load.js';
import { docOf } from '../tokenize/plugin.js';
import type { ArticleRoot } from '../tree.js';
import type { Extractor, Found, Span } from '../types.js';

/** A warning on the file at the input position of a span of the normalised text. */
export function warnAt(file: VFile, map: SourceMap, span: Span, reason: string, ruleId: string): void {
  const offset = map.toOriginal(span.start);
  file.message(reason, { place: { ...map.lineColumn(offset), offset }, ruleId, source: 'vnextract' });
}

export interface ExtractorOptions {
  extractor: Extractor;
  rules: RuleSet;
}

/**
 * A plugin for one extractor. unified treats a plugin used twice as one plugin
 * reconfigured, so each extractor gets its own attacher function.
 */
export function extractorPlugin(options: ExtractorOptions) {
  const { extractor, rules } = options;
  const compiled = rules.byType.get(extractor.key) ?? [];
  const transformer = (tree: ArticleRoot, file: VFile): void => {
    const { found, map } = tree.data;
    // Reference date for yearless dates: the text's dateline, else the page's, else the caller's.
    const published =
      (found.published?.[0]?.fact as { value?: string } | undefined)?.value ??
      tree.data.page?.published?.value ??
      file.data.reference ??
      null;
    const warn = (reason: string, span: Span, ruleId: string) => warnAt(file, map, span, reason, ruleId);
    let results: Found<unknown>[];
    try {
      results = extractor.extract(docOf(tree), compiled, { found, published, warn, vocabulary: rules.vocabulary });
    } catch (e) {
      // A bug in one extractor must not lose the other facts of the article.
      const m = file.message(`extractor "${extractor.key}" failed: ${(e as Error).message}`, {
        ruleId: extractor.key,
        source: 'vnextract',
      });
      m.fatal = true;
      results = [];
    }
    (found as Record<string, Found<unknown>[]>)[extractor.key] = results;
  };
  const attacher = () => transformer;
  Object.defineProperty(attacher, 'name', { value: `extract-${extractor.key}` });
  return attacher;
}
