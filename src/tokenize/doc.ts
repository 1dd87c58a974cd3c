/** The document extractors read: normalised text with its paragraphs and sentences. */
import type { Doc, Paragraph, Sentence, Span } from '../types.js';
import { segment } from './sentences.js';

function findLast<T extends Span>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class TextDoc implements Doc {
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];

  constructor(
    readonly text: string,
    seg = segment(text),
  ) {
    this.paragraphs = seg.paragraphs;
    this.sentences = seg.sentences;
    if (this.sentences.length === 0) {
      // An empty article still answers sentenceAt/paragraphAt.
      this.paragraphs.push({ start: 0, end: 0, index: 0 });
      this.sentences.push({ start: 0, end: 0, index: 0, paragraph: 0 });
    }
  }

  sentenceAt(offset: number): Sentence {
    return this.sentences[findLast(this.sentences, offset)];
  }

  paragraphAt(offset: number): Paragraph {
    return this.paragraphs[findLast(this.paragraphs, offset)];
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
