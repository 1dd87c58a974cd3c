/** What an article states, without where: twins of one article differ only in their evidence. */
import type { Article } from '../../src/index.js';

export function factsOf(a: Article) {
  const strip = <T extends { evidence: unknown }>(xs: T[]) => xs.map(({ evidence, ...rest }) => rest);
  return {
    published: a.published?.value ?? null,
    congresses: strip(a.congresses),
    dates: strip(a.dates),
    counts: strip(a.counts),
    terms: strip(a.terms),
    breakthroughs: strip(a.breakthroughs),
    targets: strip(a.targets),
  };
}
