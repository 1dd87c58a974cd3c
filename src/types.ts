/**
 * Shared types of the pipeline: the document the extractors read, the results
 * they return, and the contract every extractor module fulfils.
 */
import type { CompiledRule } from './rules/compiled.js';
import type { Vocabulary } from './rules/vocabulary.js';
import type { FactKey, FactOf } from './schema.js';

/** A half-open range [start, end) of UTF-16 code units in the normalised text. */
export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** What every extractor reads: the normalised text and its segmentation. */
export interface Doc {
  /** Normalised text (NFC, one tone-mark style, `-` for dashes, boilerplate blanked). */
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** The sentence that contains `offset` (the last one before it, between sentences). */
  sentenceAt(offset: number): Sentence;
  /** The paragraph that contains `offset`. */
  paragraphAt(offset: number): Paragraph;
  /** The text of a span. */
  slice(span: Span): string;
}

/** A fact an extractor found, before the pipeline attaches its evidence. */
export interface Found<F> {
  fact: F;
  /** Where the fact is stated, in normalised-text offsets. */
  span: Span;
  /** Id of the rule that produced it (`<rule file>/<rule name>`). */
  rule: string;
  /** 0..1; rules that guess (latent results) say so with a lower value. */
  confidence: number;
}

/** What extractors running earlier in the pipeline found, by fact key. */
export type FoundSoFar = { [K in FactKey]?: Found<FactOf<K>>[] };

export interface ExtractContext {
  /** Results of the extractors that ran before this one (`published` first). */
  found: FoundSoFar;
  /** ISO date (YYYY-MM-DD) of the article's dateline, when one was found. */
  published: string | null;
  /** Word tables of the rule files: the class of a word a rule matched (`qualifier`: `hơn` → `more_than`). */
  vocabulary: Vocabulary;
  /** Report a problem or doubt as a vfile message at a position of the text. */
  warn(reason: string, span: Span, ruleId: string): void;
}

/**
 * One fact type: a rule file in `rules/<ruleFile>.yaml` plus this module.
 * `extract` runs the rules over the document and returns every fact it found,
 * in text order; duplicates are fine (the pipeline keeps the first of equal facts).
 */
export interface Extractor<K extends FactKey = FactKey> {
  key: K;
  /** Name of the rule file (without extension) whose rules this extractor runs. */
  ruleFile: string;
  extract(doc: Doc, rules: readonly CompiledRule[], ctx: ExtractContext): Found<FactOf<K>>[];
  /** Key under which two facts count as the same (defaults to JSON of the fact). */
  identity?(fact: FactOf<K>): string;
}
