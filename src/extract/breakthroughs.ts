/**
 * Breakthroughs: each statement of a set of strategic breakthroughs, with the
 * number the text states and the breakthroughs themselves when it lists them.
 *
 * The rules find the statements (`3 khâu đột phá`, `các khâu đột phá`). This
 * module reads the count, looks for the list the statement introduces (`: …`,
 * `gồm …`, `là …`, a following `Trong đó, …` or numbered paragraphs), splits
 * it into items and merges the statements of one set.
 *
 * What a rule does comes from its `set:` (`statement: counted | listed`,
 * `context: policy | sport`), and the words come from the tables of
 * `rules/breakthroughs.yaml` (the breakthrough word, list openers, list
 * markers): a `--rules` file extends both with no edit here.
 */
import { scan, type CompiledRule } from '../rules/compiled.js';
import { anyMatch, rulesWith } from '../rules/select.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import { listMarks, type ListMarks } from './list-marks.js';
import { parseDecimal, parseNumberWords } from '../tokenize/numbers.js';
import { isWhitespace } from '../tokenize/sentences.js';
import type { FactType, SchemaKit } from '../facts/fact-type.js';
import type { Doc, Found, Sentence, Span } from '../types.js';
import type { FactOf } from '../schema.js';
import { isPhotoCaption } from './captions.js';
import { onceEach } from '../util/per-span.js';
import { matchStarts, StretchMatches } from '../util/stretch-matches.js';
import { splitOn, withoutEnd } from '../util/text.js';
import { oncePer } from '../util/once-per.js';
import { splitAtItemVerbs, startsWithItemVerb } from './breakthroughs/item-verbs.js';

type Breakthrough = FactOf<'breakthroughs'>;

interface Statement {
  count: number | null;
  items: string[];
  span: Span;
  rule: CompiledRule;
  /** The country's set (`3 đột phá chiến lược của Trung ương`), named beside a local one: never one set with it. */
  national: boolean;
}

/**
 * The words this module reads, from the rule files' tables: the breakthrough
 * word (`breakthrough_word`), the words that hand a statement over to its
 * list (`list_opener`) and the list markers (`list-marks.ts`). Built once
 * per vocabulary.
 */
interface Words {
  /** The breakthrough word anywhere, any case, spaces doubled or not. */
  named: RegExp;
  /** Literal pre-check for `named`: a tail of each word, lower case and capitals, single and double spaced. */
  tails: string[];
  /** Where the statement hands over to its list: `:`, `gồm`, `là`, `liên quan đến`. */
  introducer: RegExp;
  /** `3 đột phá chiến lược về thể chế, hạ tầng và nhân lực`: read as a list only when it yields the count. */
  about: RegExp;
  /** A `Trong đó, …` clause that may spell out the counted set. */
  inWhich: RegExp;
  /** `, trong đó` inside the statement's sentence. */
  inWhichAfterComma: RegExp;
  /** A next sentence that opens the list (`Trong đó`, `Đó là`, `Cụ thể,`) and the words after it that belong to it (`nhấn mạnh`). */
  followOn: RegExp;
  /** The verbs a breakthrough item starts with (table breakthrough_item_verb), lower case. */
  itemVerbs: string[];
  /** The words of the about openers (`về`), each with its space: repeated at each item's start (`về A, về B`), they are dropped. */
  aboutWords: string[];
  /** Words that make a statement the country's (table breakthrough_national). */
  national: RegExp;
  /** Words after which a mention is a predicate, not the subject of `… là A` (table breakthrough_copula), lower case. */
  copulas: string[];
  marks: ListMarks;
  /** Final punctuation of an item, and a bullet of the next paragraph item (`…;\n- Thứ hai: …`). */
  isItemEnd: (c: number) => boolean;
}

