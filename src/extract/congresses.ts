/** Extractor for `congresses` (stub: to be written). */
import type { Extractor } from '../types.js';

export const congresses: Extractor<'congresses'> = {
  key: 'congresses',
  ruleFile: 'congresses',
  extract() {
    return [];
  },
};
