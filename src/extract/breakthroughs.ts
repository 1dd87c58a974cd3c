/**
 * Breakthroughs: each statement of a set of strategic breakthroughs, with the
 * number the text states and the breakthroughs themselves when it lists them.
 *
 * The rules find the statements (`3 khâu đột phá`, `các khâu đột phá`). This
 * module reads the count, looks for the list the statement introduces (`: …`,
 * `gồm …`, `là …`, a following `Trong đó, …` or numbered paragraphs), splits
 * it into items and merges the statements of one set.
 */
import { scan, type CompiledRule } from '../rules/compiled.js';
import { parseDecimal, parseNumberWords } from '../tokenize/numbers.js';
import type { Doc, Extractor, Found, Span } from '../types.js';
import type { FactOf } from '../schema.js';
import { isPhotoCaption } from './captions.js';

type Breakthrough = FactOf<'breakthroughs'>;

interface Statement {
  count: number | null;
  items: string[];
  span: Span;
  rule: CompiledRule;
}

const BREAKTHROUGH_WORD = /đột +phá/i;
/** Literal test before BREAKTHROUGH_WORD: `indexOf` skips the many articles without the word at a fraction of a case-blind regex's cost. */
const mayNameBreakthrough = (text: string): boolean =>
  text.indexOf('ột phá') >= 0 || text.indexOf('ỘT PHÁ') >= 0 || text.indexOf('ột  phá') >= 0 || text.indexOf('ỘT  PHÁ') >= 0;

/** The article is about policy or the Party, not sport or entertainment. Needed only for a bare `3 đột phá`; `3 khâu đột phá`, `đột phá chiến lược` say it themselves. */
const POLICY_CONTEXT = /Đảng|Nghị quyết|nhiệm kỳ|Đại hội|Tỉnh ủy|Thành ủy|Huyện ủy|kinh tế - xã hội|Chính phủ/i;
const SPORT_CONTEXT = /bóng đá|cầu thủ|tiền đạo|tiền vệ|hậu vệ|thủ môn|vòng cấm|ghi bàn|trận đấu|SEA Games|HLV|huấn luyện viên|ca sĩ|phim|khán giả/i;

/** Where the statement hands over to its list: `:`, `gồm`, `là`, `liên quan đến`. */
const INTRODUCER = /:|(?<![\p{L}\p{N}])(?:bao gồm|gồm có|gồm|là|liên quan đến|như sau|cụ thể)(?![\p{L}\p{N}])/u;
/** `3 đột phá chiến lược về thể chế, hạ tầng và nhân lực`: read as a list only when it yields the count. */
const ABOUT = /(?<![\p{L}\p{N}])(?:về|tập trung vào)(?![\p{L}\p{N}])/u;

/** A `Trong đó, …` clause that may spell out the counted set (seed-004 style). */
const IN_WHICH = /^[ ,.]*trong đó[ ,:]*/i;

/** The ordinals of a list: `nhất, hai, ba…` after `Thứ`, `Một, Hai…` before `là`. */
const ORDINAL = '(?:nhất|hai|ba|tư|năm|sáu|bảy|tám)';
const CARDINAL_UPPER = '(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám)';
const CARDINAL_LOWER = '(?:một|hai|ba|bốn|năm|sáu|bảy|tám)';

/**
 * Markers that number the items of a list wherever they stand: `Thứ nhất,`,
 * `Thứ nhất là`, `Đột phá thứ nhất:`, `Một là,`, `(1)`, `(i)`, `1.`, `1)`, `1/`, `1-`, `a)`,
 * and a bullet `•`, which a scraper may leave inside a list flattened into one line.
 */
const INLINE_MARK =
  `(?:(?:Khâu|Nhiệm vụ) đột phá|Đột phá) thứ ${ORDINAL}(?: là)?|Thứ ${ORDINAL}(?: là)?|${CARDINAL_UPPER} là|` +
  String.raw`\(\d{1,2}\)|\((?:i|ii|iii|iv|v|vi|vii)\)|\d{1,2}[.)/-](?= )|[a-hA-H]\)(?= )|•(?= )`;
/** Markers that number a list only at the start of a paragraph: `- `, `+ `, `• `, `a. `. */
const PARAGRAPH_MARK = String.raw`[-+•*](?= )|[a-h]\.(?= )`;

