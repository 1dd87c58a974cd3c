/**
 * The syntax tree the unified processor passes between stages: one root
 * whose data carries the normalised text, the offset map back to the input,
 * the segmented document and the facts as extractors add them. It has no
 * children: extractors read sentences and paragraphs by offset (`Doc`), not
 * by walking a tree.
 */
import type { Node } from 'unist';
import type { ReadArticle } from './normalize/read-article.js';
import type { Doc, FoundSoFar } from './types.js';

export interface ArticleRoot extends Node {
  type: 'root';
  data: Omit<ReadArticle, 'messages'> & {
    /** The paragraphs and sentences of `text`, set by the segment stage. */
    doc?: Doc;
    found: FoundSoFar;
  };
}
