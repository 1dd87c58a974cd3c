/**
 * The pipeline as a unified processor, read top to bottom:
 * normalise (parser) → segment → one transformer per extractor → consistency
 * check → article (compiler). Before each stage a marker tells the probe
 * (`probe.ts`) which stage runs, so an article stopped for overrunning its
 * time budget can say where it was.
 */
import { unified, type Processor } from 'unified';
import { compileArticle } from './article.js';
import { checkConsistency } from './check/consistency.js';
import { EXTRACTORS } from './extract/index.js';
import { extractorPlugin } from './extract/plugin.js';
import { parseArticle } from './normalize/plugin.js';
import { enterStage } from './probe.js';
import type { RuleSet } from './rules/load.js';
import { segmentArticle } from './tokenize/plugin.js';

/** A transformer that only marks the next stage (a distinct attacher each: unified merges a plugin used twice). */
function stage(name: string) {
  const attacher = () => () => enterStage(name);
  Object.defineProperty(attacher, 'name', { value: `stage-${name}` });
  return attacher;
}

export function createProcessor(rules: RuleSet): Processor {
  let processor = unified().use(parseArticle).use(stage('segment')).use(segmentArticle);
  for (const extractor of EXTRACTORS) {
    processor = processor.use(stage(`extract:${extractor.key}`)).use(extractorPlugin({ extractor, rules })) as never;
  }
  return processor.use(stage('check')).use(checkConsistency).use(stage('compile')).use(compileArticle).freeze() as unknown as Processor;
}
