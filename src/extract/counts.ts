/**
 * Counts of people at or behind a party meeting or organisation: delegates,
 * party members, members of an elected body (committee) and other
 * participants. The rules (`rules/counts.yaml`) find a number and the noun
 * or body that says whose count it is; this module reads the number and its
 * qualifier, decides the role, and drops readings that are not counts of a
 * party meeting: deputies of the National Assembly, admission targets
 * (`kết nạp 600 đảng viên`), disciplinary or award counts.
 */
import { matchesIn, type CompiledRule, type RuleMatch } from '../rules/compiled.js';
import { anyMatch, rulesWith } from '../rules/select.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import type { FactOf } from '../schema.js';
import { parseAmount, parseDecimal, parseNumberWords } from '../tokenize/numbers.js';
import { delegatesAndMembers } from '../check/delegates-members.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { Doc, Found, Paragraph, Sentence, Span } from '../types.js';
import { onceEach } from '../util/per-span.js';
import { headBeforeTail, type Near } from '../util/near.js';
import { bestPerKey } from './refine/overlaps.js';
import { oncePer } from '../util/once-per.js';

type CountFact = FactOf<'counts'>;
type Role = CountFact['role'];
type Qualifier = CountFact['qualifier'];
type Kind = CountFact['kind'];

/** The rules of the file, sorted by what they do (cached per rule list). */
interface CountRules {
  /** Rules that read counts (every rule without a `context`), in file order. */
  counts: CompiledRule[];
  /** `context: party`: a party organisation named in the article. */
  party: CompiledRule[];
  /** `context: party-topic`: a party topic in the paragraph of a participants count. */
  partyTopic: CompiledRule[];
}

const sortRules = oncePer((rules: readonly CompiledRule[]): CountRules => {
  return {
    counts: rules.filter((rule) => rule.set.context === undefined),
    party: rulesWith(rules, 'context', 'party'),
    partyTopic: rulesWith(rules, 'context', 'party-topic'),
  };
});

/** `escape` of vocabulary.ts, for words matched as written (case counts). */
const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The word tests of the tables of rules/counts.yaml, built once per
 * vocabulary. The structure (anchors, windows, optional words) stays here.
 */
interface Words {
  /** `Đại hội … của Đảng`, `Nghị quyết … Đảng` in one sentence, within 60 characters. */
  partyMeeting: Near | null;
  stateBody: RegExp;
  stateElection: RegExp;
  countLabel: RegExp;
  electedBefore: RegExp;
  notMembershipAfter: RegExp;
  notMembershipBefore: RegExp;
  subgroupAfter: RegExp;
  voteOrSpeechAfter: RegExp;
  /** People who go to a congress, right after the number. */
  goesToCongress: RegExp;
  /** The kind word right after đại biểu (after an optional chính thức): its class of table delegate_kind is the kind. */
  kindAfter: RegExp;
  /** Attending delegates, said before the count in its clause or sentence. */
  attendingBefore: RegExp;
  /** The congress named in the sentence of an unmarked count. */
  congressNamed: RegExp;
  /** `cùng` right before a count: the delegates after a list of the guests present. */
  withGuests: RegExp;
  /** An election or a delegation body earlier in the sentence: a count after it is of the delegation. */
  delegationBefore: RegExp;
}

/** Word boundaries as fragments.yaml's {{b}} and {{e}}: \\b treats accented letters as non-word characters. */
const LETTER = 'A-Za-z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF';
const WORD_START = `(?<![${LETTER}])`;
const WORD_END = `(?![${LETTER}])`;

