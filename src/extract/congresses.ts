/**
 * Congresses: every party congress the article names with an ordinal.
 *
 * The rules find mentions (`Đại hội Đảng bộ tỉnh X lần thứ XI`, `Đại hội XIV
 * của Đảng`, …). This module reads each mention, drops the congresses of other
 * organisations (Đoàn, Hội, Công đoàn, sport), merges the mentions of one
 * congress and gives it its term: the one written next to a mention, else one
 * the article gives for it elsewhere (see `inferTerms`).
 */
import { scan, type CompiledRule, type RuleMatch } from '../rules/compiled.js';
import { anyMatch, rulesWith } from '../rules/select.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import { parseOrdinal } from '../tokenize/numbers.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { Doc, ExtractContext, Found, Sentence, Span } from '../types.js';
import { onceEach } from '../util/per-span.js';
import { firstAtOrAfter } from '../util/search.js';
import type { FactOf } from '../schema.js';
import { isPlausiblePeriod } from './refine/periods.js';
import { oncePer } from '../util/once-per.js';
import { LEVELS, placeCongresses } from './congress-place.js';

type Congress = FactOf<'congresses'>;

const NATIONAL = 'toàn quốc';

/** One place where the text names a congress. */
interface Mention {
  ordinal: number;
  /** Organisation as written after `Đảng bộ`, `toàn quốc`, or null when unnamed. */
  body: string | null;
  /** Term written right after the mention (`lần thứ XI, nhiệm kỳ 2020-2025`). */
  term: string | null;
  /** Span of that term, so that inference does not hand it to another congress. */
  termSpan: Span | null;
  span: Span;
  rule: CompiledRule;
}

/** The mentions of one congress. */
interface CongressGroup {
  ordinal: number;
  national: boolean;
  mentions: Mention[];
  term: string | null;
  inferred: boolean;
}

/**
 * What a rule says about its matches (its `set:`, see rules/congresses.yaml):
 * where the organisation is written, and whether a bare mention needs a
 * Roman ordinal. Read from the constants, so renaming a rule changes nothing.
 */
type BodyKind = 'named' | 'place' | 'national' | 'optional';
const BODY_KINDS: readonly string[] = ['named', 'place', 'national', 'optional'];

const bodyKindOf = (rule: CompiledRule): BodyKind | null => {
  const v = rule.set.body;
  return typeof v === 'string' && BODY_KINDS.includes(v) ? (v as BodyKind) : null;
};

/** The rules of the file, sorted by what they do (cached per rule list). */
interface CongressRules {
  /** Rules that find mentions (every rule without a `context`). */
  mentions: CompiledRule[];
  /** `context: party`: the article is about the Party. */
  party: CompiledRule[];
  /** `context: sport`: the sentence is about sport or games. */
  sport: CompiledRule[];
}

const sortRules = oncePer((rules: readonly CompiledRule[]): CongressRules => {
  return {
    mentions: rules.filter((rule) => rule.set.context === undefined),
    party: rulesWith(rules, 'context', 'party'),
    sport: rulesWith(rules, 'context', 'sport'),
  };
});

/**
 * The word tests of the tables of rules/congresses.yaml (other_organisation,
 * not_in_body, unit_name, body_end, term_word), built once per vocabulary.
 * The structure (anchors, word boundaries, windows) stays here.
 */
interface Words {
  /** An organisation that is not the Party, at the start of a name or right after the ordinal. */
  otherOrganisation: RegExp;
  /** A word that cannot be part of an organisation's name. */
  notInBody: RegExp;
  /** Unit names that hold a word of notInBody, joined into one token before that test. */
  unitName: RegExp;
  /** One word that ends an organisation's name written after the ordinal. */
  bodyEnd: RegExp;
  /** A term written right after a mention: `, nhiệm kỳ 2020 - 2025`, ` (2020-2025)`. */
  attachedTerm: RegExp;
  /** `nhiệm kỳ` just before a term (a `giai đoạn` plan period is not a congress term). */
  termWordBefore: RegExp;
  /** How far before a term termWordBefore looks. */
  termWordReach: number;
  /** `Đảng bộ X (long trọng) tổ chức` right before a congress: X is its body. */
  hostBefore: RegExp;
}

