/**
 * Leaders: every person the article names with a leading position in the
 * Party, the state or a mass organisation, one entry per person, with the
 * titles the article gives them and whether it reports them elected.
 *
 * The `title` rule (rules/leaders.yaml) is the gate: its matches, one scan
 * of the text, say which sentences name a title, and only those are read.
 * Each is split into words (`leaders/tokens.ts`) and, when a word of it may
 * start a name, read as titles, names and cues (`leaders/read.ts`); `leaders/link.ts` decides who holds what.
 * Mentions of one person (names compared without case, diacritics or tone
 * placement) are merged here.
 */
import { matchesIn, type CompiledRule } from '../rules/compiled.js';
import { rulesWith } from '../rules/select.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { FactOf } from '../schema.js';
import type { Doc, Found, Sentence } from '../types.js';
import { enterRule } from '../probe.js';
import { oncePer } from '../util/once-per.js';
import { remembered } from '../util/remembered.js';
import { withoutMarks } from '../util/fold-name.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import { firstAtOrAfter } from '../util/search.js';
import { link, type Mention } from './leaders/link.js';
import { type CueAt, type CueKind, mayNameSomeone, SentenceReader, tableMasks } from './leaders/read.js';
import { tokenize, type Token } from './leaders/tokens.js';
import { leaderWords } from './leaders/words.js';
import { secretaryOf, deputySecretariesOf } from './leaders/columns.js';

type Leader = FactOf<'leaders'>;
type LeaderPosition = Leader['positions'][number];

interface LeaderRules {
  /** `anchor: title`: the titles (and the bodies listed by member), whose matches choose the sentences to read. */
  titles: CompiledRule[];
  /** `cue: elected` / `cue: history`. */
  cues: { rule: CompiledRule; cue: CueKind }[];
}

const sortRules = oncePer(
  (rules: readonly CompiledRule[]): LeaderRules => ({
    titles: rulesWith(rules, 'anchor', 'title'),
    cues: [
      ...rulesWith(rules, 'cue', 'elected').map((rule) => ({ rule, cue: 'elected' as const })),
      ...rulesWith(rules, 'cue', 'history').map((rule) => ({ rule, cue: 'history' as const })),
    ],
  }),
);

/**
 * The sentences in which a `title` rule matches. After a match the scan goes
 * on from the end of its sentence: one match is enough to read it.
 */
function sentencesWithTitles(doc: Doc, titles: readonly CompiledRule[]): Set<Sentence> {
  const out = new Set<Sentence>();
  for (const rule of titles) {
    const re = rule.re;
    re.lastIndex = 0;
    enterRule(rule.index);
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const s = doc.sentenceAt(m.index);
      out.add(s);
      re.lastIndex = Math.max(s.end, m.index + 1);
    }
    enterRule(-1);
  }
  return out;
}

