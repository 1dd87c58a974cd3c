/**
 * Article rules of `vnextract check` (see `../rule.ts`): facts that
 * contradict themselves or the calendar.
 *
 * Three of them run during extraction already (src/check/*.ts and the
 * congresses extractor: consistency/delegates-members, consistency/range-order,
 * consistency/congress-terms) and leave a message in `article.messages`. The
 * rules of those ids re-emit those messages at their place, so that `check`
 * reports each once, with the rule's configured severity: `check` reports the
 * messages whose ids are in FROM_EXTRACTION only through these rules.
 * consistency/range-order also reads the written form (a backwards range the
 * dates extractor drops or reads as single days).
 *
 * The others read the extracted facts (breakthroughs, congresses, dates) or
 * the written form of what the extractors do not read at all (a backwards
 * term, a backwards percentage range): see `../written-ranges.ts`.
 */
import { isoBounds } from '../../check/range-order.js';
import type { Message } from '../../schema.js';
import type { Found, Span } from '../../types.js';
import type { ArticleLintContext, ArticleRule, Place, Report } from '../rule.js';
import {
  isoOf,
  writtenBackwards,
  writtenDateRanges,
  writtenPercentRanges,
  writtenTerms,
} from '../written-ranges.js';

/** Ids of the checks that run during extraction, whose messages the rules below re-emit. */
export const FROM_EXTRACTION: readonly string[] = ['consistency/delegates-members', 'consistency/range-order', 'consistency/congress-terms'];

// ------------------------------------------------------------------ helpers

/** The original offset of a message's line and column (lines end at LF, CRLF or a lone CR, as SourceMap counts them). */
function offsetOf(original: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const lf = original.indexOf('\n', at);
    const cr = original.indexOf('\r', at);
    const next = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    if (next < 0) return original.length;
    at = next + (original[next] === '\r' && original[next + 1] === '\n' ? 2 : 1);
  }
  return Math.min(original.length, at + column - 1);
}

/**
 * The messages of one extraction check, each at its place: the span of the
 * fact it was reported at when one of `facts` starts there, else the point.
 */
function fromMessages(ctx: ArticleLintContext, id: string, facts: readonly Found<unknown>[], report: Report, skip?: (start: number) => boolean): void {
  for (const m of ctx.article.messages as Message[]) {
    if (m.ruleId !== id) continue;
    if (m.line === null || m.column === null) {
      report(m.reason, null);
      continue;
    }
    const start = offsetOf(ctx.original, m.line, m.column);
    if (skip?.(start)) continue;
    const fact = facts.find((f) => ctx.map.toOriginal(f.span.start) === start);
    report(m.reason, { original: { start, end: fact ? ctx.map.toOriginalEnd(fact.span.end) : start } });
  }
}

const at = (span: Span): Place => ({ text: span });

/** Per-article memo of a scan that two rules read (the runner calls the rules one after the other on one context). */
function memo<T>(scan: (text: string) => T): (ctx: ArticleLintContext) => T {
  let last: ArticleLintContext | null = null;
  let value: T;
  return (ctx) => {
    if (ctx !== last) {
      value = scan(ctx.text);
      last = ctx;
    }
    return value;
  };
}

const termsOf = memo(writtenTerms);

const ROMAN: readonly [number, string][] = [
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
const roman = (n: number): string => {
  let out = '';
  for (const [v, r] of ROMAN) for (; n >= v; n -= v) out += r;
  return out;
};

const dayNumberOf = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

// ------------------------------------------------------------------ breakthroughs

/**
 * The numbering of a list: `thứ nhất`… `thứ tám`, `một là`… `tám là`, `(1)`… A
 * breakthrough list so numbered says how many items it has, whatever the
 * extractor (which only keeps a split that yields the stated count) made of it.
 * @bounded run only on the LIST_REACH characters after a counted statement
 */
const LIST_MARK = /(?<![\p{L}\p{M}])(?:thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám)|(một|hai|ba|bốn|năm|sáu|bảy|tám) là|\((\d{1,2})\))(?![\p{L}\p{M}\d])/giu;
const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám'];
const CARDINAL_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám'];
/** How far after a counted statement its numbered list is read, and how far its first item may be. */
const LIST_REACH = 3000;
const FIRST_ITEM_REACH = 300;