const wordsOf = oncePer((v: Vocabulary): Words => {
  const fullTerm = v.wordsOf('term_word', 'full');
  return {
    // @rule-pattern: escaped words of table other_organisation, then no letter.
    otherOrganisation: new RegExp(`^${alternation(v.wordsOf('other_organisation'))}(?![a-zà-ỹđ])`, 'i'),
    // @rule-pattern: escaped words of table not_in_body, between spaces.
    notInBody: new RegExp(`(?:^|\\s)${alternation(v.wordsOf('not_in_body'))}(?=\\s|$)`, 'i'),
    // @rule-pattern: escaped words of table unit_name, between spaces.
    unitName: new RegExp(`(?<=^|\\s)${alternation(v.wordsOf('unit_name'))}(?=\\s|$)`, 'giu'),
    // @rule-pattern: escaped words of table body_end, a whole word.
    bodyEnd: new RegExp(`^${alternation(v.wordsOf('body_end'))}$`, 'i'),
    // @bounded run only on the 40 characters after a mention (attachedTerm)
    // @rule-pattern: escaped words of table term_word, then two years.
    attachedTerm: new RegExp(
      `^[ ,;(]*(?:-\\s*)?${alternation(v.wordsOf('term_word'))}?\\s*((?:19|20)\\d{2})\\s*-\\s*((?:19|20)\\d{2})(?!\\d)`,
      'i',
    ),
    // @rule-pattern: escaped words of table term_word (class full), at the end.
    termWordBefore: new RegExp(`${alternation(fullTerm)}[ (]*$`, 'i'),
    termWordReach: Math.max(0, ...fullTerm.map((t) => t.length)) + 6,
    // @bounded run only on the 120 characters before a congress (bodyBefore)
    // @rule-pattern: escaped words of table congress_host around a name.
    hostBefore: new RegExp(
      `${alternation(v.wordsOf('congress_host', 'body'))} ([^.;:!?()"]{2,80}?) ` +
        `(?:${alternation([...v.wordsOf('congress_host', 'manner'), ...v.wordsOf('congress_host', 'tense')])} )*` +
        `${alternation(v.wordsOf('congress_host', 'verb'))} (?:${alternation(v.wordsOf('congress_host', 'manner'))} )?$`,
      'i',
    ),
  };
});

function readOrdinal(raw: string | undefined): number | null {
  if (!raw) return null;
  const n = parseOrdinal(raw);
  return n !== null && Number.isInteger(n) && n > 0 && n < 100 ? n : null;
}

/** Words after the ordinal that name another organisation (`lần thứ VIII Hội Cựu chiến binh`). */
function namesOtherOrganisation(w: Words, text: string, end: number): boolean {
  const after = text.slice(end, end + 40).replace(/^[ ,]+/, '');
  return w.otherOrganisation.test(after);
}

/** Whether the words read as an organisation's name hold a word that cannot be part of one. */
const notABody = (w: Words, name: string): boolean =>
  w.notInBody.test(name.replace(w.unitName, (unit) => unit.replace(/\s+/g, '_')));

/** `tỉnh Cao Bằng đề ra …` → `tỉnh Cao Bằng`: the words up to the first that cannot be part of a name. */
function bodyHead(w: Words, raw: string): string {
  const words = raw.split(/\s+/);
  const out = [words[0]];
  for (let i = 1; i < words.length && !w.bodyEnd.test(words[i]); i++) out.push(words[i]);
  return out.join(' ');
}

/** `Đảng bộ phường X tổ chức Đại hội đại biểu lần thứ I`: the body written before the congress. */
function bodyBefore(w: Words, doc: Doc, start: number): string | null {
  const sentence = doc.sentenceAt(start);
  const before = doc.text.slice(Math.max(sentence.start, start - 120), start);
  const m = w.hostBefore.exec(before);
  return m && !notABody(w, m[1]) ? m[1].trim() : null;
}

function attachedTerm(w: Words, text: string, end: number): { term: string; span: Span } | null {
  const m = w.attachedTerm.exec(text.slice(end, end + 40));
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (!isPlausiblePeriod(from, to, 'term')) return null;
  const start = end + m[0].indexOf(m[1]);
  return { term: `${from}-${to}`, span: { start, end: end + m[0].length } };
}