const wordsOf = oncePer((v: Vocabulary): Words => {
  const alt = (table: string, cls?: string) => alternation(v.wordsOf(table, cls));
  const meetings = v.wordsOf('party_meeting', 'meeting');
  return {
    partyMeeting: meetings.length
      ? {
          // @rule-pattern: escaped words of table party_meeting as written (case counts).
          heads: new RegExp(meetings.map(escapeWord).join('|'), 'g'),
          // A foreign communist party does not count.
          tails: / (?:của )?Đảng(?! Cộng sản (?!Việt Nam))/g,
          reach: 60,
          longestHead: Math.max(...meetings.map((m) => m.length)),
        }
      : null,
    // @rule-pattern: escaped words of table state_body, first after spaces.
    stateBody: new RegExp(`^\\s*${alt('state_body')}`, 'i'),
    // @rule-pattern: escaped words of table state_election.
    stateElection: new RegExp(alt('state_election'), 'i'),
    // @rule-pattern: escaped words of table count_label, a word right before the number.
    countLabel: new RegExp(`(?:^|[\\s(])${alt('count_label')}\\s+$`, 'i'),
    // @rule-pattern: escaped words of table elected, a word right before the count.
    electedBefore: new RegExp(`(?:^|\\s)${alt('elected')}\\s*$`, 'i'),
    // @rule-pattern: escaped words of table not_membership (after), or a party age (40 năm tuổi), first after spaces.
    notMembershipAfter: new RegExp(`^\\s*(?:${alt('not_membership', 'after')}|(?:từ |có |đủ |đạt )?\\d+ năm tuổi)`, 'i'),
    // @rule-pattern: escaped words of table not_membership (before).
    notMembershipBefore: new RegExp(alt('not_membership', 'before'), 'i'),
    // @rule-pattern: escaped words of table subgroup, first after spaces and an optional là.
    subgroupAfter: new RegExp(`^\\s*(?:là )?${alt('subgroup')}`, 'i'),
    // @rule-pattern: escaped words of table vote_or_speech: present, adverbs, then a verb.
    voteOrSpeechAfter: new RegExp(
      `^\\s*(?:${alt('vote_or_speech', 'present')} )?(?:${alt('vote_or_speech', 'adverb')} )*${alt('vote_or_speech', 'verb')}`,
      'i',
    ),
    // @rule-pattern: escaped words of table delegation_person, then (đi) (tham) dự Đại hội.
    goesToCongress: new RegExp(`^\\s*${alt('delegation_person')}\\s+(?:đi\\s+)?(?:tham\\s+)?dự\\s+Đại hội`, 'i'),
    // @rule-pattern: escaped words of tables delegate_official then delegate_kind, first after spaces, a whole word.
    kindAfter: new RegExp(`^\\s*(?:${alt('delegate_official')}\\s+)?(${alt('delegate_kind')})${WORD_END}`, 'i'),
    // @rule-pattern: escaped words of table delegates_attending (before), whole words.
    attendingBefore: new RegExp(`${WORD_START}${alt('delegates_attending', 'before')}${WORD_END}`, 'i'),
    // @rule-pattern: escaped words of table delegates_attending (congress), whole words.
    congressNamed: new RegExp(`${WORD_START}${alt('delegates_attending', 'congress')}${WORD_END}`, 'i'),
    // @rule-pattern: escaped words of table delegates_attending (with), a word right before the count.
    // @rule-pattern: escaped words of tables body_name (delegation) and elected, whole words.
    delegationBefore: new RegExp(`${WORD_START}(?:${alt('body_name', 'delegation')}|${alt('elected')})${WORD_END}`, 'i'),
    withGuests: new RegExp(`(?:^|\\s)${alt('delegates_attending', 'with')}\\s*$`, 'i'),
  };
});

/**
 * Whether the article names the Party: a party organisation (the
 * `context: party` rules, whose `requires` spare a scan of the many articles
 * that name none), or a party meeting that names the Party after it.
 */
function namesParty(text: string, r: CountRules, w: Words): boolean {
  if (anyMatch(r.party, text)) return true;
  // Every tail names `Đảng`: a cheap literal test first.
  return w.partyMeeting !== null && text.includes('Đảng') && headBeforeTail(text, w.partyMeeting);
}

/** The qualifier classes of the `qualifier` table that a count states; any other word leaves it exact. */
const COUNT_QUALIFIERS = new Set<string>(['more_than', 'less_than', 'approx']);

function qualifierOf(word: string | undefined, vocabulary: Vocabulary): Qualifier {
  const cls = vocabulary.classOf('qualifier', word);
  return cls !== undefined && COUNT_QUALIFIERS.has(cls) ? (cls as Qualifier) : 'exact';
}