const words = oncePer((vocabulary: Vocabulary): Words => {
  const named = vocabulary.wordsOf('breakthrough_word').map((x) => x.toLowerCase().replace(/\s+/g, ' ').trim());
  const bullets = vocabulary.wordsOf('list_bullet').filter((b) => b.length === 1);
  const itemEnd = new Set([...'.;,…:', ...bullets].map((c) => c.charCodeAt(0)));
  const opening = (...classes: string[]) => classes.flatMap((cls) => vocabulary.wordsOf('list_opener', cls));
  const openers = (cls: string) => alternation(opening(cls));
  return {
    // @rule-pattern: escaped words of the breakthrough_word table (checked as its fragment), a space as one or more.
    named: new RegExp(alternation(named).replace(/ /g, ' +'), 'i'),
    tails: named.flatMap((x) => [x.slice(1), x.slice(1).replace(/ /g, '  ')]).flatMap((x) => [x, x.toUpperCase()]),
    // @rule-pattern: escaped words of the list_opener table (checked as its fragment), as whole words.
    introducer: new RegExp(`:|(?<![\\p{L}\\p{N}])${openers('introducer')}(?![\\p{L}\\p{N}])`, 'u'),
    // @rule-pattern: as above.
    about: new RegExp(`(?<![\\p{L}\\p{N}])${openers('about')}(?![\\p{L}\\p{N}])`, 'u'),
    // @rule-pattern: as above, at the start of a text, after spaces and marks.
    inWhich: new RegExp(`^[ ,.]*${openers('in_which')}[ ,:]*`, 'i'),
    // @rule-pattern: as above, after a comma.
    inWhichAfterComma: new RegExp(`,\\s*(?=${openers('in_which')})`, 'gi'),
    // @rule-pattern: escaped words of the list_opener table (checked as its fragment), at the start of a text.
    followOn: new RegExp(
      `^[ ,.]*(?:${alternation(opening('in_which', 'next_sentence', 'introducer'))})(?![\\p{L}\\p{N}])[ ,:]*(?:${alternation(opening('lead', 'introducer', 'about'))}(?![\\p{L}\\p{N}])[ ,:]*)?`,
      'iu',
    ),
    itemVerbs: [...new Set(vocabulary.wordsOf('breakthrough_item_verb').map((x) => x.toLowerCase().replace(/\s+/g, ' ').trim()))],
    // @rule-pattern: escaped words of the breakthrough_national table (checked as its fragment), as whole words.
    national: new RegExp(`(?<![\\p{L}\\p{N}])${alternation(vocabulary.wordsOf('breakthrough_national'))}(?![\\p{L}\\p{N}])`, 'iu'),
    copulas: vocabulary.wordsOf('breakthrough_copula').map((x) => x.toLowerCase().replace(/\s+/g, ' ').trim()),
    aboutWords: vocabulary.wordsOf('list_opener', 'about').map((x) => `${x.toLowerCase().trim()} `),
    marks: listMarks(vocabulary),
    isItemEnd: (c) => isWhitespace(c) || itemEnd.has(c),
  };
});

/** The breakthrough rules sorted by what they do, once per rule set. */
interface BreakthroughRules {
  /** Rules that find statements (`statement: counted` reads a count, `statement: listed` needs a list). */
  statements: CompiledRule[];
  /** The article is about policy or the Party: needed only for a bare `3 đột phá` (`khâu`, `chiến lược` say it themselves). */
  policy: CompiledRule[];
  /** A sentence about sport or entertainment states no breakthrough (`pha đột phá`). */
  sport: CompiledRule[];
}

const sortRules = oncePer((rules: readonly CompiledRule[]): BreakthroughRules => {
  return { statements: rulesWith(rules, 'statement'), policy: rulesWith(rules, 'context', 'policy'), sport: rulesWith(rules, 'context', 'sport') };
});

/** Literal test before the breakthrough word's regex: `indexOf` skips the many articles without it at a fraction of a case-blind regex's cost. */
const mayNameBreakthrough = (text: string, w: Words): boolean => w.tails.some((t) => text.indexOf(t) >= 0);

/**
 * A list runs at most this far after its statement (the longest in the
 * corpora runs 1,376 characters to the end of its paragraph): each statement
 * reads a bounded stretch, however many statements a long paragraph holds.
 */
const MAX_LIST = 2000;

