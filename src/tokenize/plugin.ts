/** unified transformer: the article's text segmented into paragraphs and sentences. */
import type { ArticleRoot } from '../tree.js';
import type { Doc } from '../types.js';
import { TextDoc } from './doc.js';

export function segmentArticle() {
  return (tree: ArticleRoot): void => {
    tree.data.doc = new TextDoc(tree.data.text);
  };
}

/** The document view of a segmented tree (what extractors read); segmented now if the stage has not run. */
export function docOf(tree: ArticleRoot): Doc {
  tree.data.doc ??= new TextDoc(tree.data.text);
  return tree.data.doc;
}
