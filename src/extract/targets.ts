/**
 * Targets: quantified goals for the future (`đến năm 2030, tỷ lệ đô thị
 * hóa đạt 50%`). The quantity rules of `rules/targets.yaml` find numbers
 * with a unit; the cue rules mark goal words, list intros, deadlines, rates
 * per year, past results and topic changes. This module walks the article
 * paragraph by paragraph, keeps the quantities stated in goal context (a
 * goal sentence and the sentences and paragraphs that carry on its list),
 * drops results and counts of targets, and gives each goal its deadline year.
 */
import { matchesIn, type CompiledRule } from '../rules/compiled.js';
import { anyMatch, rulesWith } from '../rules/select.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import type { FactOf } from '../schema.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { Doc, ExtractContext, Found, Span } from '../types.js';
import { clauseEnd, clauseStart, enumerationOf, indicatorOf } from './targets/indicator.js';
import { readQuantity, resolveOverlaps, type Quantity } from './targets/quantity.js';
import {
  hasOwnDeadline,
  hasPastInClause,
  introYear,
  isGoalSentence,
  isListIntro,
  isPastSentence,
  isPastYearInClause,
  isPerYear,
  isTopicEnd,
  isVoteShare,
  isForecast,
  isWeakCount,
  isWeakGoalSentence,
  isYearlySentence,
  readCue,
  sentenceYear,
  type Cue,
  type CueKind,
  type SentenceView,
  type TimeFrame,
} from './targets/scope.js';
import { isPlausiblePeriod } from './refine/periods.js';
import { decisionStart, headingOf, type Heading } from './targets/sections.js';
import { isPhotoCaption } from './captions.js';
import { oncePer } from '../util/once-per.js';

type Target = FactOf<'targets'>;

/**
 * The cue kinds that can make a sentence state goals (see `scope.ts`): a
 * paragraph without any of them cannot open a list of goals. An article
 * states goals only if it names the party (`context: party`) and has any of
 * these cues, or has a planning topic (`context: planning`: a congress, a
 * resolution, a term) and a cue marked `topic: planning` (the plain goal
 * words). All of it is read from the rules, so a goal cue added in a
 * `--rules` folder opens lists like the built-in ones.
 */
const OPENING_CUES: CueKind[] = ['goal', 'weak-goal', 'party', 'deadline', 'period'];
/** Cues that state goals only outside results: a window they open looks back for results (see `goalWindows`). */
const WEAK_CUES: CueKind[] = ['weak-goal', 'party'];

/** The target rules sorted by what they do, once per rule set. */
interface TargetRules {
  quantities: CompiledRule[];
  cues: CompiledRule[];
  opening: CompiledRule[];
  weak: CompiledRule[];
  /** Opening cues that suffice with a planning topic. */
  planningCues: CompiledRule[];
  party: CompiledRule[];
  planning: CompiledRule[];
}

const sortRules = oncePer((rules: readonly CompiledRule[]): TargetRules => {
  return {
    quantities: rulesWith(rules, 'kind'),
    cues: rulesWith(rules, 'cue'),
    opening: rulesWith(rules, 'cue', OPENING_CUES),
    weak: rulesWith(rules, 'cue', WEAK_CUES),
    planningCues: rulesWith(rules, 'cue', OPENING_CUES).filter((rule) => rule.set.topic === 'planning'),
    party: rulesWith(rules, 'context', 'party'),
    planning: rulesWith(rules, 'context', 'planning'),
  };
});

/**
 * The party first (a literal pre-check, and most news names none); without
 * it, the plain goal words before the planning topic: they are the rarer.
 */
const mayStateGoals = (text: string, r: TargetRules): boolean =>
  (anyMatch(r.party, text) && anyMatch(r.opening, text)) || (anyMatch(r.planningCues, text) && anyMatch(r.planning, text));

function timeFrame(ctx: ExtractContext): TimeFrame {
  const published = ctx.published ? Number(ctx.published.slice(0, 4)) : null;
  let latestTerm: number | null = null;
  for (const t of ctx.found.terms ?? []) {
    if (isPlausiblePeriod(t.fact.start, t.fact.end, 'term')) latestTerm = Math.max(latestTerm ?? 0, t.fact.start);
  }
  return { reference: published ?? latestTerm, published };
}

