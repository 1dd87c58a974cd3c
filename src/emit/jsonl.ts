/** JSON Lines: one article per line, written as soon as it is extracted. */
import type { Emitter, Sink } from './emitter.js';

export function jsonlEmitter(out: Sink): Emitter {
  return {
    article(a) {
      out.write(`${JSON.stringify(a)}\n`);
    },
    end() {},
  };
}