/**
 * The number of a match: digits with an optional scale word (`105 nghìn`),
 * `present/convened` (`398/398`: the people present), or words (`mười lăm`).
 * Null when it is not a count (a date like `12/8`, zero, a fraction).
 */
const GROUPED_THOUSANDS = /^\d{1,3}(?:(?: \d{3})+|(?:,\d{3})+)$/;
/** A scale word at the end, after spaces (the lookbehind tries a run of spaces from its start only). */
const SCALE_AT_END = /(?<!\s)\s+(nghìn|ngàn|vạn|triệu)$/i;

function countOf(m: RuleMatch, rule: CompiledRule): number | null {
  const n = numberOf(m);
  return n === null ? null : n + addOf(rule);
}

/**
 * A rule's `set: { add: N }`: people the count leaves out and the sentence
 * names (`đồng chí A … cùng 10 thành viên khác của Ban Thường vụ`: the body is
 * 11). Any other value adds nothing.
 */
function addOf(rule: CompiledRule): number {
  const add = rule.set.add;
  return typeof add === 'number' && Number.isInteger(add) && add > 0 && add < 10 ? add : 0;
}

function numberOf(m: RuleMatch): number | null {
  const digits = m.groups.n;
  if (digits !== undefined) {
    const scaled = SCALE_AT_END.exec(digits);
    if (scaled) {
      const n = parseAmount(digits.slice(0, scaled.index), scaled[1]);
      return n === null ? null : Math.round(n);
    }
    // `59 592`, `59,592`: thousands grouped by a space or an English comma (a
    // comma before exactly three digits is no decimal in a count of people).
    if (GROUPED_THOUSANDS.test(digits)) return Number(digits.replace(/[ ,]/g, ''));
    const [present, convened] = digits.split('/');
    const n = parseDecimal(present);
    if (convened !== undefined) {
      const total = parseDecimal(convened);
      if (n === null || total === null || n > total) return null;
    }
    return n !== null && Number.isInteger(n) && n > 0 ? n : null;
  }
  const words = m.groups.w;
  if (words === undefined || !isCountInWords(words)) return null;
  const n = parseNumberWords(words);
  return n !== null && n > 0 ? n : null;
}

/**
 * Scale words that do not start a number on their own: `hàng trăm`, `vài
 * nghìn` are vague amounts (`hàng`, `vài` are not number words, so the match
 * starts at `trăm`). A bare `một` is the article `a` (`một đại biểu cho rằng`).
 */
const NOT_A_NUMBER_START = /^(?:trăm|nghìn|ngàn|mươi|lăm|nhăm|mốt|linh|lẻ)(?:\s|$)/i;

function isCountInWords(words: string): boolean {
  const w = words.trim().toLowerCase();
  return w !== 'một' && !NOT_A_NUMBER_START.test(w);
}

/**
 * The role of a match: the rule's, except that a delegation gives delegates:
 * a delegation body (class `delegation` of the body_name table), or people
 * elected to attend a (higher) congress (`attend`: `bầu 3 đồng chí đi dự Đại hội …`).
 */
function roleOf(rule: CompiledRule, m: RuleMatch, v: Vocabulary): Role | null {
  if (isDelegationMatch(m, v)) return 'delegates';
  const body = m.groups.body;
  // `Ban Chấp hành ... và 350 đại biểu`: đại biểu are not members of a committee.
  if (body && v.classOf('body_member', m.groups.who) === 'delegate') return null;
  return (rule.set.role as Role | undefined) ?? null;
}

/** A match that reads a delegation: its body is one, or the people it counts attend a (higher) congress. */
function isDelegationMatch(m: RuleMatch, v: Vocabulary): boolean {
  const body = m.groups.body;
  return Boolean(m.groups.attend || (body && v.classOf('body_name', body) === 'delegation'));
}

/** The clause before `offset`, back to the last comma, semicolon, colon or the sentence start. */
function clauseBefore(doc: Doc, offset: number): string {
  const sentence = doc.sentenceAt(offset);
  const from = Math.max(sentence.start, offset - 80);
  const text = doc.text.slice(from, offset);
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('('));
  return cut >= 0 ? text.slice(cut + 1) : text;
}

