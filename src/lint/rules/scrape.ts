/**
 * Scrape damage: an article with no text or too little, no dateline, text
 * cut mid-sentence, a paragraph read twice, boilerplate the normaliser did
 * not blank. The rules read the normalised text's paragraphs (one a line;
 * the scraper's header lines and the widget lines the normaliser blanks are
 * no paragraphs). The words they look for are in `../damage-words.ts`.
 */
import { TextDoc } from '../../tokenize/doc.js';
import type { Paragraph, Span } from '../../types.js';
import { BOILERPLATE_LINES, BOILERPLATE_MAX_LENGTH, DANGLING_WORDS, ENDING_LINE_STARTS } from '../damage-words.js';
import type { ArticleLintContext, ArticleRule } from '../rule.js';

/**
 * Fewer words than this is a nearly empty article. The shortest articles of
 * the corpora run 81 words (news, bylines included) and 173 (dev); a title
 * and a lede alone run 30–50: what a scrape that lost the body keeps.
 */
export const SHORT_WORDS = 60;
/** A paragraph of text (not a caption, a byline or a heading) has at least these words. */
const BODY_WORDS = 12;
/** A line that starts like a byline or a source line (`Theo …`, `Địa chỉ: …`) is one when shorter than this; longer, it is text (`Theo ông A, …`). */
const LONG_WORDS = 25;
/** A repeated paragraph matters from this many words (a title repeated as a caption is shorter). */
const REPEAT_WORDS = 15;

const paragraphsOf = (ctx: ArticleLintContext): readonly Paragraph[] => (ctx.doc ?? new TextDoc(ctx.text)).paragraphs;

/**
 * Spans of the last `cap` words (runs of non-space characters) of a
 * paragraph, in order: what the ending rules need (the last word, and
 * whether the paragraph is short), read from its end so a long paragraph
 * costs no more than its last words.
 */
function lastWords(text: string, p: Span, cap: number): Span[] {
  const words: Span[] = [];
  let end = -1;
  for (let i = p.end - 1; i >= p.start - 1 && words.length < cap; i--) {
    const space = i < p.start || text.charCodeAt(i) <= 32;
    if (space && end >= 0) {
      words.push({ start: i + 1, end });
      end = -1;
    } else if (!space && end < 0) end = i + 1;
  }
  return words.reverse();
}

/** Lower case, spaces collapsed. */
function folded(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('  ') ? lower.replace(/\s+/g, ' ') : lower;
}

/** A paragraph as compared with the others: lower case, spaces collapsed, no final stop. */
const keyOf = (s: string) => trimEnd(folded(s.trim()), FINAL_STOPS);

