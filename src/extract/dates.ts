/** Extractor for `dates` (stub: to be written). */
import type { Extractor } from '../types.js';

export const dates: Extractor<'dates'> = {
  key: 'dates',
  ruleFile: 'dates',
  extract() {
    return [];
  },
};
