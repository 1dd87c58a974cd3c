/**
 * Where a congress is: its level (from its body's first words, table
 * `body_level` of rules/congresses.yaml), its province by the name at the
 * time of the congress, and the province that holds it now (the 34 of
 * rules/provinces.yaml).
 *
 * The province is read from the body itself (`huyện U Minh, tỉnh Cà Mau`),
 * else from a congress of the same body that names it (`thành phố Buôn Ma
 * Thuột` beside `thành phố Buôn Ma Thuột, tỉnh Đắk Lắk`), else from what the
 * article names: the province named most (a name after `tỉnh`/`thành phố`
 * counts twice), the one nearest the congress on a tie; null when the
 * article names none, and for bodies above the provinces (table
 * `above_province`) and the national congress.
 *
 * The time of the congress: before the merger when its body names a
 * province that the merger ended (`tỉnh Hòa Bình`); else a full date written
 * in the sentence of one of its mentions, else the article's dateline, else
 * its term: a congress of a
 * term starting in 2025 or later is after the merger of 1 July 2025, except
 * a district's (districts were abolished that day, so their 2025 congresses
 * came before it); an earlier term, or none, is before.
 */
import type { Places, Province } from '../places/places.js';
import { placeMentions, placeMentionsOf, type PlaceMention } from '../places/mentions.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import type { Doc, ExtractContext, Span } from '../types.js';
import { oncePer } from '../util/once-per.js';
import { firstAtOrAfter } from '../util/search.js';

export const LEVELS = ['national', 'province', 'district', 'commune', 'ward', 'bloc', 'armed-forces', 'agency'] as const;
export type Level = (typeof LEVELS)[number];

export interface CongressAt {
  body: string | null;
  national: boolean;
  term: string | null;
  /** Where the text names it. */
  spans: readonly Span[];
}

export interface Placed {
  body: string | null;
  province: string | null;
  provinceNow: string | null;
  level: Level | null;
}

interface LevelWords {
  /** The body's first words and their class (`body_level`), longest first. */
  head: RegExp;
  above: RegExp;
}

const levelWordsOf = oncePer((v: Vocabulary): LevelWords => ({
  // @bounded run only on a congress's body (at most a few dozen characters)
  // @rule-pattern: escaped words of table body_level, at the start, then no letter.
  head: new RegExp(`^${alternation(v.wordsOf('body_level'))}(?![\\p{L}\\p{M}])`, 'iu'),
  // @bounded run only on a congress's body (at most a few dozen characters)
  // @rule-pattern: escaped words of table above_province, a whole word.
  above: new RegExp(`(?<![\\p{L}\\p{M}])${alternation(v.wordsOf('above_province'))}(?![\\p{L}\\p{M}])`, 'iu'),
}));

/** The class of the body's first words in `body_level` (`city` for a thành phố, decided later), with their length. */
function headOf(v: Vocabulary, body: string): { cls: string; length: number } | null {
  const m = levelWordsOf(v).head.exec(body);
  if (!m) return null;
  const cls = v.classOf('body_level', m[0]);
  return cls ? { cls, length: m[0].length } : null;
}

/** The province a body names itself: the last name written after a unit word, else the last name. */
function ownProvince(body: string, ctx: ExtractContext): PlaceMention | undefined {
  const list = placeMentions(body, ctx.places, ctx.vocabulary);
  for (let i = list.length - 1; i >= 0; i--) if (list[i].unit) return list[i];
  return list[list.length - 1];
}

/**
 * The province the article names most (a unit mention counts twice); on a
 * tie, the one named nearest a congress. Tallied once per article: many
 * congresses in one article each ask only about the tied provinces.
 */
class ArticleProvinces {
  /** The provinces with the top score, each with where it is named (in text order). */
  private readonly top: { province: Province; starts: number[] }[] = [];

  constructor(mentions: readonly PlaceMention[]) {
    const tally = new Map<Province, { score: number; starts: number[] }>();
    for (const m of mentions) {
      const t = tally.get(m.province) ?? { score: 0, starts: [] };
      t.score += m.unit ? 2 : 1;
      t.starts.push(m.start);
      tally.set(m.province, t);
    }
    const best = Math.max(0, ...[...tally.values()].map((t) => t.score));
    for (const [province, t] of tally) if (best > 0 && t.score === best) this.top.push({ province, starts: t.starts });
  }

  nearest(at: number): Province | null {
    if (this.top.length <= 1) return this.top[0]?.province ?? null;
    let best: Province | null = null;
    let bestDistance = Infinity;
    for (const { province, starts } of this.top) {
      const i = firstAtOrAfter(starts, at, (x) => x);
      const d = Math.min(i < starts.length ? starts[i] - at : Infinity, i > 0 ? at - starts[i - 1] : Infinity);
      if (d < bestDistance) {
        best = province;
        bestDistance = d;
      }
    }
    return best;
  }
}

/** A full date (day or range start) written in the sentence of one of the spans; `dates` sorted by start. */
function dateNear(doc: Doc, dates: NonNullable<ExtractContext['found']['dates']>, spans: readonly Span[]): string | null {
  for (const span of spans) {
    const s = doc.sentenceAt(span.start);
    for (let i = firstAtOrAfter(dates, s.start, (d) => d.span.start); i < dates.length && dates[i].span.start < s.end; i++) {
      const day = /^\d{4}-\d{2}-\d{2}/.exec(dates[i].fact.value);
      if (day && dates[i].span.end <= s.end) return day[0];
    }
  }
  return null;
}

