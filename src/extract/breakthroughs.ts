/** Extractor for `breakthroughs` (stub: to be written). */
import type { Extractor } from '../types.js';

export const breakthroughs: Extractor<'breakthroughs'> = {
  key: 'breakthroughs',
  ruleFile: 'breakthroughs',
  extract() {
    return [];
  },
};