const CARRIES_ON = (p: string) => /\d/.test(p) || /:\s*$/.test(p);

/**
 * A heading that opens a list without a colon, as scraped pages leave it
 * (`CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030`, `Mục tiêu đến năm 2030`, a table's
 * head `Chỉ tiêu | Đến năm 2030`): a short line that starts with the goal
 * noun and has no closing full stop.
 */
const INTRO_HEADING = /^[^\p{L}\d]*(?:(?:các|một số|những|nhóm)\s+)?(?:chỉ tiêu|mục tiêu|phương hướng)(?![\p{L}])[^.!?;]{0,80}$/iu;
const isIntroHeading = (p: string) => p.length <= 100 && INTRO_HEADING.test(p.trim());

/**
 * A short line without numbers that names the field of the items after it
 * (`Về kinh tế`, `b) Lĩnh vực văn hóa - xã hội:`): the `topic` words of the
 * heading table of targets.yaml. A list runs on over it.
 */
const topicSubheadOf = oncePer((vocabulary: Vocabulary): RegExp => {
  // @rule-pattern: escaped words of the heading table (checked as its fragments), a bounded line without digits.
  return new RegExp(`^[^\\p{L}\\d]*(?:(?:[IVX]{1,4}|\\d{1,2}|[a-zđ])[.)]\\s*)?${alternation(vocabulary.wordsOf('heading', 'topic'))}\\s[^.!?;\\d]{1,60}$`, 'iu');
});
const isTopicSubhead = (p: string, vocabulary: Vocabulary) => p.length <= 80 && topicSubheadOf(vocabulary).test(p.trim());

/**
 * A sentence that opens on the goal noun and its deadline before any
 * number (`Mục tiêu đến năm 2030 a) Thu ngân sách …`, a heading the page ran
 * into its first item): it introduces the list, its deadline reaches the
 * items after it.
 */
const GOAL_NOUN_HEAD = /^[^\p{L}\d]*(?:\d{1,2}[.)]\s*)?(?:(?:các|một số|những)\s+)?(?:chỉ tiêu|mục tiêu)(?![\p{L}])[^.;:\d]{0,40}\d{4}(?!\d)[^.;:\d]{0,40}$/iu;
const opensWithGoalNoun = (s: SentenceView, text: string): boolean =>
  s.quantities.length > 0 && GOAL_NOUN_HEAD.test(text.slice(s.start, s.quantities[0].start));

/**
 * Lines a scraped page leaves inside a list: a photo caption, or a short line
 * without numbers between two items with the same kind of bullet (a caption
 * without its marker). The list runs on over them.
 */
const LIST_ITEM = /^\s*(?:([-•*+►✓])|\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))/u;

function bulletOf(p: string): string | null {
  const m = LIST_ITEM.exec(p);
  return m ? (m[1] ?? 'number') : null;
}

function listInterruptions(doc: Doc): Set<number> {
  const skip = new Set<number>();
  const ps = doc.paragraphs;
  for (let i = 1; i < ps.length; i++) {
    const words = doc.slice(ps[i]);
    if (isPhotoCaption(words)) {
      skip.add(i);
      continue;
    }
    if (i + 1 >= ps.length || words.length > 150 || /\d/.test(words) || bulletOf(words) !== null) continue;
    const before = bulletOf(doc.slice(ps[i - 1]));
    if (before !== null && before === bulletOf(doc.slice(ps[i + 1]))) skip.add(i);
  }
  return skip;
}

/** Paragraphs before a window that are scanned too, for the results they may report. */
const LOOK_BACK = 2;

/**
 * Stretches of paragraphs where goals can be stated: from a paragraph that
 * may open a list (any paragraph in the decision part of a resolution), on
 * over the paragraphs that may carry it (a number, or a closing colon).
 * The walk below never finds a target outside them, so the rules only scan
 * these (most of a long article is not a target list). A window also
 * takes the paragraphs with numbers right before it: they cannot state
 * goals, but a result among them (`Nhiệm kỳ qua, …`) tells that weak goal
 * words after it (`Trong nhiệm kỳ, … kết nạp 95 đảng viên`) report results.
 */