/** The end of a sentence inside an item (`. ` before a capital or a digit). */
const SENTENCE_END = /[.!?…]["')]*(?=\s+["'(]?[\p{Lu}\d])/u;

function readCount(raw: string | undefined, unit: string | undefined, vocabulary: Vocabulary): number | null | undefined {
  if (!raw) return null;
  const n = parseDecimal(raw) ?? parseNumberWords(raw);
  if (n === null || !Number.isInteger(n) || n < 1 || n > 20) return undefined;
  // `một đột phá (quan trọng)` is rhetoric; `năm đột phá` is "a year of breakthrough" (table breakthrough_not_count).
  const not = vocabulary.classOf('breakthrough_not_count', raw);
  if (not === 'always' || (not === 'without_unit' && !unit)) return undefined;
  return n;
}

/** How far after a sentence start an opener and its lead words are read (`Trong đó, nhấn mạnh`). */
const FOLLOW_ON_REACH = 60;

const isStop = (c: number) => c === 0x2e || c === 0x2026;

/** An item as written, without its marker, a leading `Trong đó,` and final punctuation. */
function cleanItem(raw: string, w: Words): string {
  const item = raw.replace(w.marks.leading, '').replace(/^[\s:,;.-]+/, '').replace(w.inWhich, '');
  return withoutEnd(item, w.isItemEnd).trim();
}

/**
 * The pieces cleaned, without the empty ones. A caller that wants `most`
 * items at most learns all it needs from `most + 1`: the cleaning stops
 * there (a long paragraph split at every `;` is not cleaned piece by piece
 * for each statement before it).
 */
function nonEmpty(pieces: Iterable<string>, w: Words, most = Infinity): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const item = cleanItem(piece, w);
    if (item.length === 0) continue;
    out.push(item);
    if (out.length > most) break;
  }
  return out;
}

/** Where the marks of a text start (offsets into it). */
const marksOf = (text: string, w: Words): number[] => matchStarts(text, w.marks.marks);

function splitNumbered(text: string, w: Words, most = Infinity, marks = marksOf(text, w)): string[] {
  if (marks.length < 2) return [];
  const pieces = marks.map((m, i) => text.slice(m, marks[i + 1] ?? text.length));
  if (most < Infinity) {
    // More than `most` items before the last one: the last does not matter.
    const before = nonEmpty(pieces.slice(0, -1), w, most);
    if (before.length > most) return before;
  }
  return nonEmpty(endLastItem(pieces, w), w);
}

const isOneSentence = (item: string, w: Words) => !SENTENCE_END.test(item.replace(w.marks.leading, '').trimEnd());

/**
 * `Thứ nhất, A. Thứ hai, B. Thứ ba, C. Đại hội cũng …`: when every other item
 * is one sentence, the last one ends at its own sentence end and what follows
 * is the article going on.
 */
function endLastItem(items: string[], w: Words): string[] {
  const last = items[items.length - 1];
  if (!items.slice(0, -1).every((item) => isOneSentence(item, w))) return items;
  const body = last.replace(w.marks.leading, '');
  const end = SENTENCE_END.exec(body);
  return end ? [...items.slice(0, -1), last.slice(0, last.length - body.length + end.index + end[0].length)] : items;
}

/** The sentences of a span, as items (the first `most + 1` at most). */
function splitSentences(doc: Doc, span: Span, w: Words, most = Infinity): string[] {
  function* pieces(): Generator<string> {
    for (let i = doc.sentenceAt(span.start).index; i < doc.sentences.length && doc.sentences[i].start < span.end; i++) {
      const s = doc.sentences[i];
      if (s.end > span.start) yield doc.text.slice(Math.max(s.start, span.start), Math.min(s.end, span.end));
    }
  }
  return nonEmpty(pieces(), w, most);
}

/**
 * The next separator of an enumeration at or after `from`: `,` and spaces, or
 * spaces, `và` and spaces (what `/,\s+|\s+và\s+/` finds), found from the
 * commas and the `và` (a regex that starts with either tries every position).
 */
function nextSeparator(text: string, from: number): Span | null {
  const spacesFrom = (i: number) => {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    return i;
  };
  let comma = text.indexOf(',', from);
  while (comma >= 0 && !isWhitespace(text.charCodeAt(comma + 1))) comma = text.indexOf(',', comma + 1);
  const isSpace = (i: number) => isWhitespace(text.charCodeAt(i));
  for (let va = text.indexOf('và', from + 1); va >= 0 && (comma < 0 || va < comma); va = text.indexOf('và', va + 1)) {
    if (!isSpace(va - 1) || !isSpace(va + 2)) continue;
    let start = va - 1;
    while (start > from && isSpace(start - 1)) start--;
    // The spaces before `và` are read from their first one, which must lie after `from`.
    if (isSpace(start - 1)) continue;
    return { start, end: spacesFrom(va + 2) };
  }
  return comma >= 0 ? { start: comma, end: spacesFrom(comma + 1) } : null;
}

