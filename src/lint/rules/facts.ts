/** Article rules of `vnextract check`: see `../rule.ts`. */
import type { ArticleRule } from '../rule.js';

export const FACTS_RULES: readonly ArticleRule[] = [];