/** What readMention asks of the article, each computed at most once. */
interface ArticleContext {
  words: Words;
  /** Whether the article is about the Party (context rules), asked only for a bare mention. */
  partyArticle(): boolean;
  isSport(s: Sentence): boolean;
}

/** A mention from one rule match, or null when it is not a party congress. */
function readMention(doc: Doc, rule: CompiledRule, m: RuleMatch, article: ArticleContext): Mention | null {
  const ordinal = readOrdinal(m.groups.ordinal);
  if (ordinal === null) return null;
  const { words } = article;
  const text = doc.text;
  let body: string | null = null;
  let end = m.end;
  const kind = bodyKindOf(rule);
  switch (kind) {
    case 'named':
    case 'place': {
      body = (m.groups.body ?? '').trim();
      // After `Đại hội đại biểu tỉnh …` the name proper follows the unit word.
      const name = kind === 'place' ? body.replace(/^\S+\s/, '') : body;
      if (notABody(words, name) || words.otherOrganisation.test(name)) return null;
      break;
    }
    case 'national':
      body = NATIONAL;
      break;
    case 'optional': {
      if (m.groups.party) body = NATIONAL;
      else if (m.groups.body) {
        body = bodyHead(words, m.groups.body);
        end = m.spanOf('body')!.start + body.length;
      } else {
        // A bare `Đại hội lần thứ N` / `Đại hội XIV`: only in an article about the Party.
        if (!article.partyArticle()) return null;
        if (rule.set.bare_ordinal === 'roman' && !/^[IVXLC]+$/.test(m.groups.ordinal ?? '')) return null;
        body = bodyBefore(words, doc, m.start);
      }
      break;
    }
    // A rule that says nothing of the body: a congress with no body written.
  }
  if (namesOtherOrganisation(words, text, end)) return null;
  if (article.isSport(doc.sentenceAt(m.start))) return null;
  const t = attachedTerm(words, text, end);
  return {
    ordinal,
    body,
    term: t?.term ?? null,
    termSpan: t?.span ?? null,
    span: { start: m.start, end: t ? t.span.end : end },
    rule,
  };
}

const foldBody = (b: string) => b.toLowerCase().replace(/\s+/g, ' ').replace(/^tp\.? ?/, 'thành phố ').trim();

/** `Bộ đội Biên phòng (BĐBP)`: words, then capitals in parentheses. */
const DEFINED_ABBREVIATION = /\(([A-ZĐ][A-ZĐ0-9]{1,7})\)/g;
/** An abbreviation in parentheses inside a body (`Bộ đội Biên phòng (BĐBP) tỉnh`); foldBody closes the gap it leaves. */
const ABBREVIATION_IN_BODY = /\([A-ZĐ][A-ZĐ0-9]{1,7}\)/g;

/**
 * The abbreviations the article defines: `Bộ đội Biên phòng (BĐBP)` makes
 * BĐBP stand for the words before it whose initials it spells, so that
 * `Đảng bộ BĐBP tỉnh` and `Đảng bộ Bộ đội Biên phòng tỉnh` are one body.
 * Folded, word for words.
 */
function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(DEFINED_ABBREVIATION)) {
    const abbr = m[1];
    if (out.has(abbr.toLowerCase())) continue;
    const words = text.slice(Math.max(0, m.index - 120), m.index).trim().split(/\s+/).slice(-abbr.length);
    if (words.length !== abbr.length) continue;
    const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
    if (initials === abbr) out.set(abbr.toLowerCase(), foldBody(words.join(' ')));
  }
  return out;
}

/** foldBody, with the article's abbreviations spelled out and their definitions in parentheses dropped. */
function bodyFolder(abbreviations: Map<string, string>): (b: string) => string {
  if (abbreviations.size === 0) return (b) => foldBody(b.replace(ABBREVIATION_IN_BODY, ''));
  return (b) =>
    foldBody(b.replace(ABBREVIATION_IN_BODY, ''))
      .split(' ')
      .map((w) => abbreviations.get(w) ?? w)
      .join(' ');
}