function goalWindows(doc: Doc, r: TargetRules, decision: number | null, skip: Set<number>, vocabulary: Vocabulary): Span[] {
  const windows: Span[] = [];
  const paragraphs = doc.paragraphs;
  let open: Span | null = null;
  // Paragraphs that carry, since the last one that did not (or the last window).
  let carried = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (open && skip.has(i)) continue;
    const words = doc.slice(p);
    const carries: boolean = CARRIES_ON(words) || isIntroHeading(words) || (open !== null && isTopicSubhead(words, vocabulary));
    if (open && carries) {
      open.end = p.end;
      continue;
    }
    if (open) {
      windows.push(open);
      carried = 0;
    }
    const decides = decision !== null && p.end > decision;
    // Only a paragraph that carries a list may open one (tested first: it is cheaper).
    open = carries && (decides || anyMatch(r.opening, words)) ? { start: p.start, end: p.end } : null;
    if (open && (decides || anyMatch(r.weak, words))) open.start = paragraphs[i - Math.min(carried, LOOK_BACK)].start;
    carried = carries ? carried + 1 : 0;
  }
  if (open) windows.push(open);
  return windows;
}

/** Run every rule once over the goal windows and group quantities and cues by sentence. */
function sentenceViews(doc: Doc, r: TargetRules, vocabulary: Vocabulary, windows: Span[]): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((s, i) => ({
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    firstInParagraph: i === 0 || doc.sentences[i - 1].paragraph !== s.paragraph,
    quantities: [],
    cues: [],
  }));
  const quantities: Quantity[] = [];
  for (const w of windows) {
    // Slice each window once and try every rule on it.
    const words = doc.text.slice(w.start, w.end);
    for (const rule of r.cues) {
      const cue = rule.set.cue as CueKind;
      for (const m of matchesIn(rule, words, w.start)) {
        const c = readCue(cue, m);
        if (c) views[doc.sentenceAt(c.start).index].cues.push(c);
      }
    }
    for (const rule of r.quantities) {
      for (const m of matchesIn(rule, words, w.start)) {
        const q = readQuantity(rule, m, doc.text, vocabulary);
        if (q) quantities.push(q);
      }
    }
  }
  for (const q of resolveOverlaps(quantities)) views[doc.sentenceAt(q.numStart).index].quantities.push(q);
  for (const v of views) if (v.quantities.length > 0) v.quantities = withoutPerBases(v.quantities, doc.text, vocabulary);
  for (const v of views) v.cues.sort((a: Cue, b: Cue) => a.start - b.start);
  return views;
}

/** The words of a class of the indicator_words table of targets.yaml. */
const indicatorWordsOf = oncePer((vocabulary: Vocabulary) => {
  const words = (cls: string) => alternation(vocabulary.wordsOf('indicator_words', cls));
  return {
    // @rule-pattern: escaped words of the indicator_words table (checked as its fragments), a whole slice.
    restated: new RegExp(`^\\s*(?:${words('restated')})?\\s*$`, 'iu'),
    // @rule-pattern: escaped words of the indicator_words table (checked as its fragments), a whole slice.
    change: new RegExp(`^${words('change')}(?: ${words('adverb')})*$`, 'iu'),
    // @rule-pattern: escaped words of the indicator_words table (checked as its fragments), between non-letters.
    perHead: new RegExp(`(?<![\\p{L}])${words('per_head')}(?![\\p{L}])`, 'iu'),
    // @rule-pattern: escaped words of the indicator_words table (checked as its fragments), between spaces.
    predicate: new RegExp(`\\s${words('predicate')}\\s`, 'iu'),
  };
});

/** A number in parentheses restating the one before (`(tương đương 6.200 USD)`): the words before it in the parentheses. */
const isRestatement = (words: string, vocabulary: Vocabulary) => indicatorWordsOf(vocabulary).restated.test(words);

/** A bare change with no subject (`tăng bình quân hằng năm`): it measures the subject of the clause before. */
const isBareChange = (indicator: string, vocabulary: Vocabulary) => indicatorWordsOf(vocabulary).change.test(indicator);

