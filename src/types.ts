/**
 * Shared types of the pipeline: the document the extractors read and the
 * results they return. What a fact type declares is `facts/fact-type.ts`.
 */
import type { Vocabulary } from './rules/vocabulary.js';
import type { Places } from './places/places.js';
import type { FactKey, FactOf } from './facts/registry.js';

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
  /** Results of the fact types this one `needs` (only those: they ran before it). */
  found: FoundSoFar;
  /**
   * ISO date (YYYY-MM-DD) of the article's dateline (the text's, else the
   * page's, else the caller's reference), for a type that needs `published`; else null.
   */
  published: string | null;
  /** Word tables of the rule files: the class of a word a rule matched (`qualifier`: `hơn` → `more_than`). */
  vocabulary: Vocabulary;
  /** The provinces of rules/provinces.yaml: a written name to its province, its name before and after the 2025 merger. */
  places: Places;
  /** Report a problem or doubt as a vfile message at a position of the text. */
  warn(reason: string, span: Span, ruleId: string): void;
}