/** A folded body and each of its beginnings that ends before a space or a comma (`xã a, huyện b` → `xã`, `xã a`, `xã a, huyện`). */
function beginnings(folded: string): { whole: string; parts: string[] } {
  const parts: string[] = [];
  for (let i = 0; i < folded.length; i++) if (folded[i] === ' ' || folded[i] === ',') parts.push(folded.slice(0, i));
  return { whole: folded, parts };
}

/**
 * The groups of local congresses, looked up by body. Two local bodies name
 * the same organisation when one is the other with more words (folded: `TP.`
 * as `thành phố`, cases and spaces alike), that is when one is the other or
 * one of its beginnings. So each group is filed under its bodies and their
 * beginnings, and a mention looks up its body and its own beginnings, in time
 * that does not grow with the number of groups. Each entry keeps the earliest
 * group filed under it.
 */
class LocalGroups {
  constructor(private readonly fold: (b: string) => string) {}

  private byBody = new Map<string, CongressGroup>();
  private byBeginning = new Map<string, CongressGroup>();
  private order = new Map<CongressGroup, number>();

  private earlier(a: CongressGroup | undefined, b: CongressGroup | undefined): CongressGroup | undefined {
    if (!a || !b) return a ?? b;
    return this.order.get(a)! <= this.order.get(b)! ? a : b;
  }

  private file(map: Map<string, CongressGroup>, key: string, g: CongressGroup): void {
    map.set(key, this.earlier(map.get(key), g)!);
  }

  /** The earliest group with a body that is this one, a beginning of it, or begins with it. */
  find(ordinal: number, body: string): CongressGroup | undefined {
    const { whole, parts } = beginnings(this.fold(body));
    let g = this.earlier(this.byBody.get(`${ordinal}|${whole}`), this.byBeginning.get(`${ordinal}|${whole}`));
    for (const p of parts) g = this.earlier(g, this.byBody.get(`${ordinal}|${p}`));
    return g;
  }

  add(g: CongressGroup, body: string): void {
    if (!this.order.has(g)) this.order.set(g, this.order.size);
    const { whole, parts } = beginnings(this.fold(body));
    this.file(this.byBody, `${g.ordinal}|${whole}`, g);
    for (const p of parts) this.file(this.byBeginning, `${g.ordinal}|${p}`, g);
  }
}

/**
 * Mentions of one congress: same ordinal, both national or compatible local
 * bodies. A mention without a body (`Đại hội XIII`) joins a local congress of
 * that ordinal, else the national one, else stands alone.
 */
function groupMentions(mentions: Mention[], fold: (b: string) => string): CongressGroup[] {
  const groups: CongressGroup[] = [];
  const national = new Map<number, CongressGroup>();
  const local = new LocalGroups(fold);
  // The first local and the first group of each ordinal, for mentions without a body.
  const firstLocal = new Map<number, CongressGroup>();
  const first = new Map<number, CongressGroup>();
  const create = (m: Mention, isNational: boolean): CongressGroup => {
    const g: CongressGroup = { ordinal: m.ordinal, national: isNational, mentions: [m], term: null, inferred: false };
    groups.push(g);
    if (!first.has(g.ordinal)) first.set(g.ordinal, g);
    if (!isNational && !firstLocal.has(g.ordinal)) firstLocal.set(g.ordinal, g);
    return g;
  };
  for (const m of mentions) {
    if (m.body === null) continue;
    if (m.body === NATIONAL) {
      const g = national.get(m.ordinal);
      if (g) g.mentions.push(m);
      else national.set(m.ordinal, create(m, true));
      continue;
    }
    let g = local.find(m.ordinal, m.body);
    if (g) g.mentions.push(m);
    else g = create(m, false);
    local.add(g, m.body);
  }
  for (const m of mentions) {
    if (m.body !== null) continue;
    const g = firstLocal.get(m.ordinal) ?? first.get(m.ordinal);
    if (g) g.mentions.push(m);
    else create(m, false);
  }
  for (const g of groups) {
    g.mentions.sort((a, b) => a.span.start - b.span.start);
    g.term = g.mentions.find((m) => m.term)?.term ?? null;
  }
  return groups;
}

const byStart = (s: Span) => s.start;

interface TermMention {
  value: string;
  start: number;
  span: Span;
}

