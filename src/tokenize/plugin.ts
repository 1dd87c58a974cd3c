/** unified transformer: paragraphs and sentences as the root's children. */
import type { ArticleRoot } from '../tree.js';
import { segment } from './sentences.js';
import { TextDoc } from './doc.js';

export const DOC = Symbol('doc');
type WithDoc = ArticleRoot & { [DOC]?: TextDoc };

export function segmentArticle() {
  return (tree: ArticleRoot): void => {
    const seg = segment(tree.data.text);
    tree.children = seg.paragraphs.map((p) => ({
      type: 'paragraph',
      start: p.start,
      end: p.end,
      children: [],
    }));
    for (const s of seg.sentences) {
      tree.children[s.paragraph].children.push({ type: 'sentence', start: s.start, end: s.end });
    }
    (tree as WithDoc)[DOC] = new TextDoc(tree.data.text, seg);
  };
}

/** The document view of a segmented tree (what extractors read). */
export function docOf(tree: ArticleRoot): TextDoc {
  const t = tree as WithDoc;
  if (!t[DOC]) t[DOC] = new TextDoc(tree.data.text);
  return t[DOC];
}
