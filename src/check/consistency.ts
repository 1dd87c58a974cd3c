/**
 * unified transformer run after the extractors: facts of one article that
 * contradict each other become warnings with their position, so a pipeline
 * checking a scraped corpus (`vnextract --strict`) fails on them with file
 * and line. The facts themselves are kept: a reader decides which is wrong.
 * (A congress given two terms is reported by the congresses extractor, which
 * sees the separate mentions.)
 */
import type { VFile } from 'vfile';
import { warnAt } from '../extract/plugin.js';
import type { FactOf } from '../schema.js';
import type { ArticleRoot } from '../tree.js';
import type { Found } from '../types.js';

type Warn = (reason: string, found: Found<unknown>, ruleId: string) => void;

function rangeOrder(dates: Found<FactOf<'dates'>>[], warn: Warn): void {
  for (const d of dates) {
    const [start, end] = d.fact.value.split('/');
    if (end !== undefined && end < start) warn(`date range ends before it starts: ${d.fact.value}`, d, 'consistency/range-order');
  }
}

function delegatesAndMembers(counts: Found<FactOf<'counts'>>[], warn: Warn): void {
  const largest = (role: string) =>
    counts.filter((c) => c.fact.role === role).reduce<Found<FactOf<'counts'>> | null>((a, b) => (a && a.fact.count >= b.fact.count ? a : b), null);
  const delegates = largest('delegates');
  const members = largest('members');
  if (delegates && members && delegates.fact.count > members.fact.count) {
    warn(`${delegates.fact.count} delegates stand for only ${members.fact.count} members`, members, 'consistency/delegates-members');
  }
}

function targetRanges(targets: Found<FactOf<'targets'>>[], warn: Warn): void {
  for (const t of targets) {
    const { min, max } = t.fact;
    if (min !== null && max !== null && min > max) warn(`target range runs backwards: ${min}-${max}`, t, 'consistency/target-range');
  }
}

export function checkConsistency() {
  return (tree: ArticleRoot, file: VFile): void => {
    const { found, map } = tree.data;
    const warn: Warn = (reason, f, ruleId) => warnAt(file, map, f.span, reason, ruleId);
    rangeOrder(found.dates ?? [], warn);
    delegatesAndMembers(found.counts ?? [], warn);
    targetRanges(found.targets ?? [], warn);
  };
}
