/**
 * The syntax tree the unified processor passes between stages: a root with
 * paragraph children, each with sentence children, positioned in the
 * normalised text. The root's data carries the text itself, the offset map
 * back to the input, and the facts as extractors add them.
 */
import type { Node, Parent } from 'unist';
import type { OffsetMap } from './normalize/offset-map.js';
import type { FoundSoFar } from './types.js';

export interface SentenceNode extends Node {
  type: 'sentence';
  start: number;
  end: number;
}

export interface ParagraphNode extends Parent {
  type: 'paragraph';
  start: number;
  end: number;
  children: SentenceNode[];
}

export interface ArticleRoot extends Parent {
  type: 'root';
  children: ParagraphNode[];
  data: {
    /** The decoded input, before normalisation. */
    original: string;
    /** The normalised text. */
    text: string;
    map: OffsetMap;
    encoding: string;
    bytes: number;
    found: FoundSoFar;
  };
}