/** The items of the numbered list right after `from` (its first item within FIRST_ITEM_REACH): the number of the last in sequence, and the words of the first and last markers. */
function numberedList(text: string, from: number, to: number): { count: number; first: string; last: string } | null {
  const piece = text.slice(from, Math.min(to, from + LIST_REACH));
  let style = '';
  let count = 0;
  let first = '';
  let last = '';
  LIST_MARK.lastIndex = 0;
  for (let m = LIST_MARK.exec(piece); m; m = LIST_MARK.exec(piece)) {
    const [kind, n] = m[1] ? ['thứ', ORDINAL_WORDS.indexOf(m[1].toLowerCase()) + 1] : m[2] ? ['là', CARDINAL_WORDS.indexOf(m[2].toLowerCase()) + 1] : ['()', Number(m[3])];
    if (count === 0) {
      if (m.index > FIRST_ITEM_REACH) return null;
      if (n !== 1) continue;
      style = kind as string;
      count = 1;
      first = m[0];
    } else if (kind === style) {
      // The next number goes on; any other (a new list's first, a repeat) ends it.
      if (n !== count + 1) break;
      count = n as number;
    } else continue;
    last = m[0];
  }
  return count >= 2 ? { count, first, last } : null;
}

const breakthroughCount: ArticleRule = {
  id: 'consistency/breakthrough-count',
  severity: 'warning',
  meaning: 'A statement of breakthroughs gives a number that differs from the breakthroughs it lists (as extracted, or as its list numbers them: Thứ nhất … Thứ tư).',
  fix: 'Compare the list with the number: restore a missing item, split two run together, or correct the number.',
  check(ctx, report) {
    const list = ctx.found.breakthroughs ?? [];
    list.forEach((b, i) => {
      const { count, items } = b.fact;
      if (count === null) return;
      if (items.length > 0 && items.length !== count) {
        report(`${count} breakthroughs stated, ${items.length} listed: restore the missing item or correct the number (or the list's numbering, if two items run together)`, at(b.span));
        return;
      }
      // No split yields the number: the list as numbered (from the statement, whose span may hold its list), up to the next statement.
      if (items.length > 0) return;
      const next = list[i + 1]?.span.start ?? ctx.text.length;
      const numbered = numberedList(ctx.text, b.span.start, next);
      if (numbered && numbered.count !== count) {
        report(
          `${count} breakthroughs stated, ${numbered.count} numbered in the list that follows (${numbered.first} … ${numbered.last}): restore the missing item or correct the number`,
          at(b.span),
        );
      }
    });
  },
};

// ------------------------------------------------------------------ terms

const termOrder: ArticleRule = {
  id: 'consistency/term-order',
  severity: 'error',
  meaning: 'A term or period (`nhiệm kỳ`, `giai đoạn`, `thời kỳ`) whose end year is not after its start year.',
  fix: 'Write the earlier year first (`nhiệm kỳ 2020-2025`), or correct the year that is wrong.',
  check(ctx, report) {
    for (const t of termsOf(ctx)) {
      if (t.to > t.from) continue;
      const what = t.to === t.from ? 'starts and ends in the same year' : 'runs backwards';
      const fix = t.to === t.from ? 'correct the year that is wrong' : `write the earlier year first: ${t.to}-${t.from}`;
      report(`${t.word} ${what}: ${t.from}-${t.to} (${fix})`, at(t.span));
    }
  },
};