/** Each beginning of a folded body that ends before a space or a comma, and the body itself. */
function beginnings(folded: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < folded.length; i++) if (folded[i] === ' ' || folded[i] === ',') out.push(folded.slice(0, i));
  out.push(folded);
  return out;
}

const fold = (b: string): string => b.toLowerCase().replace(/\s+/g, ' ').trim();

export function placeCongresses(doc: Doc, ctx: ExtractContext, list: readonly CongressAt[]): Placed[] {
  // Most articles have no congress: nothing to place, and the dates need no sorting.
  if (list.length === 0) return [];
  const { places, vocabulary: v } = ctx;
  const words = levelWordsOf(v);
  const heads = list.map((c) => (c.national ? { cls: 'national', length: 0 } : c.body ? headOf(v, c.body) : null));
  const above = list.map((c, i) => c.national || heads[i]?.cls === 'national' || (c.body !== null && words.above.test(c.body)));
  const own = list.map((c, i) => (above[i] || !c.body ? undefined : ownProvince(c.body, ctx)));
  let article: ArticleProvinces | undefined;
  const dates = [...(ctx.found.dates ?? [])].sort((a, b) => a.span.start - b.span.start);
  // The first congress that names its province, filed under each beginning of its body, so that
  // `thành phố X` finds `thành phố X, tỉnh Y` and a bare `tỉnh` finds `tỉnh Y` without a search per congress.
  const namedBy = new Map<string, number>();
  let firstNamed = -1;
  list.forEach((o, k) => {
    if (!own[k] || above[k] || !o.body) return;
    if (firstNamed < 0) firstNamed = k;
    for (const b of beginnings(fold(o.body))) if (!namedBy.has(b)) namedBy.set(b, k);
  });
  return list.map((c, i): Placed => {
    const head = heads[i];
    if (above[i]) return { body: c.body, province: null, provinceNow: null, level: head?.cls === 'national' ? 'national' : levelOf(head?.cls, false) };
    let province = own[i]?.province ?? null;
    // A congress of the same body that names its province (`thành phố X` beside `thành phố X, tỉnh Y`, or a bare `tỉnh`).
    if (!province) {
      const j = c.body ? namedBy.get(fold(c.body)) : firstNamed;
      if (j !== undefined && j >= 0) province = own[j]!.province;
    }
    if (!province) province = (article ??= new ArticleProvinces(placeMentionsOf(doc, places, v))).nearest(c.spans[0]?.start ?? 0);
    const day = dateNear(doc, dates, c.spans) ?? ctx.published;
    const level = levelAt(head, c.body, own[i], province, places, day, c.term);
    // A body that names a province merged away was written before the merger, whatever the date says of the article.
    const namedOld = own[i] !== undefined && own[i]!.province.now.name !== own[i]!.province.name;
    const after = !namedOld && (day ? places.isAfterMerger(day) : termAfterMerger(c.term, level));
    const at = province ? places.at(province, day, after) : null;
    let body = c.body;
    // A body written as a bare unit (`tỉnh`) gets the province's name when the article gives it.
    if (at && body && head && head.length === body.trim().length && level === 'province') body = `${body.trim()} ${at.name}`;
    return { body, province: at?.name ?? null, provinceNow: province?.now.name ?? null, level };
  });
}

function levelOf(cls: string | undefined, provincialCity: boolean): Level | null {
  if (!cls) return null;
  if (cls === 'city') return provincialCity ? 'province' : 'district';
  if (cls === 'armed_forces') return 'armed-forces';
  return (LEVELS as readonly string[]).includes(cls) ? (cls as Level) : null;
}

/**
 * `thành phố X` is a province when X is a centrally-run city at the time; a
 * bare `thành phố` when the article's province is one.
 */
function levelAt(
  head: { cls: string; length: number } | null,
  body: string | null,
  own: PlaceMention | undefined,
  province: Province | null,
  places: Places,
  day: string | null,
  term: string | null,
): Level | null {
  // A body that is a province's name and nothing else (`TPHCM`, `Hà Nội`).
  if (!head && body && own && own.start === 0 && own.end === body.trim().length) {
    return levelOf(places.at(own.province, day, day ? places.isAfterMerger(day) : termAfterMerger(term, 'province')).kind === 'thành phố' ? 'city' : 'province', true);
  }
  if (head?.cls !== 'city' || !body) return levelOf(head?.cls, false);
  const rest = body.slice(head.length).trim();
  const named = own && rest.length > 0 ? own : undefined;
  // The name right after the unit word is the body's own (`thành phố Cần Thơ`), not a later `, tỉnh Y`.
  const city = rest.length === 0 ? province : named && body.indexOf(',') < 0 ? named.province : null;
  if (!city) return 'district';
  const after = day ? places.isAfterMerger(day) : termAfterMerger(term, 'province');
  return levelOf('city', places.at(city, day, after).kind === 'thành phố');
}

function termAfterMerger(term: string | null, level: Level | null): boolean {
  if (!term) return false;
  return Number(term.slice(0, 4)) >= 2025 && level !== 'district';
}