/**
 * The first of two value-first items joined by `và` takes the predicate of
 * the second when it has none of its own (`số xã` + `số huyện | đạt chuẩn
 * nông thôn mới`): the predicate words of the indicator_words table.
 */
function withSharedPredicate(first: string, second: string, vocabulary: Vocabulary): string {
  const predicate = indicatorWordsOf(vocabulary).predicate;
  if (predicate.test(` ${first} `)) return first;
  const m = predicate.exec(` ${second} `);
  return m && m.index > 0 ? `${first} ${second.slice(m.index).trim()}` : first;
}

/** A base a quantity is given per: 1, 10, 100, 1.000, 10.000 (`trên 1 ha`, `/100 dân`). */
const BASE_VALUES = new Set([1, 10, 100, 1000, 10000]);

/** The `per` words of the per_base table of targets.yaml, ending right before a number. */
const perBeforeOf = oncePer((vocabulary: Vocabulary): RegExp => {
  // @rule-pattern: escaped words of the per_base table (checked as its fragments), at the end of a short slice.
  return new RegExp(`(?:^|\\s|(?<=[\\p{L}\\d])(?=/))${alternation(vocabulary.wordsOf('per_base', 'per'))}\\s*$`, 'iu');
});

/**
 * Quantities that are part of the next one's indicator: a base the goal
 * is given per (`giá trị sản phẩm trên 1 ha đất trồng trọt đạt 150 triệu
 * đồng`), a `per` word before a power of ten, with the goal's own number
 * after it in the same clause. They are dropped, so the goal's indicator
 * reads over them.
 */
function withoutPerBases(qs: Quantity[], text: string, vocabulary: Vocabulary): Quantity[] {
  const per = perBeforeOf(vocabulary);
  // What a counted goal is counted per ends its item (`30 giường bệnh/vạn dân`).
  const population = perPopulationOf(vocabulary);
  for (const q of qs) {
    if (q.kind !== 'counted') continue;
    const tail = population.exec(text.slice(q.end, q.end + 40));
    if (tail) q.end += tail[0].length;
  }
  return qs.filter((q, i) => {
    const next = qs[i + 1];
    if (!next || q.value === null || !BASE_VALUES.has(q.value) || q.unit === '%') return true;
    if (!per.test(text.slice(Math.max(0, q.numStart - 12), q.numStart))) return true;
    return /[,;:.()\n]/.test(text.slice(q.end, next.start));
  });
}

/**
 * Depth of open parentheses at a position, counted from the start of its
 * paragraph. The quantities are asked in text order, so the count goes on
 * from the last position asked instead of starting again at the paragraph.
 */
class ParenDepth {
  private from = -1;
  private at = -1;
  private depth = 0;

  constructor(private readonly text: string) {}

  of(from: number, pos: number): number {
    if (from !== this.from || pos < this.at) {
      this.from = from;
      this.at = from;
      this.depth = 0;
    }
    for (; this.at < pos; this.at++) {
      const c = this.text[this.at];
      if (c === '(') this.depth++;
      else if (c === ')' && this.depth > 0) this.depth--;
    }
    return this.depth;
  }
}

interface ListState {
  /** Sentences carry goals: a goal sentence came before in this list. */
  active: boolean;
  /** Deadline written in the phrase that introduced the list. */
  year: number | null;
}

/** `/vạn dân`, `trên 1 vạn dân`, `/1.000 dân`: the per_base table of targets.yaml, at the start of a slice. */
const perPopulationOf = oncePer((vocabulary: Vocabulary): RegExp => {
  const per = alternation(vocabulary.wordsOf('per_base', 'per'));
  const of = alternation(vocabulary.wordsOf('per_base', 'of'));
  // @rule-pattern: escaped words of the per_base table (checked as its fragments), anchored at the start.
  return new RegExp(`^ ?${per} ?(?:(?:\\d{1,3}(?:\\.\\d{3})*|một) )?(?:(?:vạn|nghìn|ngàn|trăm) )?${of}(?![\\p{L}])`, 'iu');
});

/**
 * A further counted item (`, 14 cụm công nghiệp`, `và 40 giường bệnh`) right
 * after another item of the list: after a counted noun only the separator
 * stands between them; a percentage is followed by the words it measures
 * (`100% xã đạt chuẩn nông thôn mới, 5 xã …`).
 */
