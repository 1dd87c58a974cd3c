/**
 * The pipeline as a unified processor, read top to bottom:
 * normalise (parser) → segment → one transformer per extractor → consistency
 * check → article (compiler).
 */
import { unified, type Processor } from 'unified';
import { compileArticle } from './article.js';
import { checkConsistency } from './check/consistency.js';
import { EXTRACTORS } from './extract/index.js';
import { extractorPlugin } from './extract/plugin.js';
import { parseArticle } from './normalize/plugin.js';
import type { RuleSet } from './rules/load.js';
import { segmentArticle } from './tokenize/plugin.js';

export function createProcessor(rules: RuleSet): Processor {
  let processor = unified().use(parseArticle).use(segmentArticle);
  for (const extractor of EXTRACTORS) processor = processor.use(extractorPlugin({ extractor, rules })) as never;
  return processor.use(checkConsistency).use(compileArticle).freeze() as unknown as Processor;
}
