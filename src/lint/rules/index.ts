/** Every rule of `vnextract check`, in the order of the README's table. */
import type { ArticleRule } from '../rule.js';
import { FACTS_RULES } from './facts.js';
import { SCRAPE_RULES } from './scrape.js';
import { TEXT_RULES } from './text.js';

/** The rules run on each article, after its extraction. */
export const ARTICLE_RULES: readonly ArticleRule[] = [...TEXT_RULES, ...SCRAPE_RULES, ...FACTS_RULES];
