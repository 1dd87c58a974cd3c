/**
 * vnextract as a library:
 *
 *   import { extract } from 'vnextract';
 *   const article = await extract(text, { path: 'kien-giang.txt' });
 *
 * The command line is a thin layer over `extract` and the emitters.
 */
export { extract, extractSync, type ExtractOptions } from './extract-article.js';
export type * from './schema.js';
export { articleJsonSchema, articleSchema, Article as ArticleSchema } from './schema.js';
export { FACT_TYPES, factsOf } from './facts/registry.js';
export { defineFactType, type AnyFactType, type ArticleColumn, type Check, type FactType, type SchemaKit } from './facts/fact-type.js';
export { FactTypeError } from './facts/run-order.js';
export { loadRules, type RuleSet } from './rules/load.js';
export { RuleError } from './rules/rule-error.js';
export { decode, normalize } from './normalize/index.js';
export { sniffBinary, SNIFF_BYTES } from './normalize/binary.js';
export { segment } from './tokenize/sentences.js';
export { Lexicon, tokenize, type Token, type TokenType } from './tokenize/tokens.js';
export { parseAmount, parseDecimal, parseNumberWords, parseOrdinal, romanToInt } from './tokenize/numbers.js';
