/**
 * Maps offsets in the normalised text back to the original input. Most
 * normalisation steps replace one code unit by one, so the map only records
 * the places where lengths changed: checkpoints (normalised offset, original
 * offset) at both ends of every replacement. Between two checkpoints the
 * text either runs one for one (equal lengths on both sides) or is one
 * replacement (`&agrave;` → `à`, `a` + U+0300 → `à`, CRLF → LF), which is never
 * cut: a position inside it maps to its start for a start offset, to its end
 * for an end offset. A removed character (zero-width space, NUL) leaves two
 * checkpoints at one normalised offset, so evidence neither starts nor ends
 * on what was removed.
 */
import { lastAtOrBefore } from '../util/search.js';

/** Offsets of the text rules see, back to the input as the user gave it. */
export interface SourceMap {
  /** Input offset where the character at normalised offset `n` starts. */
  toOriginal(n: number): number;
  /** Input offset just past the character before normalised offset `n`. */
  toOriginalEnd(n: number): number;
  lineColumn(o: number): { line: number; column: number };
}

/** `inner` maps into an intermediate text (HTML's extracted text), `outer` from it to the input. */
export function compose(inner: SourceMap, outer: SourceMap): SourceMap {
  return {
    toOriginal: (n) => outer.toOriginal(inner.toOriginal(n)),
    toOriginalEnd: (n) => outer.toOriginalEnd(inner.toOriginalEnd(n)),
    lineColumn: (o) => outer.lineColumn(o),
  };
}

/** Index of the first item ≥ value in a sorted array (its length when none is). */
function firstAtOrAfter(items: readonly number[], value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class OffsetMap implements SourceMap {
  private readonly norm: number[] = [0];
  private readonly orig: number[] = [0];
  private lineStarts: number[] | undefined;

  constructor(private readonly original: string) {}

  /** Record that normalised offset `n` corresponds to original offset `o` (calls in increasing order). */
  mark(n: number, o: number): void {
    const { norm, orig } = this;
    const last = norm.length - 1;
    if (norm[last] === n) {
      if (orig[last] === o) return;
      // A removal: keep the first and the last original offset of this normalised offset.
      if (last > 0 && norm[last - 1] === n) {
        orig[last] = o;
        return;
      }
    }
    norm.push(n);
    orig.push(o);
  }

  /** Whether the stretch from checkpoint `i` to the next is one replacement rather than a one-for-one run. */
  private replaced(i: number): boolean {
    const { norm, orig } = this;
    return i + 1 < norm.length && norm[i + 1] - norm[i] !== orig[i + 1] - orig[i];
  }

  /** Original offset where the character at normalised offset `n` starts. */
  toOriginal(n: number): number {
    const { norm, orig } = this;
    const lo = lastAtOrBefore(norm, n, (x) => x);
    if (n === norm[lo] || this.replaced(lo)) return orig[lo];
    return Math.min(orig[lo] + (n - norm[lo]), this.original.length);
  }

  /** Original offset just past the character before normalised offset `n`. */
  toOriginalEnd(n: number): number {
    const { norm, orig } = this;
    const f = firstAtOrAfter(norm, n);
    if (f < norm.length && norm[f] === n) return orig[f];
    if (f < norm.length && this.replaced(f - 1)) return orig[f];
    return Math.min(orig[f - 1] + (n - norm[f - 1]), this.original.length);
  }

  /** 1-based line and column of an original offset; lines end at LF, CRLF or a lone CR. */
  lineColumn(o: number): { line: number; column: number } {
    if (!this.lineStarts) {
      const starts = [0];
      const s = this.original;
      if (s.includes('\r')) {
        for (const m of s.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
      } else {
        for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    const lo = lastAtOrBefore(starts, o, (x) => x);
    return { line: lo + 1, column: o - starts[lo] + 1 };
  }
}