/** `A, B và C` (only used when it yields the stated count). */
function splitEnumeration(text: string, w: Words, most = Infinity): string[] {
  // The final stops (`.`, `…`) and the spaces after them.
  const beforeSpaces = withoutEnd(text, isWhitespace);
  const beforeStops = withoutEnd(beforeSpaces, isStop);
  const list = beforeStops.length < beforeSpaces.length ? beforeStops : text;
  function* pieces(): Generator<string> {
    let from = 0;
    for (let sep = nextSeparator(list, 0); sep; sep = nextSeparator(list, sep.end)) {
      yield list.slice(from, sep.start);
      from = sep.end;
    }
    yield list.slice(from);
  }
  return nonEmpty(pieces(), w, most);
}

/**
 * Candidate splits of a list, in order of preference. With a stated count the
 * first that yields it wins; without one, the first with two or more items.
 * Each candidate is made only when the ones before it failed; with a count,
 * it is asked for `count` items at most.
 */
function chooseItems(candidates: ((most: number) => string[])[], count: number | null): { items: string[]; index: number } {
  const most = count ?? Infinity;
  for (let index = 0; index < candidates.length; index++) {
    const items = candidates[index](most);
    if (count !== null ? items.length === count : items.length >= 2) return { items, index };
  }
  return { items: [], index: -1 };
}

/** An unmarked paragraph short enough to be one item of an uncounted list: one sentence. */
const isItemParagraph = (text: string, w: Words) => text.length <= 250 && isOneSentence(text, w);

/**
 * The paragraphs a `…đột phá:` paragraph introduces: the run of marked ones
 * (`- …`, `1. …`, `Thứ nhất, …`), or, unmarked, as many as the stated count
 * (without a count, the run of one-sentence paragraphs).
 */
function followingParagraphs(doc: Doc, index: number, count: number | null, w: Words): Span[] {
  const out: Span[] = [];
  const next = doc.paragraphs.slice(index + 1, index + 3).find((p) => !isPhotoCaption(doc.slice(p)));
  if (!next) return out;
  const marked = w.marks.item.test(doc.slice(next));
  const max = count ?? 10;
  for (let i = index + 1; i < doc.paragraphs.length && out.length < max; i++) {
    const p = doc.paragraphs[i];
    if (isPhotoCaption(doc.slice(p))) continue;
    if (marked && !w.marks.item.test(doc.slice(p))) break;
    if (!marked && count === null && !isItemParagraph(doc.slice(p), w)) break;
    out.push(p);
  }
  return out;
}

/** The items of the paragraphs a statement's paragraph introduces, and where they end. */
function paragraphList(doc: Doc, index: number, count: number | null, w: Words): { items: string[]; end: number } | null {
  const paras = followingParagraphs(doc, index, count, w);
  const texts = paras.map((p) => doc.slice(p));
  const { items } = chooseItems([(most) => splitNumbered(texts.join('\n'), w, most), (most) => nonEmpty(texts, w, most)], count);
  return items.length ? { items, end: paras[Math.min(items.length, paras.length) - 1].end } : null;
}

/**
 * A numbered list with no introducer after a counted statement's sentence:
 * `… ba khâu đột phá. Thứ nhất, A. Thứ hai, B.` in the rest of the paragraph,
 * or marked paragraphs right after it. Accepted only when it yields the count.
 */
function numberedListAfter(doc: Doc, sentenceEnd: number, count: number, marks: StretchMatches, w: Words): { items: string[]; end: number } | null {
  const paragraph = doc.paragraphAt(sentenceEnd);
  const restEnd = Math.min(paragraph.end, sentenceEnd + MAX_LIST);
  const rest = doc.text.slice(sentenceEnd, restEnd);
  if (rest.trim()) {
    if (!w.marks.leading.test(rest)) return null;
    const items = splitNumbered(rest, w, count, marks.in(sentenceEnd, restEnd));
    return items.length === count ? { items, end: sentenceEnd + rest.length } : null;
  }
  const next = doc.paragraphs[paragraph.index + 1];
  if (!next || !w.marks.item.test(doc.slice(next))) return null;
  return paragraphList(doc, paragraph.index, count, w);
}