/** Words of a Party organisation or congress in the sentence of a term. @bounded run only on one sentence */
const PARTY_CUE = /(?<![\p{L}\p{M}])(?:đảng|đại hội|cấp ủy|cấp uỷ|ban chấp hành|ban thường vụ|(?:tỉnh|thành|huyện|quận|thị|đảng) ủy|(?:tỉnh|thành|huyện|quận|thị|đảng) uỷ)(?![\p{L}\p{M}])/iu;
/**
 * Organisations with other terms in the sentence of a term: a chi bộ meets
 * twice a term, Đoàn and many associations have terms of 2.5 years, boards of
 * companies 3. Case matters: `Đoàn` is the Youth Union, `đoàn kết` is not.
 * @bounded run only on one sentence
 */
const OTHER_BODY =
  /(?<![\p{L}\p{M}])(?:[Cc]hi bộ|CHI BỘ|Đoàn|ĐOÀN|[Cc]hi đoàn|[Hh]ội (?:đồng|[Nn]ông|[Ll]iên|[Cc]ựu|[Pp]hụ|[Kk]huyến|[Dd]oanh|[Ll]uật|[Nn]hà|[Cc]hữ|[Nn]gười|[Ss]inh)|HĐQT|HĐND|[Qq]uốc hội|[Cc]ông đoàn|[Bb]an kiểm soát|[Cc]ổ đông|[Mm]ặt trận)(?![\p{L}\p{M}])/u;
/** A number of terms before the word: `hai nhiệm kỳ 2010-2020`, `các nhiệm kỳ`. @bounded run only on the 12 characters before a term */
const SEVERAL_TERMS = /(?<![\p{L}\p{M}])(?:\d+|hai|ba|bốn|các|những|mấy|nhiều|qua)[ ]+$/iu;

/** The usual length of a Party term. */
const TERM_YEARS = 5;

const termLength: ArticleRule = {
  id: 'consistency/term-length',
  severity: 'warning',
  meaning: `A Party congress term (\`nhiệm kỳ\`) that is not ${TERM_YEARS} years long.`,
  fix: `Correct the year that is wrong (\`nhiệm kỳ 2020-2025\`); a term of another body (a chi bộ, the Youth Union, a company board) may differ: turn the rule off for such corpora.`,
  check(ctx, report) {
    const { doc } = ctx;
    if (!doc) return;
    for (const t of termsOf(ctx)) {
      if (t.word !== 'nhiệm kỳ' || t.to <= t.from || t.to - t.from === TERM_YEARS) continue;
      if (SEVERAL_TERMS.test(ctx.text.slice(Math.max(0, t.wordStart - 12), t.wordStart))) continue;
      const s = doc.sentenceAt(t.wordStart);
      const sentence = ctx.text.slice(s.start, s.end);
      if (!PARTY_CUE.test(sentence) || OTHER_BODY.test(sentence)) continue;
      report(
        `term ${t.from}-${t.to} is ${t.to - t.from} years, not ${TERM_YEARS}: check its years (${t.from}-${t.from + TERM_YEARS} or ${t.to - TERM_YEARS}-${t.to}?)`,
        at(t.span),
      );
    }
  },
};

// ------------------------------------------------------------------ dates

const rangeOrder: ArticleRule = {
  id: 'consistency/range-order',
  severity: 'error',
  meaning: 'A date range whose end comes before its start, as read or as written (`từ ngày 17 - 15/10/2020`, `từ 20/10/2020 đến 18/10/2020`).',
  fix: 'Write the earlier date first, or correct the day, month or year that is wrong.',
  check(ctx, report) {
    const written = writtenDateRanges(ctx.text).filter(writtenBackwards);
    const starts = written.map((r) => [ctx.map.toOriginal(r.span.start), ctx.map.toOriginalEnd(r.span.end)] as const);
    // A range the reading kept and the extraction check reported: once, at the fact.
    fromMessages(ctx, 'consistency/range-order', ctx.found.dates ?? [], report);
    const reported = new Set(
      (ctx.article.messages as Message[]).flatMap((m) => (m.ruleId === 'consistency/range-order' && m.line !== null && m.column !== null ? [offsetOf(ctx.original, m.line, m.column)] : [])),
    );
    written.forEach((r, i) => {
      const [s, e] = starts[i];
      for (const o of reported) if (o >= s && o < e) return;
      const words = ctx.text.slice(r.span.start, r.span.end);
      report(`date range runs backwards: ${words} reads ${isoOf(r.from)} to ${isoOf(r.to)} (write the earlier date first, or correct the day, month or year)`, at(r.span));
    });
  },
};

