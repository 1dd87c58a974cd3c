/**
 * The pipeline as a unified processor, read top to bottom:
 * normalise (parser) → segment → one transformer per fact type (in the order
 * derived from what each needs) → consistency check → article (compiler).
 * Before each stage a marker tells the probe (`probe.ts`) which stage runs,
 * so an article stopped for overrunning its time budget can say where it was.
 */
import { unified, type Processor } from 'unified';
import { compileArticle } from './article.js';
import { checkConsistency } from './check/consistency.js';
import { extractorPlugin } from './extract/plugin.js';
import type { AnyFactType } from './facts/fact-type.js';
import { FACT_TYPES, RUN_ORDER } from './facts/registry.js';
import { runOrder } from './facts/run-order.js';
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

export interface ProcessorOptions {
  /** The fact types to extract, in output order (default: the built-in registry). */
  factTypes?: readonly AnyFactType[];
}

export function createProcessor(rules: RuleSet, options: ProcessorOptions = {}): Processor {
  const factTypes = options.factTypes ?? FACT_TYPES;
  const order = factTypes === FACT_TYPES ? RUN_ORDER : runOrder(factTypes);
  let processor = unified().use(parseArticle).use(stage('segment')).use(segmentArticle);
  // Each extractor marks its own stage (`extract:<key>`): one transformer per type, not two.
  for (const type of order) processor = processor.use(extractorPlugin({ type, rules })) as never;
  return processor
    .use(stage('check'))
    .use(checkConsistency, { factTypes })
    .use(stage('compile'))
    .use(compileArticle, { factTypes, vocabulary: rules.vocabulary })
    .freeze() as unknown as Processor;
}
