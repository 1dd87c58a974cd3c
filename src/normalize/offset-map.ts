/**
 * Maps offsets in the normalised text back to the original input. Most
 * normalisation steps replace one code unit by one, so the map only records
 * the places where lengths changed (NFC composition, removed zero-width
 * characters): pairs of (normalised offset, original offset).
 */
import { lastAtOrBefore } from '../util/search.js';

/** Offsets of the text rules see, back to the input as the user gave it. */
export interface SourceMap {
  toOriginal(n: number): number;
  lineColumn(o: number): { line: number; column: number };
}

/** `inner` maps into an intermediate text (HTML's extracted text), `outer` from it to the input. */
export function compose(inner: SourceMap, outer: SourceMap): SourceMap {
  return {
    toOriginal: (n) => outer.toOriginal(inner.toOriginal(n)),
    lineColumn: (o) => outer.lineColumn(o),
  };
}

export class OffsetMap implements SourceMap {
  private readonly norm: number[] = [0];
  private readonly orig: number[] = [0];
  private lineStarts: number[] | undefined;

  constructor(private readonly original: string) {}

  /** Record that normalised offset `n` corresponds to original offset `o`. */
  mark(n: number, o: number): void {
    const last = this.norm.length - 1;
    if (this.norm[last] === n) {
      this.orig[last] = o;
      return;
    }
    this.norm.push(n);
    this.orig.push(o);
  }

  /** Original offset of normalised offset `n`. */
  toOriginal(n: number): number {
    const { norm, orig } = this;
    const lo = lastAtOrBefore(norm, n, (x) => x);
    const o = orig[lo] + (n - norm[lo]);
    return lo + 1 < orig.length ? Math.min(o, orig[lo + 1]) : Math.min(o, this.original.length);
  }

  /** 1-based line and column of an original offset. */
  lineColumn(o: number): { line: number; column: number } {
    if (!this.lineStarts) {
      const starts = [0];
      const s = this.original;
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    const lo = lastAtOrBefore(starts, o, (x) => x);
    return { line: lo + 1, column: o - starts[lo] + 1 };
  }

  /** The original text between two original offsets. */
  originalText(start: number, end: number): string {
    return this.original.slice(start, end);
  }
}