/** The `nhiệm kỳ X-Y` terms of the article that are not written next to a congress. */
function freeTermsOfOffice(doc: Doc, ctx: ExtractContext, mentions: Mention[]): TermMention[] {
  const { termWordBefore, termWordReach } = wordsOf(ctx.vocabulary);
  // The spans of the attached terms, by start, with the furthest end reached so far:
  // a term overlaps one of them when the last that starts before its end reaches past its start.
  const taken = mentions.flatMap((m) => (m.termSpan ? [m.termSpan] : [])).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of taken) reach.push(Math.max(reach[reach.length - 1] ?? -1, s.end));
  const out: TermMention[] = [];
  for (const t of ctx.found.terms ?? []) {
    const { span } = t;
    const before = firstAtOrAfter(taken, span.end, byStart) - 1;
    if (before >= 0 && reach[before] > span.start) continue;
    if (!termWordBefore.test(doc.text.slice(Math.max(0, span.start - termWordReach), span.start))) continue;
    out.push({ value: t.fact.value, start: t.fact.start, span });
  }
  return out;
}

/**
 * Terms the article gives for a congress away from its name (SCHEMA: "anywhere
 * in the article", REVIEW: c-dak-lak, n-cao-bang, seed-003):
 * 1. a `nhiệm kỳ X-Y` in the sentence of a mention (`Nhiệm kỳ 2015-2020, … Nghị
 *    quyết đại hội XIV đề ra`);
 * 2. for the article's own congress (the local one named most often), the first
 *    `nhiệm kỳ X-Y` of the article that is not an earlier term: it starts no
 *    earlier than the year before the dateline, nor before the year before the
 *    latest period in the article (a 2025 article's `Nhiệm kỳ 2020-2025`
 *    beside `Giai đoạn 2026-2030` reviews the past).
 * A term already given to another congress is not given again, and the national
 * congress only takes a term written next to it.
 */
function inferTerms(doc: Doc, ctx: ExtractContext, groups: CongressGroup[], mentions: Mention[], later: Map<CongressGroup, CongressGroup>): void {
  const free = freeTermsOfOffice(doc, ctx, mentions);
  if (free.length === 0) return;
  const used = new Set(groups.flatMap((g) => (g.term ? [g.term] : [])));
  const year = yearOf(ctx);
  // A sentence that names a congress the article's later congress reviews (`Đại hội
  // nhiệm kỳ 2025-2030 đánh giá … Nghị quyết Đại hội lần thứ XV`) gives it a term
  // only when the term is the earlier one: it ends by the start of the later
  // congress's term, else it is older than the dateline's year, else a later
  // term is left in the article for the later congress.
  const earlierTerm = (g: CongressGroup, t: TermMention): boolean => {
    const l = later.get(g);
    if (!l) return true;
    if (l.term) return termEnd(t.value) <= termStart(l.term);
    if (year > -Infinity) return t.start < year - 1;
    return free.some((x) => x.start > t.start && !used.has(x.value));
  };
  // The first free term of a sentence not yet used, by sentence. Terms only
  // ever become used, so the search goes on from where it stopped last time.
  const next = new Map<number, number>();
  const freeTermIn = (s: Sentence): TermMention | undefined => {
    let i = next.get(s.index) ?? firstAtOrAfter(free, s.start, (x) => x.span.start);
    for (; i < free.length && free[i].span.start < s.end; i++) {
      const x = free[i];
      if (x.span.end <= s.end && !used.has(x.value)) break;
    }
    next.set(s.index, i);
    const x = free[i];
    return x && x.span.start < s.end && x.span.end <= s.end ? x : undefined;
  };
  for (const g of groups) {
    if (g.term || g.national) continue;
    for (const m of g.mentions) {
      const t = freeTermIn(doc.sentenceAt(m.span.start));
      if (t && earlierTerm(g, t)) {
        g.term = t.value;
        g.inferred = true;
        used.add(t.value);
        break;
      }
    }
  }
  const local = groups.filter((g) => !g.national);
  if (local.length === 0) return;
  const own = local.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  if (own.term) return;
  // The congress's own term is the current one: not older than the dateline's
  // year, nor than the latest period the article speaks of (`Giai đoạn 2026-2030`).
  const latest = (ctx.found.terms ?? []).reduce((max, t) => Math.max(max, t.fact.start), -Infinity);
  const t = free.find((x) => !used.has(x.value) && x.start >= year - 1 && x.start >= latest - 1);
  if (t) {
    own.term = t.value;
    own.inferred = true;
  }
}