/** `s` without the characters of `set` at its end. */
function trimEnd(s: string, set: string): string {
  let end = s.length;
  while (end > 0 && set.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

const ENDING_STARTS = ENDING_LINE_STARTS.map((w) => w.toLowerCase());
const DANGLING = new Set(DANGLING_WORDS);
const BOILERPLATE_LINE = new Set(BOILERPLATE_LINES.line);
const BOILERPLATE_FIRST = new Set([...BOILERPLATE_LINES.line, ...BOILERPLATE_LINES.start].map((w) => w[0]));
/** What a repeated paragraph may differ by at its end. */
const FINAL_STOPS = '.!?…:;,"\' ';
const IS_FINAL_STOP = new Uint8Array(0x10000);
for (const c of FINAL_STOPS) IS_FINAL_STOP[c.charCodeAt(0)] = 1;

/**
 * A paragraph's words, and its signature: the number of its non-space
 * characters before its final stops. A copy has the same whatever its case,
 * its spaces and its final stop.
 */
function measure(text: string, p: Span): { words: number; signature: number } {
  let end = p.end;
  while (end > p.start && IS_FINAL_STOP[text.charCodeAt(end - 1)]) end--;
  let words = 0;
  let signature = 0;
  let inWord = false;
  for (let i = p.start; i < end; i++) {
    if (text.charCodeAt(i) <= 32) {
      inWord = false;
      continue;
    }
    signature++;
    if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return { words, signature };
}

/** A source, byline, credit or contact line (`Theo TTXVN`, `(Ảnh: PV)`, `Địa chỉ: …`). */
function isEndingLine(line: string): boolean {
  const l = line.toLowerCase();
  return ENDING_STARTS.some((w) => l.startsWith(w)) || (l.startsWith('(') && l.endsWith(')'));
}

/**
 * How a paragraph stops mid-sentence, if it does: on a word no sentence ends
 * with, written in lower case; or, the article's very last line, on a comma
 * (a line before others may end with one: a signature's `Giám đốc …,` above
 * its institution).
 */
function cutEnding(text: string, words: Span[], lastLine: boolean): { what: string; span: Span } | null {
  const last = words[words.length - 1];
  const word = text.slice(last.start, last.end);
  if (DANGLING.has(word)) return { what: `"${word}", a word no sentence ends with`, span: last };
  if (lastLine && text[last.end - 1] === ',') return { what: 'a comma', span: last };
  return null;
}

/** Words of the text with a letter or a digit, counted up to `limit`. */
function countWords(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

const lineOf = (ctx: ArticleLintContext, offset: number) => ctx.map.lineColumn(ctx.map.toOriginal(offset)).line;

export const SCRAPE_RULES: readonly ArticleRule[] = [
  {
    id: 'scrape/empty',
    severity: 'error',
    replaces: ['empty'],
    meaning: 'The article has no text at all (or only boilerplate and the scraper\'s header lines).',
    fix: 'Check the scraper\'s selector for the article body on that site, or drop the file.',
    check(ctx, report) {
      if (ctx.text.trim() !== '') return;
      report('the article has no text: check the scraper\'s selector for the article body on that site, or drop the file');
    },
  },
  {
    id: 'scrape/short',
    severity: 'warning',
    meaning: `The article has fewer than ${SHORT_WORDS} words: the scrape likely kept only a title or a lede.`,
    fix: 'Open the page and check that the scraper took the whole body; drop the file if the page has no more.',
    check(ctx, report) {
      if (ctx.text.trim() === '') return; // scrape/empty
      const words = countWords(ctx.text, SHORT_WORDS);
      if (words >= SHORT_WORDS) return;
      report(`only ${words} word(s) of text (fewer than ${SHORT_WORDS}): the scrape likely kept only a title or a lede; check that the scraper took the whole body`);
    },
  },
  {
    id: 'scrape/no-dateline',
    severity: 'warning',
    meaning: 'No publication date was found: no dateline near the top of the text, no page metadata, no scraper\'s `# date` line, no `date` field of a JSON Lines record.',
    fix: 'Keep the page\'s dateline (or a `# date = YYYYMMDD` header line) when scraping; yearless dates cannot be dated without it.',
    check(ctx, report) {
      // A JSON Lines record's date dates the article without a dateline in its text.
      if (ctx.article.published !== null || ctx.recordDate || ctx.text.trim() === '') return;
      report('no publication date: keep the page\'s dateline or a `# date = YYYYMMDD` header line when scraping (yearless dates in the text are left without a year)');
    },
  },
  {
    id: 'scrape/truncated',
    severity: 'warning',
    meaning: 'The article\'s last paragraph of text stops mid-sentence, on a word no sentence ends with (`của`, `các`, `và`) or on a comma.',
    fix: 'Open the page and check that the scraper took the whole body (a length limit, a "read more" button).',
    check(ctx, report) {
      const { text } = ctx;
      const paragraphs = paragraphsOf(ctx);
      // Walk back over bylines, sources, credits, contact lines and short captions to the last paragraph of text.
      for (let i = paragraphs.length - 1; i >= 0; i--) {
        const p = paragraphs[i];
        // Enough words to tell a short line from text (LONG_WORDS), and the last one.
        const words = lastWords(text, p, LONG_WORDS);
        const cut = words.length >= 3 ? cutEnding(text, words, i === paragraphs.length - 1) : null;
        if (cut) {
          report(`the text stops on ${cut.what} ("…${text.slice(Math.max(p.start, cut.span.end - 30), cut.span.end)}"): it was likely cut; check that the scraper took the whole body`, { text: cut.span });
          return;
        }
        if (words.length < BODY_WORDS || (words.length < LONG_WORDS && isEndingLine(text.slice(p.start, p.end)))) continue;
        // A last paragraph that only lacks its full stop is no evidence: news sites drop the last one (see the README's figures).
        return;
      }
    },
  },
  {
    id: 'scrape/repeated-paragraph',
    severity: 'warning',
    meaning: `A paragraph of ${REPEAT_WORDS} words or more (other than the title) appears twice in the article: the scraper read part of the page twice.`,
    fix: 'Remove the copy, and check the scraper\'s selectors (a body and its print or mobile version both taken).',
    check(ctx, report) {
      const { text } = ctx;
      // Paragraphs by signature (cheap, one loop, no string made); their keys are compared only when signatures meet.
      // A signature's paragraphs by key, each key made once (the first paragraph's only when a second one shares its signature).
      const bySignature = new Map<number, { first: Paragraph; byKey?: Map<string, Paragraph> }>();
      const keyAt = (q: Paragraph) => keyOf(text.slice(q.start, q.end));
      let titleKey: string | null | undefined;
      for (const p of paragraphsOf(ctx)) {
        const { words, signature } = measure(text, p);
        if (words < REPEAT_WORDS) continue;
        const same = bySignature.get(signature);
        if (!same) {
          bySignature.set(signature, { first: p });
          continue;
        }
        same.byKey ??= new Map([[keyAt(same.first), same.first]]);
        const key = keyAt(p);
        const first = same.byKey.get(key);
        if (!first) {
          same.byKey.set(key, p);
          continue;
        }
        // Pages print the title again as a heading or a caption, which harms nothing.
        if (titleKey === undefined) titleKey = ctx.article.title ? keyOf(ctx.article.title) : null;
        if (key === titleKey) continue;
        report(
          `this paragraph (${words} words) repeats the one on line ${lineOf(ctx, first.start)}: remove the copy and check the scraper's selectors`,
          { text: p },
        );
      }
    },
  },
  {
    id: 'scrape/boilerplate',
    severity: 'warning',
    meaning: 'A line of page furniture is left in the text: a share or comment widget, a related-articles block, a gallery control, a copyright footer.',
    fix: 'Remove it in the scraper (exclude the widget\'s element); the words it looks for are in src/lint/damage-words.ts.',
    check(ctx, report) {
      const { text } = ctx;
      for (const p of paragraphsOf(ctx)) {
        if (p.end - p.start > BOILERPLATE_MAX_LENGTH) continue;
        const line = folded(text.slice(p.start, p.end));
        // Whole-line and line-start words only where the line starts as one of them does.
        const known = BOILERPLATE_FIRST.has(line[0]);
        const bare = known ? trimEnd(line, ': ') : '';
        const found =
          (known && BOILERPLATE_LINE.has(bare) ? bare : null) ??
          (known ? BOILERPLATE_LINES.start.find((w) => line.startsWith(w)) : undefined) ??
          BOILERPLATE_LINES.anywhere.find((w) => line.includes(w));
        if (found === undefined || found === null) continue;
        report(`boilerplate left in the text ("${found}"): remove the widget in the scraper`, { text: p });
      }
    },
  },
];