/** A future congress: announced, planned, prepared. @bounded run only on one sentence */
const FUTURE_CUE =
  /(?<![\p{L}\p{M}])(?:sẽ|dự kiến|kế hoạch|chuẩn bị|tiến tới|hướng tới|triệu tập|dự định|sắp|chào mừng|thông báo|lịch|hoãn|lùi)(?![\p{L}\p{M}])/iu;
/** A deadline before the date: `đến ngày`, `trước ngày`, `hết ngày`, `chậm nhất`. @bounded run only on the 24 characters before a date */
const DEADLINE_BEFORE = /(?<![\p{L}\p{M}])(?:đến|trước|hết|chậm nhất|hạn|từ nay đến)(?:[ ]+(?:hết|ngày|hôm))*[ ]*$/iu;
/** A congress in the sentence: `Đại hội`. @bounded run only on one sentence */
const CONGRESS_WORD = /(?<![\p{L}\p{M}])đại hội(?![\p{L}\p{M}])/iu;

/** How far after the dateline a congress date may be before it is suspicious: the time an article may take to appear after its event is written up. */
const DATELINE_SLACK_DAYS = 31;

const congressAfterDateline: ArticleRule = {
  id: 'consistency/congress-after-dateline',
  severity: 'warning',
  meaning: `A congress date, written with its year, more than ${DATELINE_SLACK_DAYS} days after the article's own dateline, where the article does not announce it as future.`,
  fix: 'Check the year of the congress date and of the dateline; an announcement of a future congress should say so (`sẽ`, `dự kiến`).',
  check(ctx, report) {
    const published = ctx.article.published?.value;
    const { doc } = ctx;
    if (!published || !doc) return;
    const dateline = dayNumberOf(published);
    for (const d of ctx.found.dates ?? []) {
      if (d.fact.yearImplied) continue;
      const bounds = isoBounds(d.fact.value.split('/')[0]);
      if (!bounds || bounds.yearless || bounds.first - dateline <= DATELINE_SLACK_DAYS) continue;
      const s = doc.sentenceAt(d.span.start);
      const sentence = ctx.text.slice(s.start, s.end);
      if (!CONGRESS_WORD.test(sentence) || FUTURE_CUE.test(sentence)) continue;
      if (DEADLINE_BEFORE.test(ctx.text.slice(Math.max(s.start, d.span.start - 24), d.span.start))) continue;
      const days = bounds.first - dateline;
      report(
        `congress date ${d.fact.value} is ${days} days after the article's dateline ${published}: check the year of the date or of the dateline (a future congress should be announced as one: 'sẽ', 'dự kiến')`,
        at(d.span),
      );
    }
  },
};

// ------------------------------------------------------------------ counts

const delegatesMembers: ArticleRule = {
  id: 'consistency/delegates-members',
  severity: 'error',
  meaning: 'More delegates than the party members they stand for.',
  fix: 'Check both numbers against the source: a digit lost from the members, or a subgroup of members read as their total.',
  check(ctx, report) {
    fromMessages(ctx, 'consistency/delegates-members', ctx.found.counts ?? [], report);
  },
};

// ------------------------------------------------------------------ congresses

const congressTerms: ArticleRule = {
  id: 'consistency/congress-terms',
  severity: 'warning',
  meaning: 'One congress written with two different terms.',
  fix: 'Correct the term that is wrong: a congress has one term.',
  check(ctx, report) {
    fromMessages(ctx, 'consistency/congress-terms', ctx.found.congresses ?? [], report);
  },
};

const foldBody = (b: string) => b.toLowerCase().replace(/\s+/g, ' ').trim();
/** One body written in full and shorter (`tỉnh Bến Tre` and `tỉnh`): one is the other, or begins it before a space or comma. */
const sameBody = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || (long.startsWith(short) && (long[short.length] === ' ' || long[short.length] === ','));
};

