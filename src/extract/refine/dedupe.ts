/**
 * Refiner: equal facts are one fact. The first statement is kept; what
 * counts as equal is the fact type's `identity` (JSON of the fact by default).
 */
import type { Found } from '../../types.js';

export function dedupe<F>(found: readonly Found<F>[], identity: (fact: F) => string = (f) => JSON.stringify(f)): Found<F>[] {
  const seen = new Set<string>();
  const out: Found<F>[] = [];
  for (const f of found) {
    const key = identity(f.fact);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
