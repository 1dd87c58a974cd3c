/**
 * Emitters write articles to a stream as they come, one at a time, so a
 * corpus never has to fit in memory. `end` closes the document (the JSON
 * array, nothing for JSON Lines and CSV).
 */
import type { Article } from '../schema.js';

export interface Sink {
  write(chunk: string): void;
}

export interface Emitter {
  article(a: Article): void;
  end(): void;
}
