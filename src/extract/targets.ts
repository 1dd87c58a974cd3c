/** Extractor for `targets` (stub: to be written). */
import type { Extractor } from '../types.js';

export const targets: Extractor<'targets'> = {
  key: 'targets',
  ruleFile: 'targets',
  extract() {
    return [];
  },
};
