/** `consistency/delegates-members`: more delegates than the members they stand for. */
import type { Check } from '../facts/fact-type.js';

type CountFact = { count: number; role: string };

export const delegatesAndMembers: Check<CountFact> = {
  id: 'consistency/delegates-members',
  run(counts, report) {
    // The largest of a role is its total (a smaller one is a subgroup); the first of equals is kept.
    const largest = (role: string) =>
      counts.filter((c) => c.fact.role === role).reduce<(typeof counts)[number] | null>((a, b) => (a && a.fact.count >= b.fact.count ? a : b), null);
    const delegates = largest('delegates');
    const members = largest('members');
    if (delegates && members && delegates.fact.count > members.fact.count) {
      report(
        `${delegates.fact.count} delegates stand for only ${members.fact.count} members: check both numbers against the source (a digit lost from the members, or a subgroup read as their total)`,
        members,
      );
    }
  },
};
