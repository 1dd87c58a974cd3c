/**
 * Place: where the article is. The province of its own congress (the main
 * one, as the articles sheet reads it), else the province the article is
 * about: the one it names most, when it names it at least twice and twice as
 * much as any other (a passing mention, or a round-up of many provinces,
 * does not make an article about a place); else null. The name is the one at the time (the congress's, or the
 * dateline's), with the province it belongs to now; the evidence is the
 * first place the article names it.
 */
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import { placeMentionsOf, type PlaceMention } from '../places/mentions.js';
import type { FactOf } from '../schema.js';
import type { Found } from '../types.js';
import { mainCongress } from './congresses.js';

type Place = FactOf<'place'>;

/** How often an article names a province to be about it. */
const MIN_MENTIONS = 2;
/** How much more (a name after a unit word counts 2) than any other province. */
const DOMINANCE = 2;

const schema = ({ z, fact }: SchemaKit) =>
  fact({
    province: z.string().describe('Province or centrally-run city the article is about, by its name at the time'),
    provinceNow: z.string().describe('The province (one of the 34 since 1 July 2025) it belongs to now'),
  });

export const place: FactType<'place', ReturnType<typeof schema>, true> = {
  key: 'place',
  needs: ['published', 'congresses'],
  single: true,
  schema,
  csv: {
    type: 'place',
    columns: ['province', 'province_now'],
    row: (p) => ({ province: p.province, province_now: p.provinceNow }),
  },
  articleColumns: {
    province: (ps) => ps[0]?.province ?? null,
    province_now: (ps) => ps[0]?.provinceNow ?? null,
    level: (_ps, article) => mainCongress((article.congresses as { body: string | null; level?: string | null }[] | undefined) ?? [])?.level ?? null,
  },
  extract(doc, _rules, ctx) {
    const mentions = placeMentionsOf(doc, ctx.places, ctx.vocabulary);
    const congresses = ctx.found.congresses ?? [];
    const own = mainCongress(congresses.map((c) => c.fact));
    if (own?.province && own.provinceNow) {
      const found = congresses.find((c) => c.fact === own)!;
      const at = mentions.find((m) => m.province.now.name === own.provinceNow && namesIt(m, own.province!)) ??
        mentions.find((m) => m.province.now.name === own.provinceNow);
      return [fact({ province: own.province, provinceNow: own.provinceNow }, at ? at : found.span, 'place/congress')];
    }
    const best = mostNamed(mentions);
    if (!best) return [];
    const day = ctx.published;
    const name = ctx.places.at(best.province, day, day !== null && ctx.places.isAfterMerger(day));
    return [fact({ province: name.name, provinceNow: best.province.now.name }, best, 'place/most-named')];
  },
};

const namesIt = (m: PlaceMention, name: string): boolean => m.province.name === name || m.province.renamed?.name === name || m.province.now.name === name;

function fact(value: Place, span: { start: number; end: number }, rule: string): Found<Place> {
  return { fact: value, span: { start: span.start, end: span.end }, rule, confidence: 1 };
}

/**
 * The first mention of the province named most (ties: the one named first),
 * when the article is about it: named at least twice, and scoring at least
 * twice as much as any other (a round-up of many provinces is about none).
 */
function mostNamed(mentions: readonly PlaceMention[]): PlaceMention | null {
  const tally = new Map<PlaceMention['province'], { score: number; count: number; first: PlaceMention }>();
  for (const m of mentions) {
    const t = tally.get(m.province) ?? { score: 0, count: 0, first: m };
    t.score += m.unit ? 2 : 1;
    t.count += 1;
    tally.set(m.province, t);
  }
  let best: { score: number; count: number; first: PlaceMention } | undefined;
  let second = 0;
  for (const t of tally.values()) {
    if (!best || t.score > best.score) {
      second = best?.score ?? 0;
      best = t;
    } else second = Math.max(second, t.score);
  }
  if (!best || best.count < MIN_MENTIONS || best.score < DOMINANCE * second) return null;
  return best.first;
}
