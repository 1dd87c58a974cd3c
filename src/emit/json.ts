/**
 * JSON: one article gives an object, several give an array. The first
 * article is held back until the second arrives (or the input ends), so the
 * shape is right without buffering more than one article.
 */
import type { Article } from '../schema.js';
import type { Emitter, Sink } from './emitter.js';

export function jsonEmitter(out: Sink, indent = 2): Emitter {
  let first: Article | null = null;
  let count = 0;
  const text = (a: Article) => JSON.stringify(a, null, indent);
  const nested = (a: Article) => text(a).replace(/\n/g, '\n  ');
  return {
    article(a) {
      count++;
      if (count === 1) first = a;
      else if (count === 2) {
        out.write(`[\n  ${nested(first!)},\n  ${nested(a)}`);
        first = null;
      } else out.write(`,\n  ${nested(a)}`);
    },
    end() {
      if (count === 0) out.write('[]\n');
      else if (count === 1) out.write(`${text(first!)}\n`);
      else out.write('\n]\n');
    },
  };
}
