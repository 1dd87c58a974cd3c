/**
 * Where a global regex matches in stretches of one paragraph (each list that
 * a statement introduces), as scanning each stretch alone would find them,
 * without scanning each stretch again: a paragraph with thousands of
 * statements would be read thousands of times. The places where a match
 * starts are found once per paragraph, and each stretch walks them. A match
 * of the paragraph is the stretch's own when the stretch holds all of it and
 * all that its lookbehinds read; the few places where the stretch's edges
 * may change that are matched on the stretch itself.
 *
 * The regex may look back at most `lookbehind` characters, must not match
 * the empty string, and may look ahead only with positive lookaheads (a
 * stretch's end then only removes matches).
 */
import type { Doc, Paragraph } from '../types.js';
import { firstAtOrAfter } from './search.js';

export interface StretchRegex {
  /** The pattern, global. */
  global: RegExp;
  /** The same pattern, sticky. */
  sticky: RegExp;
  /** How many characters before a match its lookbehinds (and `^`) read. */
  lookbehind: number;
}

export class StretchMatches {
  private readonly known = new Map<number, { starts: number[]; ends: number[] }>();

  constructor(
    private readonly doc: Doc,
    private readonly re: StretchRegex,
  ) {}

  /** Every place a match starts in the paragraph (also inside another match), with its end. */
  private of(p: Paragraph): { starts: number[]; ends: number[] } {
    let found = this.known.get(p.index);
    if (!found) {
      const words = this.doc.slice(p);
      const re = this.re.global;
      found = { starts: [], ends: [] };
      re.lastIndex = 0;
      let last = -1;
      for (let m = re.exec(words); m; m = re.exec(words)) {
        // With the `u` flag a search from inside a surrogate pair starts at the pair: step over it.
        if (m.index <= last) {
          re.lastIndex = last + 2;
          continue;
        }
        found.starts.push(p.start + m.index);
        found.ends.push(p.start + m.index + m[0].length);
        last = m.index;
        re.lastIndex = m.index + 1;
      }
      this.known.set(p.index, found);
    }
    return found;
  }

  /** The starts of the matches of `text.slice(from, to)`, a stretch of one paragraph, as offsets into the stretch. */
  in(from: number, to: number): number[] {
    const { starts, ends } = this.of(this.doc.paragraphAt(from));
    const stretch = this.doc.text.slice(from, to);
    const sticky = this.re.sticky;
    const onStretch = (at: number): number => {
      sticky.lastIndex = at - from;
      const m = sticky.exec(stretch);
      return m ? at + m[0].length : -1;
    };
    const edge = from + this.re.lookbehind;
    const out: number[] = [];
    for (let pos = from; pos < to; ) {
      let start = -1;
      let end = -1;
      // Near the stretch's start, lookbehinds read less than in the paragraph.
      for (let at = pos; at < Math.min(edge, to) && start < 0; at++) {
        end = onStretch(at);
        if (end >= 0) start = at;
      }
      for (let i = firstAtOrAfter(starts, Math.max(pos, edge), (x) => x); start < 0 && i < starts.length && starts[i] < to; i++) {
        // A match that runs past the stretch's end is matched on the stretch (cut short, or none).
        end = ends[i] <= to ? ends[i] : onStretch(starts[i]);
        if (end >= 0) start = starts[i];
      }
      if (start < 0) break;
      out.push(start - from);
      pos = end;
    }
    return out;
  }
}
