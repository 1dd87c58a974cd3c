/**
 * Extracting one article: the pipeline's processor, made once per rule set,
 * run on text or bytes. Kept apart from the library's index so a worker
 * thread can load the pipeline without what only the library's users need
 * (the zod schema, the tokenizer's exports), and apart from
 * `extract-article.ts` so that it can leave the HTML reader unloaded until an
 * input may be a page (`normalize/html-reader.ts`).
 */
import { VFile } from 'vfile';
import type { AnyFactType } from './facts/fact-type.js';
import { FACT_TYPES } from './facts/registry.js';
import { createProcessor } from './pipeline.js';
import { enterStage } from './probe.js';
import type { RecordFields } from './normalize/read-article.js';
import { loadRules, type RuleSet } from './rules/load.js';
import type { Article } from './schema.js';
import type { ArticleRoot } from './tree.js';

export interface ExtractOptions {
  /** Path reported in `source.path` (default `-`). */
  path?: string;
  /** Rules to use; default: the built-in rules. */
  rules?: RuleSet;
  /**
   * Reference date (YYYY-MM-DD) for yearless dates when the article shows no
   * dateline of its own, like chrono's reference date.
   */
  reference?: string;
  /**
   * The input is a record of a JSON Lines corpus: its body is `kind` (text or
   * HTML, never guessed), and its `id`, `url` and `title` take precedence over
   * what the body says. Its date is given as `reference`.
   */
  record?: RecordFields;
  /**
   * The fact types to extract, in output order (default: the built-in
   * registry): `[...FACT_TYPES, mottos]` adds one. Load the rules with the
   * same list (`loadRules(dirs, { factTypes })`) so that its rule files validate.
   */
  factTypes?: readonly AnyFactType[];
}

declare module 'vfile' {
  interface DataMap {
    /** Reference date for yearless dates when the article has no dateline. */
    reference: string;
  }
}

type Processor = ReturnType<typeof createProcessor>;
/** Processors by rule set, then by list of fact types. */
const processors = new WeakMap<RuleSet, WeakMap<readonly AnyFactType[], Processor>>();

function processorFor(rules: RuleSet, factTypes: readonly AnyFactType[] = FACT_TYPES): Processor {
  let byTypes = processors.get(rules);
  if (!byTypes) {
    byTypes = new WeakMap();
    processors.set(rules, byTypes);
  }
  let p = byTypes.get(factTypes);
  if (!p) {
    p = createProcessor(rules, { factTypes });
    byTypes.set(factTypes, p);
  }
  return p;
}

/**
 * The processor's parser called directly: unified's `parse()` first turns the
 * file into a string (a full TextDecoder pass over the bytes, a sixth of the
 * run time) that our parser never reads, since it decodes the bytes itself to
 * detect their encoding.
 */
function parseFile(processor: Processor, file: VFile): ArticleRoot {
  return processor.parser!('', file) as unknown as ArticleRoot;
}

/**
 * One article through the processor: the article object, and the tree it was
 * compiled from (normalised text, offset map, facts with their spans) for
 * audits and tests that check evidence against what the rules matched.
 */
export function runArticle(
  input: string | Uint8Array,
  rules: RuleSet,
  options: Omit<ExtractOptions, 'rules'> = {},
): { article: Article; tree: ArticleRoot } {
  const processor = processorFor(rules, options.factTypes);
  const file = new VFile({ value: input, path: options.path ?? '-' });
  if (options.reference) file.data.reference = options.reference;
  if (options.record) file.data.record = options.record;
  enterStage('normalize');
  const tree = parseFile(processor, file);
  processor.runSync(tree as never, file);
  const article = processor.stringify(tree as never, file) as unknown as Article;
  return { article, tree };
}

/** Extract the facts of one article, synchronously, with rules already loaded. */
export function extractSync(
  input: string | Uint8Array,
  rules: RuleSet,
  options: Omit<ExtractOptions, 'rules'> = {},
): Article {
  return runArticle(input, rules, options).article;
}

/** Extract the facts of one article (text or bytes in any supported encoding). */
export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<Article> {
  const rules = options.rules ?? (await loadRules([], { factTypes: options.factTypes }));
  return extractSync(input, rules, options);
}
