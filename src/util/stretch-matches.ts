/**
 * Where a pattern matches in stretches of one paragraph (each list that a
 * statement introduces), as scanning each stretch alone would find them,
 * without scanning each stretch again: a paragraph with thousands of
 * statements would be read thousands of times. The places where a match
 * starts are found once per paragraph, and each stretch walks them. A match
 * of the paragraph is the stretch's own when the stretch holds all of it and
 * all that is read before it; the few places where the stretch's edges may
 * change that are matched on the stretch itself.
 *
 * The pattern may read at most `lookbehind` characters before a match (and
 * nothing after it), and never matches the empty string.
 */
import type { Doc, Paragraph, Span } from '../types.js';
import { firstAtOrAfter } from './search.js';

export interface Matcher {
  /**
   * A scan of `text` (read on its own: nothing before its start): the first
   * match that starts at or after `from`, asked with `from` never decreasing.
   */
  scan(text: string): (from: number) => Span | null;
  /** The end of the match that starts at `at`, or -1. */
  at(text: string, at: number): number;
  /** How many characters before a match are read to accept it. */
  lookbehind: number;
}

/** One pattern of a matcher: global, the same sticky, and a test of what stands before a match. */
export interface MatcherPart {
  global: RegExp;
  sticky: RegExp;
  allowed(text: string, at: number): boolean;
}

/**
 * A matcher from patterns that never match at the same place (so their
 * leftmost match is the one an alternation of them finds), each with a test
 * of what stands before a match, which the pattern leaves to code: as
 * lookbehinds, or as one large alternation, it would leave the pattern
 * checker to guess. A scan keeps each pattern's last result: a search from
 * further on that does not pass it finds it again, so no stretch is read twice.
 */
export function regexMatcher(parts: MatcherPart[], lookbehind: number): Matcher {
  return {
    lookbehind,
    scan(text) {
      const last = parts.map(() => ({ from: -1, found: null as Span | null }));
      const nextOf = (i: number, from: number): Span | null => {
        const memo = last[i];
        if (memo.from >= 0 && (memo.found === null || from <= memo.found.start)) return memo.found;
        const { global, allowed } = parts[i];
        let found: Span | null = null;
        global.lastIndex = from;
        for (let m = global.exec(text); m; m = global.exec(text)) {
          if (allowed(text, m.index)) {
            found = { start: m.index, end: m.index + m[0].length };
            break;
          }
          global.lastIndex = m.index + 1;
        }
        memo.from = from;
        memo.found = found;
        return found;
      };
      return (from) => {
        let best: Span | null = null;
        for (let i = 0; i < parts.length; i++) {
          const found = nextOf(i, from);
          if (found && (!best || found.start < best.start)) best = found;
        }
        return best;
      };
    },
    at(text, at) {
      for (const { sticky, allowed } of parts) {
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m && allowed(text, at)) return at + m[0].length;
      }
      return -1;
    },
  };
}

/** The starts of the matches of `text`, as one scan finds them (each from the end of the last). */
export function matchStarts(text: string, matcher: Matcher): number[] {
  const next = matcher.scan(text);
  const out: number[] = [];
  for (let m = next(0); m; m = next(m.end)) out.push(m.start);
  return out;
}

export class StretchMatches {
  private readonly known = new Map<number, { starts: number[]; ends: number[] }>();

  constructor(
    private readonly doc: Doc,
    private readonly matcher: Matcher,
  ) {}

  /** Every place a match starts in the paragraph (also inside another match), with its end. */
  private of(p: Paragraph): { starts: number[]; ends: number[] } {
    let found = this.known.get(p.index);
    if (!found) {
      const words = this.doc.slice(p);
      found = { starts: [], ends: [] };
      const next = this.matcher.scan(words);
      for (let m = next(0); m; m = next(m.start + 1)) {
        found.starts.push(p.start + m.start);
        found.ends.push(p.start + m.end);
      }
      this.known.set(p.index, found);
    }
    return found;
  }

  /** The starts of the matches of `text.slice(from, to)`, a stretch of one paragraph, as offsets into the stretch. */
  in(from: number, to: number): number[] {
    const { starts, ends } = this.of(this.doc.paragraphAt(from));
    const stretch = this.doc.text.slice(from, to);
    const onStretch = (at: number): number => {
      const end = this.matcher.at(stretch, at - from);
      return end < 0 ? -1 : from + end;
    };
    const edge = from + this.matcher.lookbehind;
    const out: number[] = [];
    for (let pos = from; pos < to; ) {
      let start = -1;
      let end = -1;
      // Near the stretch's start, less is read before a match than in the paragraph.
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