/**
 * The markers of a list inside running text, after a space or a clause end;
 * lower-case `một là, …; hai là, …` and `thứ nhất` only after `:` or `;`.
 */
export const NUMBERING = new RegExp(
  String.raw`(?:(?:^|(?<=[\s;:.]))(?:${INLINE_MARK})|(?<=[:;]\s{0,3})(?:thứ ${ORDINAL}(?: là)?|${CARDINAL_LOWER} là))[,:.]?\s+`,
  'gu',
);

/** An item's own marker at its start (inline or paragraph marker). */
export const LEADING_MARK = new RegExp(String.raw`^\s*(?:${INLINE_MARK}|thứ ${ORDINAL}(?: là)?|${CARDINAL_LOWER} là|${PARAGRAPH_MARK})[,:.]?\s+`, 'u');

/** A paragraph that is an item of a marked list. */
export const ITEM_MARK = new RegExp(String.raw`^\s*(?:${INLINE_MARK}|${PARAGRAPH_MARK})[,:.]?\s`, 'u');

/** The end of a sentence inside an item (`. ` before a capital or a digit). */
const SENTENCE_END = /[.!?…]["')]*(?=\s+["'(]?[\p{Lu}\d])/u;

function readCount(raw: string | undefined, unit: string | undefined): number | null | undefined {
  if (!raw) return null;
  const n = parseDecimal(raw) ?? parseNumberWords(raw);
  if (n === null || !Number.isInteger(n) || n < 1 || n > 20) return undefined;
  const word = raw.trim().toLowerCase();
  // `một đột phá (quan trọng)` is rhetoric; `năm đột phá` is "a year of breakthrough".
  if (word === 'một' || (word === 'năm' && !unit)) return undefined;
  return n;
}

/** An item as written, without its marker, a leading `Trong đó,` and final punctuation. */
function cleanItem(raw: string): string {
  return raw
    .replace(LEADING_MARK, '')
    .replace(/^[\s:,;.-]+/, '')
    .replace(IN_WHICH, '')
    // Final punctuation, and the marker of the next paragraph item (`…;\n- Thứ hai: …`).
    .replace(/[\s.;,…:+•*-]+$/, '')
    .trim();
}

const nonEmpty = (xs: string[]) => xs.map(cleanItem).filter((x) => x.length > 0);

function splitNumbered(text: string): string[] {
  const marks = [...text.matchAll(NUMBERING)];
  if (marks.length < 2) return [];
  return nonEmpty(endLastItem(marks.map((m, i) => text.slice(m.index, marks[i + 1]?.index ?? text.length))));
}

const isOneSentence = (item: string) => !SENTENCE_END.test(item.replace(LEADING_MARK, '').trimEnd());

/**
 * `Thứ nhất, A. Thứ hai, B. Thứ ba, C. Đại hội cũng …`: when every other item
 * is one sentence, the last one ends at its own sentence end and what follows
 * is the article going on.
 */
function endLastItem(items: string[]): string[] {
  const last = items[items.length - 1];
  if (!items.slice(0, -1).every(isOneSentence)) return items;
  const body = last.replace(LEADING_MARK, '');
  const end = SENTENCE_END.exec(body);
  return end ? [...items.slice(0, -1), last.slice(0, last.length - body.length + end.index + end[0].length)] : items;
}

function splitSentences(doc: Doc, span: Span): string[] {
  return nonEmpty(
    doc.sentences
      .filter((s) => s.end > span.start && s.start < span.end)
      .map((s) => doc.text.slice(Math.max(s.start, span.start), Math.min(s.end, span.end))),
  );
}

/** `A, B và C` (only used when it yields the stated count). */
function splitEnumeration(text: string): string[] {
  return nonEmpty(text.replace(/[.…]+\s*$/, '').split(/,\s+|\s+và\s+/));
}

/**
 * Candidate splits of a list, in order of preference. With a stated count the
 * first that yields it wins; without one, the first with two or more items.
 */
function chooseItems(candidates: string[][], count: number | null): string[] {
  if (count !== null) {
    const exact = candidates.find((c) => c.length === count);
    if (exact) return exact;
    return [];
  }
  return candidates.find((c) => c.length >= 2) ?? [];
}

/** An unmarked paragraph short enough to be one item of an uncounted list: one sentence. */
const isItemParagraph = (text: string) => text.length <= 250 && isOneSentence(text);

/**
 * The paragraphs a `…đột phá:` paragraph introduces: the run of marked ones
 * (`- …`, `1. …`, `Thứ nhất, …`), or, unmarked, as many as the stated count
 * (without a count, the run of one-sentence paragraphs).
 */
function followingParagraphs(doc: Doc, index: number, count: number | null): Span[] {
  const out: Span[] = [];
  const next = doc.paragraphs.slice(index + 1, index + 3).find((p) => !isPhotoCaption(doc.slice(p)));
  if (!next) return out;
  const marked = ITEM_MARK.test(doc.slice(next));
  const max = count ?? 10;
  for (let i = index + 1; i < doc.paragraphs.length && out.length < max; i++) {
    const p = doc.paragraphs[i];
    if (isPhotoCaption(doc.slice(p))) continue;
    if (marked && !ITEM_MARK.test(doc.slice(p))) break;
    if (!marked && count === null && !isItemParagraph(doc.slice(p))) break;
    out.push(p);
  }
  return out;
}

/** The items of the paragraphs a statement's paragraph introduces, and where they end. */
function paragraphList(doc: Doc, index: number, count: number | null): { items: string[]; end: number } | null {
  const paras = followingParagraphs(doc, index, count);
  const texts = paras.map((p) => doc.slice(p));
  const items = chooseItems([splitNumbered(texts.join('\n')), nonEmpty(texts)], count);
  return items.length ? { items, end: paras[Math.min(items.length, paras.length) - 1].end } : null;
}

/**
 * A numbered list with no introducer after a counted statement's sentence:
 * `… ba khâu đột phá. Thứ nhất, A. Thứ hai, B.` in the rest of the paragraph,
 * or marked paragraphs right after it. Accepted only when it yields the count.
 */
function numberedListAfter(doc: Doc, sentenceEnd: number, count: number): { items: string[]; end: number } | null {
  const paragraph = doc.paragraphAt(sentenceEnd);
  const rest = doc.text.slice(sentenceEnd, paragraph.end);
  if (rest.trim()) {
    if (!LEADING_MARK.test(rest)) return null;
    const items = splitNumbered(rest);
    return items.length === count ? { items, end: paragraph.end } : null;
  }
  const next = doc.paragraphs[paragraph.index + 1];
  if (!next || !ITEM_MARK.test(doc.slice(next))) return null;
  return paragraphList(doc, paragraph.index, count);
}

/** The list a statement introduces, split into items, and where it ends. */
function listAfter(doc: Doc, end: number, count: number | null, nextStatement: number): { items: string[]; end: number } {
  const text = doc.text;
  const sentence = doc.sentenceAt(end);
  const paragraph = doc.paragraphAt(end);
  // The introducer belongs to the statement's own clause: before any `;`, the sentence end or the next statement.
  const clauseEnd = Math.min(sentence.end, nextStatement, end + 120);
  const clause = text.slice(end, clauseEnd);
  const semi = clause.indexOf(';');
  const own = semi >= 0 ? clause.slice(0, semi) : clause;
  const intro = INTRODUCER.exec(own) ?? (count !== null ? ABOUT.exec(own) : null);
  if (intro) {
    const from = end + intro.index + intro[0].length;
    const rest: Span = { start: from, end: paragraph.end };
    if (/^[\s:.,-]*$/.test(text.slice(from, paragraph.end))) {
      // `… 3 khâu đột phá:` (or `… là:`) ends its paragraph: the items are the paragraphs after it.
      const list = paragraphList(doc, paragraph.index, count);
      if (list) return list;
    }
    const firstSentence: Span = { start: from, end: doc.sentenceAt(from).end };
    const restText = text.slice(rest.start, rest.end);
    const firstText = text.slice(firstSentence.start, firstSentence.end);
    const sentences = splitSentences(doc, rest);
    const candidates = [
      splitNumbered(restText),
      nonEmpty(firstText.split(';')),
      nonEmpty(restText.split(';')),
      count !== null && sentences.length >= count ? sentences.slice(0, count) : sentences,
      count !== null ? splitEnumeration(firstText) : [],
    ];
    const items = chooseItems(candidates, count);
    if (items.length) return { items, end: items === candidates[1] || items === candidates[4] ? firstSentence.end : rest.end };
  }
  if (count !== null && sentence.end <= clauseEnd) {
    const numbered = numberedListAfter(doc, sentence.end, count);
    if (numbered) return numbered;
  }
  // `3 khâu đột phá. Trong đó, A; B; C.`: accepted only when the `;` parts give the count.
  if (count !== null) {
    const next = doc.sentences[sentence.index + 1];
    const starts = [
      ...[...text.slice(end, sentence.end).matchAll(/,\s*(?=trong đó)/gi)].map((m) => end + m.index + m[0].length),
      ...(next && next.paragraph === sentence.paragraph ? [next.start] : []),
    ];
    for (const at of starts) {
      if (!IN_WHICH.test(text.slice(at, at + 12))) continue;
      const s = doc.sentenceAt(at);
      const parts = nonEmpty(text.slice(at, s.end).split(';'));
      if (parts.length === count) return { items: parts, end: s.end };
    }
  }
  return { items: [], end };
}

const syllables = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Share of the items of `a` that reappear (half their syllables) in `b`. */
function itemsOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 1;
  const bWords = new Set(b.flatMap(syllables));
  const hits = a.filter((item) => {
    const w = syllables(item);
    return w.filter((x) => bWords.has(x)).length >= w.length / 2;
  });
  return hits.length / a.length;
}

