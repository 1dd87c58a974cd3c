/**
 * Refiner: of readings whose spans overlap, keep one (in the manner of
 * chrono's overlap-removal refiner). Every fact type that reads one stretch
 * of text with several rules uses it, each with its own idea of `better`.
 */
import type { Span } from '../../types.js';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The readings in text order with no two overlapping: a reading that
 * overlaps the last one kept replaces it when `better(reading, kept)`, else
 * is dropped. Sorted by start, the longer first on a tie.
 */
export function removeOverlaps<T>(items: readonly T[], spanOf: (t: T) => Span, better: (a: T, b: T) => boolean): T[] {
  const sorted = [...items].sort((a, b) => spanOf(a).start - spanOf(b).start || spanOf(b).end - spanOf(a).end);
  const out: T[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && overlaps(spanOf(last), spanOf(item))) {
      if (better(item, last)) out[out.length - 1] = item;
    } else out.push(item);
  }
  return out;
}

/**
 * One reading per anchor (a number, a date): of the readings with the same
 * key the best is kept. Returns them in the order of their keys' first
 * appearance.
 */
export function bestPerKey<T, K>(items: readonly T[], keyOf: (t: T) => K, better: (a: T, b: T) => boolean): T[] {
  const best = new Map<K, T>();
  for (const item of items) {
    const k = keyOf(item);
    const prior = best.get(k);
    if (prior === undefined || better(item, prior)) best.set(k, item);
  }
  return [...best.values()];
}