/** A body with a name: a capital letter. */
const NAMED = /\p{Lu}/u;

const congressOrdinals: ArticleRule = {
  id: 'consistency/congress-ordinals',
  severity: 'warning',
  meaning:
    "Two ordinals for one local body's congress that are not consecutive (a congress and the previous one it reviews are: XX and XXI), outside its founding congress (lần thứ I).",
  fix: 'Correct the ordinal that is wrong (a Roman numeral mistyped: XVI for XIV).',
  check(ctx, report) {
    // A bare unit (`huyện`) may be any district the article names: only bodies with a name (a capital) are compared.
    const list = (ctx.found.congresses ?? []).filter((c) => c.fact.body !== null && c.fact.body !== 'toàn quốc' && NAMED.test(c.fact.body) && c.fact.ordinal > 1);
    if (list.length < 2) return;
    const bodies = list.map((c) => foldBody(c.fact.body!));
    // Few congresses per article: each against the others.
    list.forEach((c, i) => {
      const same = list.filter((_o, j) => j !== i && sameBody(bodies[i], bodies[j]));
      if (same.length === 0) return;
      // Numbered one apart from another of its body: the previous or the next congress.
      if (same.some((o) => Math.abs(o.fact.ordinal - c.fact.ordinal) <= 1)) return;
      // Reported at the later mention of each pair, once.
      const earlier = same.filter((o) => o.span.start < c.span.start);
      if (earlier.length === 0) return;
      const o = earlier[0];
      const line = ctx.map.lineColumn(ctx.map.toOriginal(o.span.start)).line;
      report(
        `the congress of ${c.fact.body} is numbered ${roman(c.fact.ordinal)} (${c.fact.ordinal}) here and ${roman(o.fact.ordinal)} (${o.fact.ordinal}) at line ${line}: correct the ordinal that is wrong`,
        at(c.span),
      );
    });
  },
};

// ------------------------------------------------------------------ targets

/** Words of a goal in the sentence of a range. @bounded run only on one sentence */
const TARGET_CUE =
  /(?<![\p{L}\p{M}])(?:phấn đấu|chỉ tiêu|mục tiêu|đến năm|kế hoạch|định hướng|tăng trưởng|bình quân|tỷ lệ|tỉ lệ|đạt|giảm|tăng)(?![\p{L}\p{M}])/iu;

/** A fall from one rate to another: `giảm từ`, `hạ từ`. @bounded run only on the 16 characters before a range */
const FALL_FROM = /(?<![\p{L}\p{M}])(?:giảm|hạ|xuống)[ ]+(?:từ|còn từ)[ ]+$/iu;

const targetRangeOrder: ArticleRule = {
  id: 'consistency/target-range-order',
  severity: 'error',
  meaning: 'A range of percentages in a goal written with the larger number first (`12 - 10%`), which the targets reader cannot read.',
  fix: 'Write the smaller number first (`10 - 12%`), or correct the number that is wrong.',
  check(ctx, report) {
    const { doc } = ctx;
    if (!doc) return;
    for (const r of writtenPercentRanges(ctx.text)) {
      if (r.to >= r.from) continue;
      // `giảm từ 4,5% - 2,1%`: a fall from one rate to the other, each with its sign, not a range.
      if (r.bothMarked && FALL_FROM.test(ctx.text.slice(Math.max(0, r.span.start - 16), r.span.start))) continue;
      const s = doc.sentenceAt(r.span.start);
      if (!TARGET_CUE.test(ctx.text.slice(s.start, s.end))) continue;
      report(`target range runs backwards: ${r.fromText} - ${r.toText}% (write the smaller number first: ${r.toText} - ${r.fromText}%)`, at(r.span));
    }
  },
};

export const FACTS_RULES: readonly ArticleRule[] = [
  breakthroughCount,
  termOrder,
  termLength,
  rangeOrder,
  congressAfterDateline,
  delegatesMembers,
  congressTerms,
  congressOrdinals,
  targetRangeOrder,
];