/** A window of the sentence around a span, for election words. */
function sentenceWindow(doc: Doc, span: Span): string {
  const sentence = doc.sentenceAt(span.start);
  return doc.text.slice(Math.max(sentence.start, span.start - 80), Math.min(sentence.end, span.end + 40));
}

/** One number a rule found, with what the checks below need. */
interface Reading {
  doc: Doc;
  match: RuleMatch;
  number: Span;
  /** The words right after the match. */
  after: string;
  /** What is known of the whole paragraph or sentence, computed once for all its readings. */
  known: Known;
  words: Words;
}

/** Tests of a whole paragraph or sentence that several readings ask: each is made once. */
interface Known {
  partyTopic(p: Paragraph): boolean;
  /** Where the first word `bầu` of a sentence ends (Infinity when it has none). */
  firstElection(s: Sentence): number;
}

const ELECTION_WORD = /(?:^|\s)bầu(?=\s|$)/i;
const ELECTION_RIGHT_BEFORE = /(?:^|\s)bầu$/i;

function knownOf(doc: Doc, r: CountRules): Known {
  const elections = new Map<number, number>();
  return {
    partyTopic: onceEach<Paragraph>(doc, (words) => anyMatch(r.partyTopic, words)),
    firstElection(s) {
      let at = elections.get(s.index);
      if (at === undefined) {
        const m = ELECTION_WORD.exec(doc.slice(s));
        elections.set(s.index, (at = m ? s.start + m.index + m[0].length : Infinity));
      }
      return at;
    },
  };
}

/** The words right after the noun or body that says whose count it is. */
function afterNoun({ doc, match, after }: Reading): string {
  const body = match.spanOf('body');
  return body ? doc.text.slice(body.end, body.end + 30) : after;
}

/** A number that opens a range (`từ 1.500 đến 1.600`) is a target, not a count. */
function opensRange({ doc, number }: Reading): boolean {
  return /^\s*(?:đến|tới|-)\s*\d/.test(doc.text.slice(number.end, number.end + 12));
}

const isDelegatesCount = (r: Reading): boolean =>
  !r.words.stateBody.test(afterNoun(r)) &&
  !r.words.voteOrSpeechAfter.test(r.after) &&
  !r.words.stateElection.test(sentenceWindow(r.doc, r.match));

function isMembersCount(r: Reading): boolean {
  if (opensRange(r) || r.words.notMembershipAfter.test(r.after)) return false;
  const before = clauseBefore(r.doc, r.number.start);
  return !r.words.notMembershipBefore.test(before) && !/(?:^|\s)từ\s*$/i.test(before);
}

const isCommitteeCount = (r: Reading): boolean => !r.words.stateBody.test(afterNoun(r)) && !r.words.subgroupAfter.test(r.after);

/**
 * `bầu 3 đồng chí …` right before the number (the elected table): people a
 * meeting elects are a delegation or a body, never participants.
 */
function isParticipantsCount(r: Reading): boolean {
  const paragraph = r.doc.paragraphAt(r.match.start);
  if (opensRange(r) || r.words.electedBefore.test(r.doc.text.slice(Math.max(paragraph.start, r.match.start - 20), r.match.start))) return false;
  return r.known.partyTopic(paragraph);
}

/**
 * `… bầu đoàn đại biểu gồm 12 đồng chí đi dự Đại hội A và 3 đồng chí dự Đại
 * hội B`: people who go to a congress after an election in their sentence are
 * a delegation, whatever rule read them.
 */
function isElectedDelegation(doc: Doc, number: Span, known: Known, words: Words): boolean {
  if (!words.goesToCongress.test(doc.text.slice(number.end, number.end + 40))) return false;
  // `bầu` as a word before the number in its sentence (or right against it).
  const sentence = doc.sentenceAt(number.start);
  return known.firstElection(sentence) < number.start || ELECTION_RIGHT_BEFORE.test(doc.text.slice(Math.max(sentence.start, number.start - 4), number.start));
}