/** The dateline's year, or -Infinity. */
const yearOf = (ctx: ExtractContext): number => (ctx.published ? Number(ctx.published.slice(0, 4)) : -Infinity);

const termStart = (t: string): number => Number(t.slice(0, 4));
const termEnd = (t: string): number => Number(t.slice(5));

/**
 * A congress and the next one of its organisation cannot share a term, nor
 * can the earlier run past the start of the later: the current term written
 * right after the reviewed congress (`Nghị quyết Đại hội lần thứ XV, nhiệm kỳ
 * 2025 - 2030` in a 2025 article about the XVIth) is the later congress's.
 * With the later congress's term known, the earlier loses a term that
 * overlaps it; without it, a term no older than the year before the
 * dateline moves to the later congress.
 */
function keepChronology(groups: readonly CongressGroup[], later: Map<CongressGroup, CongressGroup>, year: number): void {
  for (const g of groups) {
    const l = later.get(g);
    if (!l || !g.term) continue;
    if (l.term) {
      if (termEnd(g.term) > termStart(l.term)) g.term = null;
    } else if (year > -Infinity && termStart(g.term) >= year - 1) {
      l.term = g.term;
      l.inferred = true;
      g.term = null;
    }
  }
}

/**
 * For each local congress, the next one of the same organisation the article
 * names (ordinal one higher: the congress that reviews its resolution), if any.
 * The groups are filed by ordinal and folded body (whole, and each beginning
 * of it, as LocalGroups files them), so each congress looks up its successor
 * in time that does not grow with the number of congresses.
 */
function laterCongresses(groups: readonly CongressGroup[], fold: (b: string) => string): Map<CongressGroup, CongressGroup> {
  const local = groups.filter((g) => !g.national).map((g, index) => {
    const body = bodyOf(g);
    return { g, index, folded: body === null ? null : beginnings(fold(body)) };
  });
  type Entry = (typeof local)[number];
  const byWhole = new Map<string, Entry>();
  const byBeginning = new Map<string, Entry>();
  const firstOf = new Map<number, Entry>();
  const unnamedOf = new Map<number, Entry>();
  const file = (map: Map<string | number, Entry>, key: string | number, e: Entry) => {
    if (!map.has(key)) map.set(key, e);
  };
  for (const e of local) {
    file(firstOf, e.g.ordinal, e);
    if (e.folded === null) file(unnamedOf, e.g.ordinal, e);
    else {
      file(byWhole, `${e.g.ordinal}|${e.folded.whole}`, e);
      for (const p of e.folded.parts) file(byBeginning, `${e.g.ordinal}|${p}`, e);
    }
  }
  const earliest = (...es: (Entry | undefined)[]) => es.reduce<Entry | undefined>((a, b) => (b && (!a || b.index < a.index) ? b : a), undefined);
  const out = new Map<CongressGroup, CongressGroup>();
  for (const a of local) {
    const next = a.g.ordinal + 1;
    // An unnamed congress is any organisation's; a named one is its own, a beginning of it, or one it begins.
    const l =
      a.folded === null
        ? firstOf.get(next)
        : earliest(
            unnamedOf.get(next),
            byWhole.get(`${next}|${a.folded.whole}`),
            byBeginning.get(`${next}|${a.folded.whole}`),
            ...a.folded.parts.map((p) => byWhole.get(`${next}|${p}`)),
          );
    if (l) out.set(a.g, l.g);
  }
  return out;
}

/** The most specific body among the mentions (`phường Đông Sơn` over `phường`). */
function bodyOf(g: CongressGroup): string | null {
  if (g.national) return NATIONAL;
  let best: string | null = null;
  for (const m of g.mentions) if (m.body && (!best || m.body.length > best.length)) best = m.body;
  return best;
}

