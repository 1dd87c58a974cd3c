/**
 * For tests that check thousands of cases (every character, every offset):
 * collect the cases that fail and assert once. `expect` costs microseconds a
 * call, which a loop over every code point multiplies into seconds; one
 * assertion at the end still names the first failing cases.
 */
import { expect } from 'vitest';

/** Asserts `found` (descriptions of failing cases) is empty; the message counts them and lists the first `first`. */
export function expectNoMismatches(found: readonly string[], what: string, first = 20): void {
  const listed = found.length > first ? ` (the first ${first} listed)` : '';
  expect(found.length, `${found.length} ${what}${listed}:\n  ${found.slice(0, first).join('\n  ')}\n`).toBe(0);
}