/** A statement found by a rule, before its list is read. */
interface Mention {
  start: number;
  end: number;
  count: number | null;
  /** `các khâu đột phá`: a plural that needs two items; without it, `Khâu đột phá của nhiệm kỳ là A` states one. */
  plural: boolean;
  rule: CompiledRule;
}

type List = { items: string[]; end: number };

/**
 * Where a list that starts at `from` must end: its paragraph, at most
 * MAX_LIST on, and before the clause of the next counted statement
 * (`3 đột phá của cả nước là A, B và C, tỉnh xác định 3 khâu đột phá …`).
 */
function listLimit(doc: Doc, from: number, nextCounted: number): number {
  const limit = Math.min(doc.paragraphAt(from).end, from + MAX_LIST);
  if (nextCounted >= limit) return limit;
  const before = doc.text.slice(from, nextCounted);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(':'));
  return cut >= 0 ? from + cut : nextCounted;
}

/** An item that starts with a task verb, maybe after a short connective (`Đồng thời, đẩy mạnh …`). */
function startsAsTask(item: string, w: Words): boolean {
  const body = item.replace(w.marks.leading, '');
  if (startsWithItemVerb(body, 0, w.itemVerbs)) return true;
  const comma = body.indexOf(', ');
  return comma > 0 && comma <= 24 && startsWithItemVerb(body, comma + 2, w.itemVerbs);
}

/**
 * `3 khâu đột phá: A. Đồng thời, B; C.`: the list runs over its first
 * sentence, cut at `;` and sentence ends, as far as the count; every item
 * after the first must start as a task.
 */
function splitAcrossSentences(doc: Doc, rest: Span, w: Words, count: number): string[] {
  const pieces: string[] = [];
  for (let i = doc.sentenceAt(rest.start).index; i < doc.sentences.length && doc.sentences[i].start < rest.end && pieces.length <= count; i++) {
    const s = doc.sentences[i];
    if (s.end > rest.start) pieces.push(...splitOn(doc.text.slice(Math.max(s.start, rest.start), Math.min(s.end, rest.end)), ';'));
  }
  const items = nonEmpty(pieces, w, count).slice(0, count);
  return items.length === count && items.slice(1).every((item) => startsAsTask(item, w)) ? items : [];
}

/**
 * The list that starts at `from` (after an introducer or an opener), split
 * into items: the paragraphs after it when it ends its paragraph, else the
 * first split of the text that yields the count (without one, two items or
 * more). `loose` also tries the first sentences as items.
 */
function readList(doc: Doc, from: number, count: number | null, limit: number, marks: StretchMatches, w: Words, loose: boolean): List | null {
  const text = doc.text;
  const paragraph = doc.paragraphAt(from);
  if (/^[\s:.,-]*$/.test(text.slice(from, paragraph.end))) {
    // `… 3 khâu đột phá:` (or `… là:`, `Đó là:`) ends its paragraph: the items are the paragraphs after it.
    return paragraphList(doc, paragraph.index, count, w);
  }
  const rest: Span = { start: from, end: Math.max(from, limit) };
  const firstSentence: Span = { start: from, end: Math.min(doc.sentenceAt(from).end, rest.end) };
  const restText = text.slice(rest.start, rest.end);
  const firstText = text.slice(firstSentence.start, firstSentence.end);
  const candidates: [(most: number) => string[], number][] = [
    [(most) => splitNumbered(restText, w, most, marks.in(rest.start, rest.end)), rest.end],
    [(most) => nonEmpty(splitOn(firstText, ';'), w, most), firstSentence.end],
    [(most) => nonEmpty(splitOn(restText, ';'), w, most), rest.end],
    // With a count, its first sentences.
    [(most) => (loose ? splitSentences(doc, rest, w, most).slice(0, most) : []), rest.end],
    // With a count: `;`, then `và` and `,` before a task verb; else `A, B và C` when no `;` stands between.
    [() => (count !== null ? nonEmpty(splitAtItemVerbs(firstText, count, w.itemVerbs), w) : []), firstSentence.end],
    [(most) => (count !== null && !firstText.includes(';') ? splitEnumeration(firstText, w, most) : []), firstSentence.end],
    [() => (count !== null && count > 1 ? splitAcrossSentences(doc, rest, w, count) : []), rest.end],
  ];
  const { items, index } = chooseItems(
    candidates.map(([c]) => c),
    count,
  );
  return items.length ? { items, end: candidates[index][1] } : null;
}

