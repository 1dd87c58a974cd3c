/** Article rules of `vnextract check`: see `../rule.ts`. */
import type { ArticleRule } from '../rule.js';

export const TEXT_RULES: readonly ArticleRule[] = [];
