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
import type { Vocabulary } from '../rules/vocabulary.js';
import type { FactOf } from '../schema.js';
import { parseAmount, parseDecimal, parseNumberWords } from '../tokenize/numbers.js';
import { delegatesAndMembers } from '../check/delegates-members.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { Doc, Found, Paragraph, Sentence, Span } from '../types.js';
import { onceEach } from '../util/per-span.js';
import { headBeforeTail, type Near } from '../util/near.js';

type CountFact = FactOf<'counts'>;
type Role = CountFact['role'];
type Qualifier = CountFact['qualifier'];

/**
 * A party organisation named anywhere in the article (Đảng bộ, đảng viên,
 * Đảng ủy, chi bộ, a congress or resolution of the Party). Without one no
 * count is read: sport, entertainment and most other news never name one,
 * and neither do reports on congresses of mass organisations (Hội Khuyến
 * học, Công đoàn) that merely mention a Tỉnh ủy official. A foreign
 * communist party does not count.
 */
const PARTY_WORDS = /[Đđ]ảng (?:bộ|viên|ủy)|ĐẢNG (?:BỘ|VIÊN|ỦY)|[Cc]hi bộ|CHI BỘ/;
/** `Đại hội … của Đảng`, `Nghị quyết … Đảng` in one sentence, within 60 characters. */
const PARTY_MEETING: Near = {
  heads: /Đại hội|Nghị quyết|Ban Chấp hành Trung ương/g,
  tails: / (?:của )?Đảng(?! Cộng sản (?!Việt Nam))/g,
  reach: 60,
  longestHead: 'Ban Chấp hành Trung ương'.length,
};
const namesParty = (text: string): boolean => PARTY_WORDS.test(text) || headBeforeTail(text, PARTY_MEETING);

/**
 * Cheap literal test before namesParty: every party context names `Đảng`,
 * `đảng` or `Chi bộ`, or in an all-caps headline `ĐẢNG` or `CHI BỘ`, and most
 * news articles name none (an unanchored regex with a leading class scans six
 * times slower than `indexOf`).
 */
const mayNameParty = (text: string): boolean =>
  text.indexOf('Đảng') >= 0 ||
  text.indexOf('đảng') >= 0 ||
  text.indexOf('Chi bộ') >= 0 ||
  text.indexOf('ĐẢNG') >= 0 ||
  text.indexOf('CHI BỘ') >= 0;

/**
 * Words of a party topic in the paragraph of a participants count: a study
 * conference on a resolution, an event held for the congress.
 */
const PARTY_TOPIC = /Đảng|đảng viên|[Cc]hi bộ|[Nn]ghị quyết|quán triệt|Đại hội/;

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
const SCALE_AT_END = /(?<!\s)\s+(nghìn|ngàn|triệu)$/i;