/** Without a repeated about word at the items' start: `về thể chế, về hạ tầng và về nhân lực`. */
function withoutAbout(items: string[], w: Words): string[] {
  return items.map((item) => {
    const about = w.aboutWords.find((a) => item.toLowerCase().startsWith(a));
    return about ? item.slice(about.length).trimStart() : item;
  });
}

/**
 * `… xác định 3 khâu đột phá trong nhiệm kỳ.` ending its paragraph, then the
 * items as bare paragraphs with no numbering: accepted when the count's
 * paragraphs are one sentence each and (all but one in three) start as tasks.
 */
function bareParagraphs(doc: Doc, index: number, count: number, w: Words): List | null {
  const paras: Span[] = [];
  for (let i = index + 1; i < doc.paragraphs.length && paras.length < count; i++) {
    if (!isPhotoCaption(doc.slice(doc.paragraphs[i]))) paras.push(doc.paragraphs[i]);
  }
  if (paras.length < count) return null;
  const texts = paras.map((p) => doc.slice(p));
  if (!texts.every((t) => isItemParagraph(t, w))) return null;
  if (texts.filter((t) => startsAsTask(t, w)).length < count - Math.floor(count / 3)) return null;
  const items = nonEmpty(texts, w);
  return items.length === count ? { items, end: paras[count - 1].end } : null;
}

/** `Khâu đột phá của nhiệm kỳ là A`: a mention that follows a copula (`… được xem là khâu đột phá`) is no subject. */
function followsCopula(doc: Doc, start: number, w: Words): boolean {
  const before = doc.text.slice(Math.max(doc.sentenceAt(start).start, start - 24), start).toLowerCase().trimEnd();
  return w.copulas.some((c) => before.endsWith(c) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - c.length - 1)));
}

/**
 * `Khâu đột phá của nhiệm kỳ là A`: an uncounted mention in the singular
 * whose `là` (or `:`) follows it closely, with no clause between.
 */
function isSingular(f: Mention, gap: string, intro: string): boolean {
  return !f.plural && (intro === ':' || intro.toLowerCase() === 'là') && gap.length <= SINGULAR_GAP && !gap.includes(',');
}

/** How far a singular statement's `là` may follow it (`Khâu đột phá của tỉnh trong nhiệm kỳ 2025-2030 là …`). */
const SINGULAR_GAP = 45;

/**
 * A statement of the country's set: its sentence names the national level
 * (table breakthrough_national: `của Trung ương`, `Đại hội XIII của Đảng`)
 * before it in the clause or just after it.
 */
