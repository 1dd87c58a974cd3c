/**
 * The syntax tree the unified processor passes between stages: a root with
 * paragraph children, each with sentence children, positioned in the
 * normalised text. The root's data carries the text itself, the offset map
 * back to the input, and the facts as extractors add them.
 */
import type { Node, Parent } from 'unist';
import type { SourceMap } from './normalize/offset-map.js';
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
    /** The decoded input, before normalisation (the HTML source for a page). */
    original: string;
    /** The normalised text. */
    text: string;
    map: SourceMap;
    /** What an HTML page's metadata says, where it says it (offsets into `original`). */
    page?: {
      title: string | null;
      published: { value: string; start: number; end: number } | null;
    };
    encoding: string;
    bytes: number;
    found: FoundSoFar;
  };
}