function countOf(m: RuleMatch): number | null {
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

/** Bodies whose count gives the delegation to a higher congress, not a committee. */
const DELEGATION = /^đoàn đại biểu$/i;

/**
 * The role of a match: the rule's, except that a delegation gives delegates:
 * a delegation body, or people elected to attend a (higher) congress
 * (`attend`: `bầu 3 đồng chí đi dự Đại hội …`).
 */
function roleOf(rule: CompiledRule, m: RuleMatch): Role | null {
  const body = m.groups.body;
  if (m.groups.attend || (body && DELEGATION.test(body.replace(/\s+/g, ' ')))) return 'delegates';
  // `Ban Chấp hành ... và 350 đại biểu`: đại biểu are not members of a committee.
  if (body && /^đại biểu$/i.test(m.groups.who ?? '')) return null;
  return (rule.set.role as Role | undefined) ?? null;
}

/** Deputies of the state (National Assembly, People's Councils), not party delegates. */
const STATE_DEPUTIES = /^\s*(?:Quốc hội|HĐND|Hội đồng nhân dân|nhân dân)/i;
/** Words of a state election, where đại biểu are seats to be filled. */
const ELECTION = /bầu cử|ứng cử|cử tri|ứng viên|bầu lấy|hiệp thương/i;
/** Words after `N đảng viên` that make it an admission, evaluation or award count. */
const NOT_MEMBERSHIP_AFTER =
  /^\s*(?:mới|trẻ|trở lên|trở xuống|bị|vi phạm|(?:được )?miễn|(?:từ |có |đủ |đạt )?\d+ năm tuổi|tuổi Đảng|được (?:tặng|trao|nhận|kết nạp|khen|xét|công nhận|xếp loại|đánh giá|chuyển))/i;
/** Verbs and words before `N đảng viên` in the same clause that make it a target or another list. */
const NOT_MEMBERSHIP_BEFORE =
  /đảng viên mới|kết nạp|phát triển|khai trừ|kỷ luật|xóa tên|xử lý|kiểm tra|giám sát|tặng|trao|[Hh]uy hiệu|khen thưởng|phấn đấu|chỉ tiêu|xét|đề nghị|xếp loại|chuyển sinh hoạt|mỗi năm|hằng năm|hàng năm/i;
/** Words after the members of a body that make them a subgroup (women, re-elected, disciplined, awarded…). */
const SUBGROUP_AFTER =
  /^\s*(?:là )?(?:nữ|tái cử|tái đắc cử|lần đầu|tham gia lần đầu|mới|trẻ|dưới|ngoài|người dân tộc|dân tộc thiểu số|cán bộ trẻ|bị|vi phạm|được (?:khen|tặng|trao|kỷ luật))/i;
/** Words after `N đại biểu` that make it a vote or a list of speakers, not the delegates present. */
const VOTE_OR_SPEECH_AFTER =
  /^\s*(?:có mặt )?(?:(?:đã|cũng|đều|lần lượt|trực tiếp|tiếp tục) )*(?:biểu quyết|tán thành|nhất trí|đồng ý|bỏ phiếu|không tán thành|phát biểu|tham luận|trình bày|góp ý|có ý kiến|thảo luận|chất vấn|đóng góp ý kiến|tham gia (?:thảo luận|phát biểu|góp ý|ý kiến))/i;

/** A word before a number that makes it a label (`lần thứ 2`, `tổ 3`, `ngày 12`), not a count. */
const LABEL_BEFORE = /(?:^|[\s(])(?:thứ|lần|khóa|phiên|tổ|nhóm|ngày|tháng|năm|điều|khoản|mục)\s+$/i;

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
}

/** Tests of a whole paragraph or sentence that several readings ask: each is made once. */
interface Known {
  partyTopic(p: Paragraph): boolean;
  /** Where the first word `bầu` of a sentence ends (Infinity when it has none). */
  firstElection(s: Sentence): number;
}

const ELECTION_WORD = /(?:^|\s)bầu(?=\s|$)/i;
const ELECTION_RIGHT_BEFORE = /(?:^|\s)bầu$/i;

function knownOf(doc: Doc): Known {
  const elections = new Map<number, number>();
  return {
    partyTopic: onceEach<Paragraph>(doc, (words) => PARTY_TOPIC.test(words)),
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
  !STATE_DEPUTIES.test(afterNoun(r)) && !VOTE_OR_SPEECH_AFTER.test(r.after) && !ELECTION.test(sentenceWindow(r.doc, r.match));

function isMembersCount(r: Reading): boolean {
  if (opensRange(r) || NOT_MEMBERSHIP_AFTER.test(r.after)) return false;
  const before = clauseBefore(r.doc, r.number.start);
  return !NOT_MEMBERSHIP_BEFORE.test(before) && !/(?:^|\s)từ\s*$/i.test(before);
}

const isCommitteeCount = (r: Reading): boolean => !STATE_DEPUTIES.test(afterNoun(r)) && !SUBGROUP_AFTER.test(r.after);

/**
 * `bầu 3 đồng chí …` right before the number: people a meeting elects are a
 * delegation or a body, never participants (`bầu 3 đồng chí đi dự Đại hội`).
 */
const ELECTED_BEFORE = /(?:^|\s)(?:bầu|bầu ra|bầu chọn|bầu đủ|bầu bổ sung)\s*$/i;

function isParticipantsCount(r: Reading): boolean {
  const paragraph = r.doc.paragraphAt(r.match.start);
  if (opensRange(r) || ELECTED_BEFORE.test(r.doc.text.slice(Math.max(paragraph.start, r.match.start - 20), r.match.start))) return false;
  return r.known.partyTopic(paragraph);
}

/**
 * `… bầu đoàn đại biểu gồm 12 đồng chí đi dự Đại hội A và 3 đồng chí dự Đại
 * hội B`: people who go to a congress after an election in their sentence are
 * a delegation, whatever rule read them.
 */
function isElectedDelegation(doc: Doc, number: Span, known: Known): boolean {
  if (!/^\s*(?:đồng chí|đại biểu)\s+(?:đi\s+)?(?:tham\s+)?dự\s+Đại hội/i.test(doc.text.slice(number.end, number.end + 40))) return false;
  // `bầu` as a word before the number in its sentence (or right against it).
  const sentence = doc.sentenceAt(number.start);
  return known.firstElection(sentence) < number.start || ELECTION_RIGHT_BEFORE.test(doc.text.slice(Math.max(sentence.start, number.start - 4), number.start));
}

const IS_COUNT_OF: Record<Role, (r: Reading) => boolean> = {
  delegates: isDelegatesCount,
  members: isMembersCount,
  committee: isCommitteeCount,
  participants: isParticipantsCount,
};

/** Whether a reading is a count of a party meeting or organisation in its role. */
function isPartyCount(doc: Doc, match: RuleMatch, role: Role, number: Span, known: Known): boolean {
  if (!match.groups.q && LABEL_BEFORE.test(doc.text.slice(Math.max(0, number.start - 12), number.start))) return false;
  return IS_COUNT_OF[role]({ doc, match, number, after: doc.text.slice(match.end, match.end + 40), known });
}

/**
 * Several statements of one count (title and body) are one fact; keep the
 * one that states a qualifier (`tới 23.000` in a title, `trên 23.000` in the
 * body), else the first.
 */
function keepMostQualified(found: Found<CountFact>[]): Found<CountFact>[] {
  const best = new Map<string, Found<CountFact>>();
  for (const f of found) {
    const key = identity(f.fact);
    const prior = best.get(key);
    if (!prior || (prior.fact.qualifier === 'exact' && f.fact.qualifier !== 'exact')) best.set(key, f);
  }
  return [...best.values()].sort((a, b) => a.span.start - b.span.start);
}

function identity(f: CountFact): string {
  return `${f.role}|${f.count}`;
}

const schema = ({ z, fact }: SchemaKit) =>
  fact({
    count: z.number().int().nonnegative(),
    role: z.enum(['delegates', 'members', 'committee', 'participants']),
    qualifier: z.enum(['exact', 'more_than', 'less_than', 'approx']),
  });

// A reduce, not Math.max(...counts): spreading a very long list overflows the call stack.
const largest = (list: readonly CountFact[], role: Role) =>
  list.reduce<number | null>((max, c) => (c.role === role && (max === null || c.count > max) ? c.count : max), null);

export const counts: FactType<'counts', ReturnType<typeof schema>> = {
  key: 'counts',
  needs: [],
  schema,
  checks: [delegatesAndMembers],
  csv: { type: 'count', columns: ['count', 'role', 'qualifier'], row: (c) => ({ count: c.count, role: c.role, qualifier: c.qualifier }) },
  // The largest count of a role is its total, not a subgroup.
  articleColumns: {
    delegates: (cs) => largest(cs, 'delegates'),
    members: (cs) => largest(cs, 'members'),
    committee: (cs) => largest(cs, 'committee'),
  },
  extract(doc, rules, ctx) {
    if (!mayNameParty(doc.text) || !namesParty(doc.text)) return [];
    const out: Found<CountFact>[] = [];
    const known = knownOf(doc);
    // Every rule stays inside a paragraph, so each is run only over the
    // paragraphs holding one of its `requires:` words (matchesIn checks them).
    for (const paragraph of doc.paragraphs) {
      const words = doc.slice(paragraph);
      // A number is read by the first rule (in file order) that accepts it.
      const claimed = new Set<number>();
      for (const rule of rules) {
        for (const m of matchesIn(rule, words, paragraph.start)) {
          const number = m.spanOf('n') ?? m.spanOf('w');
          if (!number || claimed.has(number.start)) continue;
          const role = isElectedDelegation(doc, number, known) ? 'delegates' : roleOf(rule, m);
          const count = countOf(m);
          if (role === null || count === null || !isPartyCount(doc, m, role, number, known)) continue;
          claimed.add(number.start);
          const fact: CountFact = { count, role, qualifier: qualifierOf(m.groups.q, ctx.vocabulary) };
          out.push({ fact, span: { start: m.start, end: m.end }, rule: rule.id, confidence: rule.confidence });
        }
      }
    }
    return keepMostQualified(out);
  },
  identity,
};