/** A kind class of table delegate_kind as output (`ex_officio` → `ex-officio`). */
const KIND_OF_CLASS: Readonly<Record<string, Kind>> = {
  attending: 'attending',
  delegation: 'delegation',
  alternate: 'alternate',
  ex_officio: 'ex-officio',
  elected: 'elected',
  invited: 'invited',
};
const KINDS = new Set<string>(Object.values(KIND_OF_CLASS) as string[]);

/** A rule's own kind (`set: { kind: attending }`): a user's rule whose grammar says it; any other value is none. */
function kindOfRule(rule: CompiledRule): Kind | undefined {
  const kind = rule.set.kind;
  return typeof kind === 'string' && KINDS.has(kind) ? (kind as Kind) : undefined;
}

/** How much of the sentence before a count is read for attending words (a sentence can be a whole page). */
const SENTENCE_REACH = 200;
/** A sentence that lists the guests before the delegates says they attend in its first words. */
const SENTENCE_OPENING = 60;

/**
 * The kind of a delegates count, where the article says it, in this order:
 * a kind that names a subgroup right after đại biểu (alternates, ex officio,
 * invited); a delegation (the match reads one, or `bầu N đại biểu`); the
 * congress's delegates present or summoned, said in the count's clause
 * (`với sự tham dự của 343 đại biểu được bầu …` is the attending total,
 * whatever follows; `[the guests present] cùng 245 đại biểu`); the kind
 * word after đại biểu (elected, attending); an election or a delegation
 * body earlier in the sentence (delegation); attending words earlier in the
 * sentence or opening it (`Dự Đại hội, có 358 đại biểu`, `Về dự Đại hội có
 * [the guests] …`); and, unmarked, a count in a sentence that names the
 * congress (its opening sentence: `Đại hội … có 346 đại biểu`). Else null:
 * the article does not say.
 */
function kindOf(r: Reading, delegation: boolean, v: Vocabulary): Kind {
  const { doc, number, words } = r;
  const after = words.kindAfter.exec(r.after);
  const stated = after ? KIND_OF_CLASS[v.classOf('delegate_kind', after[1]) ?? ''] ?? null : null;
  if (stated === 'alternate' || stated === 'ex-officio' || stated === 'invited') return stated;
  const sentence = doc.sentenceAt(number.start);
  const from = Math.max(sentence.start, number.start - SENTENCE_REACH);
  if (delegation || words.electedBefore.test(doc.text.slice(from, number.start))) return 'delegation';
  const clause = clauseBefore(doc, number.start);
  if (words.attendingBefore.test(clause) || words.withGuests.test(clause)) return 'attending';
  if (stated !== null) return stated;
  // `Đại hội đã bầu Đoàn đại biểu … gồm 25 đồng chí, trong đó có 23 đại biểu chính thức`: the delegation's.
  if (words.delegationBefore.test(doc.text.slice(from, number.start))) return 'delegation';
  // Attending words just before the count, or opening its sentence: `Dự Đại hội có [the guests …] cùng 299 đại biểu`.
  const opening = doc.text.slice(sentence.start, Math.min(number.start, sentence.start + SENTENCE_OPENING));
  if (words.attendingBefore.test(doc.text.slice(from, number.start)) || words.attendingBefore.test(opening)) return 'attending';
  const around = doc.text.slice(from, Math.min(sentence.end, number.end + SENTENCE_REACH));
  return words.congressNamed.test(around) ? 'attending' : null;
}

const IS_COUNT_OF: Record<Role, (r: Reading) => boolean> = {
  delegates: isDelegatesCount,
  members: isMembersCount,
  committee: isCommitteeCount,
  participants: isParticipantsCount,
};

/** Whether a reading is a count of a party meeting or organisation in its role. */
function isPartyCount(r: Reading, role: Role): boolean {
  const { doc, match, number, words } = r;
  if (!match.groups.q && words.countLabel.test(doc.text.slice(Math.max(0, number.start - 12), number.start))) return false;
  return IS_COUNT_OF[role](r);
}

/**
 * Several statements of one count (title and body) are one fact; keep the
 * one that states a qualifier (`tới 23.000` in a title, `trên 23.000` in the
 * body), else the first.
 */