/** Names and titles compare without case, diacritics, tone placement or spacing. */
export const foldName = remembered((s: string): string =>
  withoutMarks(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/**
 * A title's text for comparison: it is normalised (one tone placement), so
 * case, spacing and a body written short or in full (table
 * leader_abbreviation: `UBND` = `Ủy ban nhân dân`) are what may differ.
 */
const titleFolderOf = oncePer((v: Vocabulary) => {
  const words = v.wordsOf('leader_abbreviation');
  // @rule-pattern: escaped words of table leader_abbreviation, whole words (between spaces or the ends).
  const re = words.length ? new RegExp(`(?<=^| )${alternation(words)}(?= |$)`, 'g') : null;
  return remembered((s: string): string => {
    const folded = s.toLowerCase().replace(/\s+/g, ' ');
    return re ? folded.replace(re, (w) => v.classOf('leader_abbreviation', w) ?? w) : folded;
  });
});

/** The cue matches of a sentence as token ranges (a cue covers the tokens wholly inside it; the rules have no boundary before them). */
function cuesIn(r: LeaderRules, text: string, s: Sentence, tokens: readonly Token[]): CueAt[] {
  const out: CueAt[] = [];
  for (const { rule, cue } of r.cues) {
    for (const m of matchesIn(rule, text, s.start)) {
      const first = firstAtOrAfter(tokens, m.start, (x) => x.start);
      let last = first - 1;
      while (last + 1 < tokens.length && tokens[last + 1].end <= m.end) last++;
      if (last >= first) out.push({ cue, first, last });
    }
  }
  // Overlapping cues: the one that starts first (and is longest) wins.
  out.sort((a, b) => a.first - b.first || b.last - a.last);
  return out.filter((c, i) => i === 0 || c.first > out[i - 1].last);
}

/**
 * The titles of one person without repeats: a title written again with its
 * body (`Bí thư Tỉnh ủy`, then `Bí thư Tỉnh ủy Quảng Ninh`) is kept once, in
 * its longer form, where it was first named.
 */
function distinctPositions(list: readonly LeaderPosition[], foldTitle: (s: string) => string): LeaderPosition[] {
  const out: LeaderPosition[] = [];
  const fold = (p: LeaderPosition) => `${p.title}|${p.former}|${foldTitle(p.text)}`;
  // Looked up, not compared pairwise (a page can name one person with hundreds of
  // titles): each kept title by its key, and by each of its shorter word-prefixes.
  // Kept titles are never prefixes of one another, so at most one is a prefix of a
  // new one; of those a new one is a prefix of, the first kept wins.
  const whole = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const keep = (key: string, at: number) => {
    whole.set(key, at);
    for (let i = key.lastIndexOf(' '); i > key.indexOf('|', key.indexOf('|') + 1); i = key.lastIndexOf(' ', i - 1)) {
      const prefix = key.slice(0, i);
      if (!prefixes.has(prefix)) prefixes.set(prefix, at);
    }
  };
  for (const p of list) {
    const key = fold(p);
    let same = whole.get(key) ?? prefixes.get(key);
    for (let i = key.lastIndexOf(' '); same === undefined && i > key.indexOf('|', key.indexOf('|') + 1); i = key.lastIndexOf(' ', i - 1)) {
      same = whole.get(key.slice(0, i));
    }
    if (same === undefined) {
      out.push(p);
      keep(key, out.length - 1);
    } else if (p.text.length > out[same].text.length) {
      out[same] = p;
      keep(key, same);
    }
  }
  return out;
}

const positionOf = (p: Mention['positions'][number]): LeaderPosition => ({ text: p.text, title: p.title, body: p.body, former: p.former });

function merge(mentions: readonly Mention[], rule: CompiledRule, foldTitle: (s: string) => string): Found<Leader>[] {
  const byName = new Map<string, { mentions: Mention[] }>();
  for (const m of mentions) {
    const key = foldName(m.name.text);
    const entry = byName.get(key);
    if (entry) entry.mentions.push(m);
    else byName.set(key, { mentions: [m] });
  }
  const out: Found<Leader>[] = [];
  for (const { mentions: ms } of byName.values()) {
    const elected = ms.find((m) => m.elected);
    const where = elected ?? ms[0];
    out.push({
      fact: {
        name: ms[0].name.text,
        positions: distinctPositions(ms.flatMap((m) => m.positions.map(positionOf)), foldTitle),
        elected: elected !== undefined,
      },
      span: where.span,
      rule: rule.id,
      confidence: rule.confidence,
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const schema = ({ z, fact }: SchemaKit) =>
  fact({
    name: z.string().describe('The name as written at its first full mention, without honorifics or ranks (`đồng chí`, `ông`, `GS.TS`, `Thượng tướng`)'),
    positions: z
      .array(
        z.object({
          text: z.string().describe('The title with the body it names, as written, without a term qualifier (`khóa XIX`, `nhiệm kỳ …`); a past post keeps its `nguyên`'),
          title: z.string().describe('Canonical title code: the class of the title in table leader_title of rules/leaders.yaml, `_` written `-` (`secretary`, `deputy-secretary`, `people-committee-chair`, …)'),
          body: z.string().nullable().describe('The body the title names, as written (`Tỉnh ủy Quảng Ninh`, `UBND tỉnh`, `Trung ương`), or null'),
          former: z.boolean().describe('A past post (`nguyên Bí thư …`)'),
        }),
      )
      .describe('Every title the article gives the person, each once (in its longest form)'),
    elected: z.boolean().describe('The article reports the person elected, re-elected or appointed at the event it reports'),
  });

export const leaders: FactType<'leaders', ReturnType<typeof schema>> = {
  key: 'leaders',
  // The secretary column compares a title's body with the article's congress (read from the article, not at extraction).
  needs: [],
  schema,
  csv: {
    type: 'leader',
    columns: ['name', 'position', 'title', 'position_body', 'elected'],
    row: (l) =>
      l.positions.map((p) => ({ name: l.name, position: p.text, title: p.title, position_body: p.body, elected: l.elected })),
  },
  articleColumns: {
    secretary: (ls, article) => secretaryOf(ls, article),
    deputy_secretaries: (ls, article) => deputySecretariesOf(ls, article).join('; ') || null,
    leaders: (ls) => ls.length,
  },
  extract(doc, rules, ctx) {
    const r = sortRules(rules);
    if (r.titles.length === 0) return [];
    const sentences = sentencesWithTitles(doc, r.titles);
    if (sentences.size === 0) return [];
    const words = leaderWords(ctx.vocabulary);
    const mentions: Mention[] = [];
    for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
      const text = doc.slice(s);
      const tokens = tokenize(text, s.start);
      const mask = tableMasks(tokens, words);
      if (!mayNameSomeone(tokens, words, mask)) continue;
      const reader = new SentenceReader(tokens, words, (span) => doc.slice(span), mask);
      mentions.push(...link(reader.items(cuesIn(r, text, s, tokens)), reader));
    }
    return merge(mentions, r.titles[0], titleFolderOf(ctx.vocabulary));
  },
  identity: (l) => foldName(l.name),
};
