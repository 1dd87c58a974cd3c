/** Extractor for `published` (stub: to be written). */
import type { Extractor } from '../types.js';

export const published: Extractor<'published'> = {
  key: 'published',
  ruleFile: 'published',
  extract() {
    return [];
  },
};