function continuesList(prev: Quantity, between: string): boolean {
  if (/^\s*(?:;|,(?:\s*và)?|và)\s*(?:trong đó\s*)?$/.test(between)) return true;
  return prev.kind !== 'counted' && /^[^\d;.()\n]{0,60}(?:[,;]|\svà)\s*$/.test(between);
}

/** The targets of one goal sentence. */
function targetsOf(
  s: SentenceView,
  doc: Doc,
  time: TimeFrame,
  list: ListState,
  hasGoalWord: boolean,
  parens: ParenDepth,
  vocabulary: Vocabulary,
): Found<Target>[] {
  const text = doc.text;
  const out: Found<Target>[] = [];
  const joins = enumerationOf(vocabulary);
  const yearly = isYearlySentence(s, text);
  const paragraphStart = doc.paragraphs[s.paragraph].start;
  let prevEnd = s.start;
  let prevItem: Quantity | null = null;
  // Per-year status of the last quantity outside parentheses: items in a
  // parenthesis after a rate (`7%/năm (trong đó công nghiệp tăng 12%)`) are rates too.
  let outerPerYear = false;
  // The previous item named its indicator after its number (`75% số xã và 50% …`).
  let valueFirstBefore = false;
  // Index of the quantity the last goal was read from.
  let lastRead = -1;
  for (let i = 0; i < s.quantities.length; i++) {
    const q = s.quantities[i];
    const next = s.quantities[i + 1]?.start ?? s.end;
    const clause: Span = { start: clauseStart(text, q.start, prevEnd, joins), end: clauseEnd(text, q.end, next) };
    const continuesCount = prevItem !== null && continuesList(prevItem, text.slice(prevItem.end, q.start));
    const quantityEnd = prevEnd;
    prevEnd = q.end;
    if (q.continued && !continuesCount) continue;
    prevItem = q;
    if (hasPastInClause(s, clause, q, text, hasGoalWord, vocabulary) || isWeakCount(q, s, text) || isPastYearInClause(s, clause, q, time, text)) continue;
    if (isVoteShare(s, clause, q, text) || isForecast(s, q, text)) continue;
    const inParens = parens.of(paragraphStart, q.numStart) > 0;
    const perHead = q.kind === 'money' && indicatorWordsOf(vocabulary).perHead.test(text.slice(clause.start, q.numStart));
    let perYear = (yearly && !hasOwnDeadline(s, q, text)) || isPerYear(q, s, clause, text, perHead);
    if (inParens && outerPerYear) perYear = true;
    if (!inParens) outerPerYear = perYear;
    const year = perYear ? null : (sentenceYear(q, s, time, text) ?? list.year);
    // Words after a value-first item stop where the next item's clause begins.
    let nextClause = i + 1 < s.quantities.length ? clauseStart(text, next, q.end, joins) : s.end;
    if (nextClause === q.end) nextClause = next;
    const sharesWords = valueFirstBefore && clause.start === quantityEnd;
    const indicator = indicatorOf(q, clause, nextClause, text, sharesWords, vocabulary);
    valueFirstBefore = indicator.fromAfter;
    // The goal read from the quantity right before this one, if any.
    const before = out.length && lastRead === i - 1 ? out[out.length - 1] : null;
    lastRead = i;
    let named = indicator.text;
    // Restated right after it, in parentheses (`145 triệu đồng (tương đương 6.200 USD)`).
    const restates = before !== null && inParens && /^\s*\(\s*$/.test(text.slice(s.quantities[i - 1].end, clause.start));
    if (before && restates && isRestatement(text.slice(clause.start, q.start), vocabulary)) named = before.fact.indicator;
    else if (before && isBareChange(named, vocabulary) && /^\s*,\s*$/.test(text.slice(before.span.end, clause.start))) named = `${before.fact.indicator} ${named}`;
    // `75% số xã và 50% số huyện đạt chuẩn nông thôn mới`: the first shares the second's predicate.
    if (before && sharesWords && indicator.fromAfter) before.fact.indicator = withSharedPredicate(before.fact.indicator, named, vocabulary);
    out.push({
      fact: {
        indicator: named,
        value: q.value,
        min: q.min,
        max: q.max,
        unit: q.unit,
        comparator: q.comparator,
        year,
      },
      span: { start: Math.min(indicator.span.start, q.start), end: Math.max(indicator.span.end, q.end) },
      rule: q.rule.id,
      confidence: q.rule.confidence,
    });
  }
  return out;
}

/**
 * A stretch of results: it opens at a result sentence or a results heading
 * (`I. KẾT QUẢ …`) and ends at a goal sentence, a goals heading
 * (`II. PHƯƠNG HƯỚNG …`), the decision line of a resolution, or a heading
 * of the same or a higher level than the section it opened in: `2.` ends
 * what opened under `1.`; in prose before any heading, a Roman numeral or a
 * line in capitals ends it, but the items `1.`, `2.` of `Nhiệm kỳ qua, …:`
 * do not. Inside it, weak goal words and the decision part of a
 * resolution do not make a sentence state goals.
 */
class ResultsStretch {
  on = false;
  /** Level of the section the stretch opened in (see `Heading.level`). */
  private level = 1;
  /** Level of the last heading seen; prose before any heading ranks with `I.`. */
  private section = 1;

  heading(h: Heading): void {
    if (this.on && (h.goals || h.level <= this.level)) this.on = false;
    if (h.results && !this.on) {
      this.on = true;
      this.level = h.level;
    }
    this.section = h.level;
  }

  result(): void {
    if (this.on) return;
    this.on = true;
    this.level = this.section;
  }

  end(): void {
    this.on = false;
  }
}

/**
 * Walk the paragraphs. A goal sentence opens (or, as a list intro, sets
 * the deadline of) a list; the list runs on over sentences and paragraphs
 * that state quantities, and ends at a result sentence, a sentence on
 * another topic or a paragraph without any quantity. In the decision part
 * of a resolution every sentence with a quantity states goals, unless it
 * is a result.
 */
function findTargets(
  doc: Doc,
  views: SentenceView[],
  time: TimeFrame,
  decision: number | null,
  skip: Set<number>,
  vocabulary: Vocabulary,
): Found<Target>[] {
  const out: Found<Target>[] = [];
  const list: ListState = { active: false, year: null };
  const results = new ResultsStretch();
  const parens = new ParenDepth(doc.text);
  const close = () => {
    list.active = false;
    list.year = null;
  };
  for (let i = 0; i < views.length; ) {
    const paragraph = views[i].paragraph;
    const p = doc.paragraphs[paragraph];
    if (skip.has(paragraph)) {
      while (i < views.length && views[i].paragraph === paragraph) i++;
      continue;
    }
    const heads = isIntroHeading(doc.text.slice(p.start, p.end));
    const heading = headingOf(doc.text.slice(p.start, p.end), vocabulary);
    if (heading) results.heading(heading);
    // The decision line ends the results before it; the paragraphs after it decide.
    if (decision !== null && p.start <= decision && decision <= p.end) results.end();
    const decides = decision !== null && p.end > decision;
    let stated = false;
    // The paragraph ends in a list intro without numbers: the items follow in the next paragraphs.
    let introduces = false;
    for (; i < views.length && views[i].paragraph === paragraph; i++) {
      const s = views[i];
      if (s.quantities.length) stated = true;
      introduces = false;
      if (isPastSentence(s, doc.text, time, vocabulary)) {
        close();
        results.result();
        continue;
      }
      const strong = isGoalSentence(s, time, doc.text);
      if (strong) results.end();
      const goal = strong || (!results.on && (isWeakGoalSentence(s) || (decides && s.quantities.length > 0)));
      if (goal) {
        const open = list.active;
        list.active = true;
        if (isListIntro(s) || (heads && s.quantities.length === 0) || opensWithGoalNoun(s, doc.text)) {
          // A sub-intro without a year of its own (`Nhóm chỉ tiêu về kinh tế:`) keeps the deadline of the open list.
          list.year = introYear(s, doc.text) ?? (open && s.quantities.length === 0 ? list.year : null);
          introduces = s.quantities.length === 0;
        }
      } else if (isTopicEnd(s)) {
        close();
        continue;
      }
      if (list.active && s.quantities.length) for (const t of targetsOf(s, doc, time, list, goal, parens, vocabulary)) out.push(t);
    }
    const words = doc.text.slice(p.start, p.end);
    if (!stated && !introduces && !/:\s*$/.test(words) && !isTopicSubhead(words, vocabulary)) close();
  }
  return out;
}

const syllables = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'đạt');
const unitKey = (u: string) => (u === '%' ? u : u.toLowerCase().split(' ').slice(0, 2).join(' '));
const quantityKey = (t: Target) => `${t.value ?? ''}|${t.min ?? ''}|${t.max ?? ''}|${unitKey(t.unit)}`;

