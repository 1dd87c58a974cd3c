/**
 * The markers that number the items of a list (`Thứ nhất,`, `Một là,`,
 * `Đột phá thứ hai:`, `(1)`, `(ii)`, `1.`, `a)`, `•`, `- `), built from the
 * word tables of the rule files: `list_ordinal` (nhất, hai… after `thứ`),
 * `list_cardinal` (một, hai… before `là`), `list_roman` (i, ii… in
 * parentheses), `list_item_noun` (the nouns before `thứ`: Đột phá thứ nhất)
 * and `list_bullet` (inline: anywhere, after a space or a clause end;
 * paragraph: only at a paragraph's start). A `--rules` file that adds a word
 * there numbers lists with it. What must stand before a marker, and which
 * marks are made of digits and letters, is grammar and stays here.
 */
import type { Vocabulary } from '../rules/vocabulary.js';
import { isWhitespace } from '../tokenize/sentences.js';
import { regexMatcher, type Matcher } from '../util/stretch-matches.js';
import { oncePer } from '../util/once-per.js';

export interface ListMarks {
  /**
   * The markers of a list inside running text, and the punctuation and spaces
   * after them: an inline marker (`word`, or `spaced` for one that a space
   * must follow), or a lower-case `một là, …; hai là, …`, `thứ nhất`
   * (`lower`). No two match at the same place. What must stand before them is
   * tested in code (`inlineAllowed`, `lowerAllowed`), and they are three
   * patterns, not one: as lookbehinds, or as one large alternation, it would
   * leave the pattern checker to guess.
   */
  word: RegExp;
  spaced: RegExp;
  lower: RegExp;
  /** The three, with what must stand before each: at most four characters before a mark are read (`:` and three spaces). */
  marks: Matcher;
  /** An item's own marker at its start (inline or paragraph marker). */
  leading: RegExp;
  /** A paragraph that is an item of a marked list. */
  item: RegExp;
}

const escapeLiteral = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The words of a table as an alternation of escaped literals, longest first,
 * written in lower case or (`cased`) capitalized: the marks are case-sensitive,
 * `Thứ nhất` may stand anywhere, `thứ nhất` only after `:` or `;`.
 */
function literals(words: readonly string[], cased: (w: string) => string = (w) => w): string {
  const list = [...new Set(words.map((w) => cased(w.toLowerCase().replace(/\s+/g, ' ').trim())))];
  list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return list.length ? `(?:${list.map(escapeLiteral).join('|')})` : '(?!)';
}

const isMarkBoundary = (c: number) => isWhitespace(c) || c === 0x3b || c === 0x3a || c === 0x2e; // ; : .
const isClauseEnd = (c: number) => c === 0x3a || c === 0x3b; // : ;

/** An inline marker starts the text or follows a space or a clause end (`;`, `:`, `.`). */
const inlineAllowed = (text: string, at: number): boolean => at === 0 || isMarkBoundary(text.charCodeAt(at - 1));

/** A lower-case marker follows `:` or `;` and at most three spaces. */
function lowerAllowed(text: string, at: number): boolean {
  let i = at;
  for (let spaces = 0; spaces < 3 && i > 0 && isWhitespace(text.charCodeAt(i - 1)); spaces++) i--;
  return i > 0 && isClauseEnd(text.charCodeAt(i - 1));
}

export const listMarks = oncePer((vocabulary: Vocabulary): ListMarks => {
  const ordinal = literals(vocabulary.wordsOf('list_ordinal'));
  const cardinal = vocabulary.wordsOf('list_cardinal');
  const nouns = literals(vocabulary.wordsOf('list_item_noun'), capitalized);
  const roman = literals(vocabulary.wordsOf('list_roman'));
  const inlineBullets = vocabulary.wordsOf('list_bullet', 'inline');
  const bullets = literals([...inlineBullets, ...vocabulary.wordsOf('list_bullet', 'paragraph')]);
  const wordMark = `${nouns} thứ ${ordinal}(?: là)?|Thứ ${ordinal}(?: là)?|${literals(cardinal, capitalized)} là|\\(\\d{1,2}\\)|\\(${roman}\\)`;
  // Of the inline markers, the ones that a space must follow.
  const spacedMark = `\\d{1,2}[.)/-]|[a-hA-H]\\)|${literals(inlineBullets)}`;
  const lowerMark = `thứ ${ordinal}(?: là)?|${literals(cardinal)} là`;
  const inlineMark = `${wordMark}|(?:${spacedMark})(?= )`;
  // Markers that number a list only at the start of a paragraph: `- `, `+ `, `• `, `a. `.
  const paragraphMark = `${bullets}(?= )|[a-h]\\.(?= )`;
  // @rule-pattern: escaped words of the list_* tables (checked as their fragments) in fixed alternatives.
  const word = new RegExp(`(?:${wordMark})[,:.]?\\s+`, 'gu');
  // @rule-pattern: as above.
  const spaced = new RegExp(`(?:${spacedMark}) \\s*`, 'gu');
  // @rule-pattern: as above.
  const lower = new RegExp(`(?:${lowerMark})[,:.]?\\s+`, 'gu');
  const sticky = (re: RegExp) => new RegExp(re.source, 'uy'); // @rule-pattern: the patterns above, sticky.
  return {
    word,
    spaced,
    lower,
    marks: regexMatcher(
      [
        { global: word, sticky: sticky(word), allowed: inlineAllowed },
        { global: spaced, sticky: sticky(spaced), allowed: inlineAllowed },
        { global: lower, sticky: sticky(lower), allowed: lowerAllowed },
      ],
      4,
    ),
    // @rule-pattern: as above.
    leading: new RegExp(`^\\s*(?:${inlineMark}|${lowerMark}|${paragraphMark})[,:.]?\\s+`, 'u'),
    // @rule-pattern: as above.
    item: new RegExp(`^\\s*(?:${inlineMark}|${paragraphMark})[,:.]?\\s`, 'u'),
  };
});