function isNational(doc: Doc, f: Mention, w: Words): boolean {
  const sentence = doc.sentenceAt(f.start);
  const before = doc.text.slice(Math.max(sentence.start, f.start - NATIONAL_REACH), f.start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const after = doc.text.slice(f.end, Math.min(sentence.end, f.end + NATIONAL_REACH));
  const clauseEnd = after.search(/[,;:]/);
  const around = `${before.slice(clauseStart)} ${clauseEnd >= 0 ? after.slice(0, clauseEnd) : after}`;
  return w.national.test(around);
}

/** How far before and after a statement its national words are read. */
const NATIONAL_REACH = 60;

/** The list a statement introduces, split into items, and where it ends. */
function listAfter(doc: Doc, f: Mention, nextStatement: number, nextCounted: number, marks: StretchMatches, w: Words): List {
  const { end, count } = f;
  const text = doc.text;
  const sentence = doc.sentenceAt(end);
  const paragraph = doc.paragraphAt(end);
  // The introducer belongs to the statement's own clause: before any `;`, the sentence end or the next statement.
  const clauseEnd = Math.min(sentence.end, nextStatement, end + 120);
  const clause = text.slice(end, clauseEnd);
  const semi = clause.indexOf(';');
  const own = semi >= 0 ? clause.slice(0, semi) : clause;
  const intro = w.introducer.exec(own);
  const about = intro || count === null ? null : w.about.exec(own);
  const opener = intro ?? about;
  if (opener) {
    const from = end + opener.index + opener[0].length;
    // Sentences as items only for a counted set: `Những nội dung đột phá … sẽ là kim chỉ nam. …` lists nothing.
    const list = readList(doc, from, count, listLimit(doc, from, nextCounted), marks, w, count !== null);
    if (list) return about ? { ...list, items: withoutAbout(list.items, w) } : list;
    // `Khâu đột phá của nhiệm kỳ là A, B`: one breakthrough, the rest of the sentence.
    if (intro && count === null && isSingular(f, own.slice(0, intro.index), intro[0]) && !followsCopula(doc, f.start, w)) {
      const stop = Math.min(doc.sentenceAt(from).end, listLimit(doc, from, nextCounted));
      const item = cleanItem(text.slice(from, stop), w);
      if (item) return { items: [item], end: stop };
    }
  }
  if (count === null) return { items: [], end };
  if (sentence.end <= clauseEnd) {
    const numbered = numberedListAfter(doc, sentence.end, count, marks, w);
    if (numbered) return numbered;
  }
  // `3 khâu đột phá, trong đó nhấn mạnh A, B và C` / `3 khâu đột phá. Trong đó, A; B; C.` / `… Đó là: A; B; C`:
  // accepted only when a split gives the count.
  const next = doc.sentences[sentence.index + 1];
  const starts = [
    // `, trong đó` right after the statement: not after another counted set (`3 khâu đột phá và 4 nhóm giải pháp, trong đó …`).
    ...[...text.slice(end, Math.min(sentence.end, end + MAX_LIST)).matchAll(w.inWhichAfterComma)]
      .filter((m) => !/[\d,;]/.test(text.slice(end, end + m.index)))
      .map((m) => end + m.index + m[0].length),
    ...(next ? [next.start] : []),
  ];
  for (const at of starts) {
    const m = w.followOn.exec(text.slice(at, at + FOLLOW_ON_REACH));
    if (!m) continue;
    const from = at + m[0].length;
    const list = readList(doc, from, count, listLimit(doc, from, nextCounted), marks, w, false);
    if (list) return list;
  }
  // `… 3 khâu đột phá trong nhiệm kỳ.` ending its paragraph, the items in the paragraphs after it.
  if (/^[\s.]*$/.test(text.slice(sentence.end, paragraph.end))) {
    const bare = bareParagraphs(doc, paragraph.index, count, w);
    if (bare) return bare;
  }
  return { items: [], end };
}

const syllables = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The syllables of a list's items, each list read once however often it is compared. */
const syllablesOfList = new WeakMap<string[], { perItem: string[][]; all: Set<string> }>();

function syllablesOf(items: string[]): { perItem: string[][]; all: Set<string> } {
  let known = syllablesOfList.get(items);
  if (!known) {
    const perItem = items.map(syllables);
    syllablesOfList.set(items, (known = { perItem, all: new Set(perItem.flat()) }));
  }
  return known;
}

/** Share of the items of `a` that reappear (half their syllables) in `b`. */
function itemsOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 1;
  const bWords = syllablesOf(b).all;
  const hits = syllablesOf(a).perItem.filter((w) => w.filter((x) => bWords.has(x)).length >= w.length / 2);
  return hits.length / a.length;
}

/**
 * The statements of one set lie in one article, with few other sets between
 * them: a statement is compared with the latest groups only, so that a text
 * of thousands of statements is not compared pair by pair.
 */
const RECENT_GROUPS = 20;

/**
 * Two statements of one set (`3 nhiệm vụ đột phá` in a heading and `Ba nhiệm vụ
 * đột phá` in the body) are one group: same count, or a listed uncounted set whose
 * items are those of a counted one, and lists that do not disagree.
 */
function sameSet(x: Statement, s: Statement): boolean {
  if (x.national !== s.national) return false;
  // `… 3 khâu đột phá.` then, under a new head, `Các khâu đột phá trong nhiệm kỳ tới: A; B; C`.
  if (x.count !== null && s.count === null && x.items.length === 0) return s.items.length === x.count;
  return (
    (x.count === s.count || (x.count === null) !== (s.count === null)) &&
    itemsOverlap(x.items, s.items) >= 0.5 &&
    (x.count === s.count || (x.items.length > 0 && s.items.length > 0))
  );
}

