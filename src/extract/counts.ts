/** Extractor for `counts` (stub: to be written). */
import type { Extractor } from '../types.js';

export const counts: Extractor<'counts'> = {
  key: 'counts',
  ruleFile: 'counts',
  extract() {
    return [];
  },
};
