/**
 * Extracting one article, as the library and the rule checker call it: the
 * pipeline of `run-article.ts` with the HTML reader loaded up front, so that
 * `extractSync` reads pages as well as text. The command line's worker
 * imports `run-article.ts` itself and loads the HTML reader only for inputs
 * that may be pages.
 */
import './normalize/html-eager.js';

export * from './run-article.js';