function mergeStatements(statements: Statement[]): Statement[] {
  const groups: Statement[] = [];
  for (const s of statements) {
    const g = groups.slice(-RECENT_GROUPS).find((x) => sameSet(x, s));
    if (!g) {
      groups.push({ ...s });
      continue;
    }
    g.count ??= s.count;
    if (g.items.length === 0 && s.items.length > 0) {
      g.items = s.items;
      g.span = s.span;
      g.rule = s.rule;
    }
  }
  return groups;
}

const schema = ({ z, fact }: SchemaKit) =>
  fact({
    count: z.number().int().positive().nullable().describe('Number of breakthroughs stated, null if none'),
    items: z.array(z.string()).describe('The breakthroughs as written, one per item'),
  });

/** Separator between breakthrough items inside one CSV cell. */
export const ITEM_SEPARATOR = ' | ';

export const breakthroughs: FactType<'breakthroughs', ReturnType<typeof schema>> = {
  key: 'breakthroughs',
  needs: [],
  schema,
  csv: { type: 'breakthrough', columns: ['count', 'items'], row: (b) => ({ count: b.count, items: b.items.join(ITEM_SEPARATOR) }) },
  articleColumns: {
    // The number stated, else the number of items listed.
    breakthroughs: (bs) => {
      const group = bs.find((b) => b.count !== null) ?? bs[0];
      return group ? (group.count ?? group.items.length) : null;
    },
  },
  extract(doc, rules, ctx) {
    const w = words(ctx.vocabulary);
    if (!mayNameBreakthrough(doc.text, w) || !w.named.test(doc.text)) return [];
    const r = sortRules(rules);
    const policyArticle = anyMatch(r.policy, doc.text);
    const found: Mention[] = [];
    // A statement lies inside one paragraph: the rules run only over the paragraphs that name a breakthrough.
    for (const paragraph of doc.paragraphs) {
      if (!w.named.test(doc.slice(paragraph))) continue;
      for (const rule of r.statements) {
        const counted = rule.set.statement === 'counted';
        for (const m of scan(rule, doc.text, paragraph)) {
          const count = counted ? readCount(m.groups.count, m.groups.unit, ctx.vocabulary) : null;
          if (count === undefined) continue;
          if (counted && !m.groups.unit && !m.groups.strategic && !policyArticle) continue;
          found.push({ start: m.start, end: m.end, count, plural: Boolean(m.groups.plural), rule });
        }
      }
    }
    found.sort((a, b) => a.start - b.start || (b.count ?? 0) - (a.count ?? 0));
    // `3 khâu đột phá` is read by both rules: the counted reading wins (a
    // reading overlapped by an earlier one is dropped).
    let reach = -1;
    const mentions = found.filter((f) => {
      const free = f.start >= reach;
      reach = Math.max(reach, f.end);
      return free;
    });
    const statements: Statement[] = [];
    const isSport = onceEach<Sentence>(doc, (words) => anyMatch(r.sport, words));
    const marks = new StretchMatches(doc, w.marks.marks);
    // The start of the next counted mention after each one (read backwards once).
    const nextCountedAt: number[] = [];
    for (let i = mentions.length - 1, at = doc.text.length; i >= 0; i--) {
      nextCountedAt[i] = at;
      if (mentions[i].count !== null) at = mentions[i].start;
    }
    let listed = -1;
    mentions.forEach((f, i) => {
      const s = doc.sentenceAt(f.start);
      if (isSport(s)) return;
      // An uncounted mention inside the list of a statement before it (`Khâu đột phá thứ hai: …`) is part of that list.
      if (f.count === null && f.start < listed) return;
      const next = mentions[i + 1]?.start ?? doc.text.length;
      const list = listAfter(doc, f, next, nextCountedAt[i], marks, w);
      // An uncounted mention is a statement only when it lists the breakthroughs (a singular one, its one).
      if (f.count === null && list.items.length < (f.plural ? 2 : 1)) return;
      const span = { start: f.start, end: Math.max(f.end, list.end) };
      if (list.items.length > 0) listed = Math.max(listed, span.end);
      statements.push({ count: f.count, items: list.items, span, rule: f.rule, national: isNational(doc, f, w) });
    });
    const out: Found<Breakthrough>[] = mergeStatements(statements).map((s) => ({
      fact: { count: s.count, items: s.items },
      span: s.span,
      rule: s.rule.id,
      confidence: s.rule.confidence,
    }));
    return out;
  },
};
