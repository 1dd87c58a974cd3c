/**
 * A test of a sentence's or paragraph's text, computed once for each: an
 * extractor asks it for every match, and a long sentence may hold thousands
 * of matches (testing its whole text for each would cost its length every time).
 */
import type { Doc, Paragraph, Sentence } from '../types.js';

export function onceEach<S extends Sentence | Paragraph>(doc: Doc, test: (text: string) => boolean): (s: S) => boolean {
  const known = new Map<number, boolean>();
  return (s) => {
    let v = known.get(s.index);
    if (v === undefined) known.set(s.index, (v = test(doc.slice(s))));
    return v;
  };
}
