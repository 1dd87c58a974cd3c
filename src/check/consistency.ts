/**
 * unified transformer run after the extractors: facts of one article that
 * contradict each other become warnings with their position, so a pipeline
 * checking a scraped corpus (`vnextract --strict`) fails on them with file
 * and line. The facts themselves are kept: a reader decides which is wrong.
 * Each fact type declares its checks (`checks`); they run in registry order.
 * (A congress given two terms is reported by the congresses extractor, which
 * sees the separate mentions.)
 */
import type { VFile } from 'vfile';
import type { AnyFactType } from '../facts/fact-type.js';
import { warnAt } from '../messages.js';
import type { ArticleRoot } from '../tree.js';
import type { Found } from '../types.js';

export function checkConsistency(options: { factTypes: readonly AnyFactType[] }) {
  const { factTypes } = options;
  return (tree: ArticleRoot, file: VFile): void => {
    const { found, map } = tree.data;
    for (const type of factTypes) {
      const facts = (found as Record<string, Found<never>[] | undefined>)[type.key] ?? [];
      for (const check of type.checks ?? []) {
        check.run(facts, (reason: string, at: Found<never>) => warnAt(file, map, at.span, reason, check.id));
      }
    }
  };
}