const schema = ({ z, fact, termString }: SchemaKit) =>
  fact({
    ordinal: z.number().int().positive().describe('Ordinal of the congress (Roman numerals converted)'),
    body: z.string().nullable().describe('Party organisation as written after `Đảng bộ`, or `toàn quốc`'),
    term: termString.nullable().describe('Term the article gives for this congress, YYYY-YYYY'),
    province: z
      .string()
      .nullable()
      .describe(
        'Province or centrally-run city of the congress, by its official name at the time (63 before 1 July 2025, 34 after); null for the national congress, bodies above the provinces, or when the article does not say',
      ),
    provinceNow: z.string().nullable().describe('The province (one of the 34 since 1 July 2025) it belongs to now'),
    level: z
      .enum(LEVELS)
      .nullable()
      .describe('Level of the body: national, province, district, commune, ward, bloc, armed-forces, agency; null when unknown'),
  });

/** The congress an article is about: the first that is not the national one, else the first. */
export const mainCongress = <C extends Pick<Congress, 'body'>>(list: readonly C[]): C | undefined => list.find((c) => c.body !== 'toàn quốc') ?? list[0];

export const congresses: FactType<'congresses', ReturnType<typeof schema>> = {
  key: 'congresses',
  // A congress takes its term from the article's terms, and the dateline's year bounds an inferred one.
  // The date of a congress (for the name of its province at the time) from a date written beside it.
  needs: ['published', 'terms', 'dates'],
  schema,
  csv: {
    type: 'congress',
    columns: ['ordinal', 'body', 'term', 'province', 'province_now', 'level'],
    row: (c) => ({ ordinal: c.ordinal, body: c.body, term: c.term, province: c.province, province_now: c.provinceNow, level: c.level }),
  },
  articleColumns: {
    congress_ordinal: (cs) => mainCongress(cs)?.ordinal ?? null,
    congress_body: (cs) => mainCongress(cs)?.body ?? null,
    congress_term: (cs) => mainCongress(cs)?.term ?? null,
  },
  extract(doc, rules, ctx) {
    const r = sortRules(rules);
    let party: boolean | undefined;
    const article: ArticleContext = {
      words: wordsOf(ctx.vocabulary),
      partyArticle: () => (party ??= anyMatch(r.party, doc.text)),
      isSport: onceEach<Sentence>(doc, (words) => anyMatch(r.sport, words)),
    };
    const mentions: Mention[] = [];
    for (const rule of r.mentions) {
      for (const m of scan(rule, doc.text)) {
        const mention = readMention(doc, rule, m, article);
        if (mention) mentions.push(mention);
      }
    }
    mentions.sort((a, b) => a.span.start - b.span.start);
    // Two rules may read one place (`Đại hội lần thứ XIII của Đảng`): keep the first.
    const distinct = mentions.filter((m, i) => i === 0 || m.span.start !== mentions[i - 1].span.start);
    const fold = bodyFolder(definedAbbreviations(doc.text));
    const groups = groupMentions(distinct, fold);
    // One congress written with two different terms contradicts itself: say where.
    for (const g of groups) {
      for (const m of g.mentions) {
        if (m.term && g.term && m.term !== g.term) {
          ctx.warn(`congress ${g.ordinal} is given two terms: ${g.term} and ${m.term} (correct the one that is wrong: a congress has one term)`, m.span, 'consistency/congress-terms');
        }
      }
    }
    const later = laterCongresses(groups, fold);
    keepChronology(groups, later, yearOf(ctx));
    inferTerms(doc, ctx, groups, distinct, later);
    keepChronology(groups, later, yearOf(ctx));
    const placed = placeCongresses(
      doc,
      ctx,
      groups.map((g) => ({ body: bodyOf(g), national: g.national, term: g.term, spans: g.mentions.map((m) => m.span) })),
    );
    const out: Found<Congress>[] = groups.map((g, i) => {
      const where = g.mentions.find((m) => m.term) ?? g.mentions[0];
      const { body, province, provinceNow, level } = placed[i];
      return {
        fact: { ordinal: g.ordinal, body, term: g.term, province, provinceNow, level },
        span: where.span,
        rule: where.rule.id,
        confidence: where.rule.confidence * (g.inferred ? 0.8 : 1),
      };
    });
    return out.sort((a, b) => a.span.start - b.span.start);
  },
  identity: (f) => `${f.ordinal}|${f.body ?? ''}|${f.term ?? ''}`,
};