function within(a: string[], b: string[]): boolean {
  const set = new Set(b);
  return a.every((w) => set.has(w));
}

/**
 * A goal is compared with the latest goals of the same quantity only: the
 * statements of one goal lie in one article, and a text with thousands of
 * equal quantities is not compared pair by pair.
 */
const RECENT_SAME_QUANTITY = 50;

/**
 * One goal stated twice (a lead restating the body, a caption repeating a
 * list item) is kept once: same quantity, and one indicator's words all
 * found in the other's (in another paragraph; in the same paragraph only
 * the same words). The fuller statement wins. Two goals that share a
 * value but measure different things (`20%` of members, `20%` of branches)
 * both stay.
 */
function dedupe(found: Found<Target>[], doc: Doc): Found<Target>[] {
  interface Kept {
    found: Found<Target>;
    words: string[];
    paragraph: number;
  }
  const kept: Kept[] = [];
  // The kept goals of each quantity, in the order kept.
  const byQuantity = new Map<string, Kept[]>();
  for (const f of found) {
    const key = quantityKey(f.fact);
    const words = syllables(f.fact.indicator);
    const paragraph = doc.paragraphAt(f.span.start).index;
    let same = byQuantity.get(key);
    if (!same) byQuantity.set(key, (same = []));
    const k = same.slice(-RECENT_SAME_QUANTITY).find((k) => {
      // In one paragraph, two equal quantities are two goals unless worded alike.
      if (k.paragraph === paragraph) return k.words.join(' ') === words.join(' ');
      return within(words, k.words) || within(k.words, words);
    });
    if (!k) {
      const entry = { found: f, words, paragraph };
      kept.push(entry);
      same.push(entry);
    } else if (words.length > k.words.length) Object.assign(k, { found: f, words, paragraph });
  }
  return kept.map((k) => k.found).sort((a, b) => a.span.start - b.span.start);
}

