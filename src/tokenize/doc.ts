/** The document extractors read: normalised text with its paragraphs and sentences. */
import type { Doc, Paragraph, Sentence, Span } from '../types.js';
import { lastAtOrBefore } from '../util/search.js';
import { segment } from './sentences.js';

const byStart = (s: Span) => s.start;

export class TextDoc implements Doc {
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];

  constructor(readonly text: string) {
    const seg = segment(text);
    this.paragraphs = seg.paragraphs;
    this.sentences = seg.sentences;
    if (this.sentences.length === 0) {
      // An empty article still answers sentenceAt/paragraphAt.
      this.paragraphs.push({ start: 0, end: 0, index: 0 });
      this.sentences.push({ start: 0, end: 0, index: 0, paragraph: 0 });
    }
  }

  sentenceAt(offset: number): Sentence {
    return this.sentences[lastAtOrBefore(this.sentences, offset, byStart)];
  }

  paragraphAt(offset: number): Paragraph {
    return this.paragraphs[lastAtOrBefore(this.paragraphs, offset, byStart)];
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