function keepMostQualified(found: Found<CountFact>[]): Found<CountFact>[] {
  const qualifies = (a: Found<CountFact>, prior: Found<CountFact>) => prior.fact.qualifier === 'exact' && a.fact.qualifier !== 'exact';
  return bestPerKey(found, (f) => identity(f.fact), qualifies).sort((a, b) => a.span.start - b.span.start);
}

function identity(f: CountFact): string {
  return `${f.role}|${f.count}`;
}

const schema = ({ z, fact }: SchemaKit) =>
  fact({
    count: z.number().int().nonnegative(),
    role: z.enum(['delegates', 'members', 'committee', 'participants']),
    qualifier: z.enum(['exact', 'more_than', 'less_than', 'approx']),
    kind: z
      .enum(['attending', 'delegation', 'alternate', 'ex-officio', 'elected', 'invited'])
      .nullable()
      .describe(
        'For delegates, what the article says they are: `attending` (the delegates of this congress, present or summoned, or counted in its opening sentence), `delegation` (elected to a higher congress), `alternate`, `ex-officio`, `elected` (at the lower congresses, as opposed to ex officio), `invited`; null where the article does not say, and for the other roles',
      ),
  });

// A reduce, not Math.max(...counts): spreading a very long list overflows the call stack.
const largest = (list: readonly CountFact[], role: Role, kind?: Kind) =>
  list.reduce<number | null>(
    (max, c) => (c.role === role && (kind === undefined || c.kind === kind) && (max === null || c.count > max) ? c.count : max),
    null,
  );

export const counts: FactType<'counts', ReturnType<typeof schema>> = {
  key: 'counts',
  needs: [],
  schema,
  checks: [delegatesAndMembers],
  csv: {
    type: 'count',
    columns: ['count', 'role', 'qualifier', 'kind'],
    row: (c) => ({ count: c.count, role: c.role, qualifier: c.qualifier, kind: c.kind }),
  },
  // The largest count of a role is its total, not a subgroup. Delegates are
  // those of the congress itself (attending), never its delegation to a
  // higher congress, its alternates or guests: that one has its own column.
  articleColumns: {
    delegates: (cs) => largest(cs, 'delegates', 'attending'),
    delegation: (cs) => largest(cs, 'delegates', 'delegation'),
    members: (cs) => largest(cs, 'members'),
    committee: (cs) => largest(cs, 'committee'),
  },
  extract(doc, rules, ctx) {
    const r = sortRules(rules);
    const words = wordsOf(ctx.vocabulary);
    if (!namesParty(doc.text, r, words)) return [];
    const out: Found<CountFact>[] = [];
    const known = knownOf(doc, r);
    // Every rule stays inside a paragraph, so each is run only over the
    // paragraphs holding one of its `requires:` words (matchesIn checks them).
    for (const paragraph of doc.paragraphs) {
      const text = doc.slice(paragraph);
      // A number is read by the first rule (in file order) that accepts it:
      // the rules are ordered specific first, and the claim is on the number,
      // not on overlapping spans (a later rule may read another number in the
      // same stretch), so this is not the overlap refiner's job.
      const claimed = new Set<number>();
      for (const rule of r.counts) {
        for (const m of matchesIn(rule, text, paragraph.start)) {
          const number = m.spanOf('n') ?? m.spanOf('w');
          if (!number || claimed.has(number.start)) continue;
          const delegation = isElectedDelegation(doc, number, known, words) || isDelegationMatch(m, ctx.vocabulary);
          const role = delegation ? 'delegates' : roleOf(rule, m, ctx.vocabulary);
          const count = countOf(m, rule);
          if (role === null || count === null) continue;
          const reading: Reading = { doc, match: m, number, after: doc.text.slice(m.end, m.end + 40), known, words };
          if (!isPartyCount(reading, role)) continue;
          claimed.add(number.start);
          const kind = role === 'delegates' ? (kindOfRule(rule) ?? kindOf(reading, delegation, ctx.vocabulary)) : null;
          const fact: CountFact = { count, role, qualifier: qualifierOf(m.groups.q, ctx.vocabulary), kind };
          out.push({ fact, span: { start: m.start, end: m.end }, rule: rule.id, confidence: rule.confidence });
        }
      }
    }
    return keepMostQualified(out);
  },
  identity,
};