/**
 * Two statements of one set (`3 nhiệm vụ đột phá` in a heading and `Ba nhiệm vụ
 * đột phá` in the body) are one group: same count, or a listed uncounted set whose
 * items are those of a counted one, and lists that do not disagree.
 */
function mergeStatements(statements: Statement[]): Statement[] {
  const groups: Statement[] = [];
  for (const s of statements) {
    const g = groups.find(
      (x) =>
        (x.count === s.count || (x.count === null) !== (s.count === null)) &&
        itemsOverlap(x.items, s.items) >= 0.5 &&
        (x.count === s.count || (x.items.length > 0 && s.items.length > 0)),
    );
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

export const breakthroughs: Extractor<'breakthroughs'> = {
  key: 'breakthroughs',
  ruleFile: 'breakthroughs',
  extract(doc, rules) {
    if (!mayNameBreakthrough(doc.text) || !BREAKTHROUGH_WORD.test(doc.text)) return [];
    const policyArticle = POLICY_CONTEXT.test(doc.text);
    const found: { start: number; end: number; count: number | null; rule: CompiledRule }[] = [];
    // A statement lies inside one paragraph: the rules run only over the paragraphs that name a breakthrough.
    for (const paragraph of doc.paragraphs) {
      if (!BREAKTHROUGH_WORD.test(doc.slice(paragraph))) continue;
      for (const rule of rules) {
        for (const m of scan(rule, doc.text, paragraph)) {
          const count = rule.name === 'counted-breakthroughs' ? readCount(m.groups.count, m.groups.unit) : null;
          if (count === undefined) continue;
          if (rule.name === 'counted-breakthroughs' && !m.groups.unit && !m.groups.strategic && !policyArticle) continue;
          found.push({ start: m.start, end: m.end, count, rule });
        }
      }
    }
    found.sort((a, b) => a.start - b.start || (b.count ?? 0) - (a.count ?? 0));
    // `3 khâu đột phá` is read by both rules: the counted reading wins.
    const mentions = found.filter((f, i) => !found.slice(0, i).some((g) => g.start < f.end && f.start < g.end));
    const statements: Statement[] = [];
    mentions.forEach((f, i) => {
      const s = doc.sentenceAt(f.start);
      if (SPORT_CONTEXT.test(doc.text.slice(s.start, s.end))) return;
      const next = mentions[i + 1]?.start ?? doc.text.length;
      const list = listAfter(doc, f.end, f.count, next);
      // An uncounted mention is a statement only when it lists the breakthroughs.
      if (f.count === null && list.items.length < 2) return;
      statements.push({ count: f.count, items: list.items, span: { start: f.start, end: Math.max(f.end, list.end) }, rule: f.rule });
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