const schema = ({ z, fact }: SchemaKit) =>
  fact({
    indicator: z.string().describe('What is measured, as written (short)'),
    value: z.number().nullable().describe('The value; null for a range'),
    min: z.number().nullable().describe('Lower end of a range, else null'),
    max: z.number().nullable().describe('Upper end of a range, else null'),
    unit: z.string().describe('`%`, `USD`, `VND` (value in đồng) or the counted noun in lower case'),
    comparator: z.enum(['eq', 'gte', 'gt', 'lte', 'lt']),
    year: z.number().int().nullable().describe('Deadline year, null for per-year rates or when none is stated'),
  });

export const targets: FactType<'targets', ReturnType<typeof schema>> = {
  key: 'targets',
  // Deadlines: the term the article is about and the dateline's year.
  needs: ['published', 'terms'],
  schema,
  csv: {
    type: 'target',
    columns: ['indicator', 'value', 'min', 'max', 'unit', 'comparator', 'year'],
    row: (t) => ({ indicator: t.indicator, value: t.value, min: t.min, max: t.max, unit: t.unit, comparator: t.comparator, year: t.year }),
  },
  articleColumns: { targets: (ts) => ts.length },
  extract(doc, rules, ctx) {
    const r = sortRules(rules);
    if (!mayStateGoals(doc.text, r)) return [];
    const time = timeFrame(ctx);
    const decision = decisionStart(doc);
    const skip = listInterruptions(doc);
    const windows = goalWindows(doc, r, decision, skip, ctx.vocabulary);
    if (windows.length === 0) return [];
    const views = sentenceViews(doc, r, ctx.vocabulary, windows);
    return dedupe(findTargets(doc, views, time, decision, skip, ctx.vocabulary), doc);
  },
};
