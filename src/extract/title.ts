/**
 * The article's title, where one can be found in plain text: a short
 * paragraph before the body starts that is not page furniture. Furniture is
 * a scraper's metadata line (its text after the date is read on its own:
 * ` date 2025-09-28 Bế mạc Đại hội …` holds the title, ` date 2025-09-24
 * Multimedia` a section name), a dateline, a section name or breadcrumb, a
 * widget; its words are the tables of rules/title.yaml. A line followed by
 * a section name is the site's name above its section, not the title. A
 * photo caption or a byline, like a body paragraph (long, or ending with a
 * full stop), says the title is not in the text: a short line after them is
 * a subheading or a caption, not the title.
 */
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import type { Doc } from '../types.js';
import { oncePer } from '../util/once-per.js';

/** How many paragraphs from the top may hold the title. */
const TOP_PARAGRAPHS = 6;
/** Furniture symbols before the title: bullets and breadcrumb arrows. */
const FURNITURE_MARK = /^[•·»>|]|»/;
/** A breadcrumb trail: two separators (` / `, ` > `, ` | `) on the line. */
const BREADCRUMB = /\s[/>|]\s.*\s[/>|]\s/;
/** The steps of a breadcrumb with one separator (`Thời sự > Chính trị`). */
const CRUMB_SEPARATOR = /\s[/>|»]\s/;
/**
 * A line of date, time and weekday only (`Thứ Năm, 15/10/2020, 09:47 (GMT+7)`).
 * The weekday after `thứ` is named, not any word: each character can then be
 * read only one way, and a long line that is not a dateline fails in one pass.
 */
const DATELINE_ONLY = /^(?:thứ(?: (?:hai|ba|tư|năm|sáu|bảy))?|chủ nhật|cập nhật|gmt|[ap]m|ch|sa|giờ|[\s\d(|),:;/.+-])*$/i;
/** A dateline is short (the longest in the corpora has 34 characters): a longer line is not one. */
const MAX_DATELINE = 100;
/** The longest section name or breadcrumb of section names looked up (the longest in the table has 30 characters). */
const MAX_SECTION = 120;
/** A scraper's `# key = value` line other than the date (the url and id lines are blanked by the reader). */
const KEY_VALUE_LINE = /^#\s{0,8}\w{1,40}\s{0,8}=/;
/** Letters and digits as fragments.yaml's {{e}}: \b treats accented letters as non-word characters. */
const WORD_END = '(?![A-Za-z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF])';

interface TitleWords {
  /** A scraper's date metadata line (table metadata_label of published.yaml): the prefix, up to the text after the date. */
  metadata: RegExp;
  furniture: RegExp;
  caption: RegExp;
  byline: RegExp;
}

const wordsOf = oncePer((v: Vocabulary): TitleWords => {
  const alt = (table: string, cls?: string) => alternation(v.wordsOf(table, cls));
  return {
    // @rule-pattern: escaped words of table metadata_label, then the date value (one run of non-spaces).
    metadata: new RegExp(`^#?\\s{0,8}${alt('metadata_label')}(?:\\s{0,8}=\\s{0,8}|\\s{1,8})[\\d-]{4,10}${WORD_END}`, 'i'),
    // @rule-pattern: escaped words of table page_furniture (opens), at the start (a widget's label runs into its buttons: `cỡ chữAA`).
    furniture: new RegExp(`^${alt('page_furniture', 'opens')}`, 'i'),
    // @rule-pattern: escaped words of tables caption_label, caption_opening, caption_credit: a label and a colon, opening words, or a credit in parentheses at the end.
    caption: new RegExp(
      `^(?:${alt('caption_label')}\\s{0,3}:|${alt('caption_opening')}${WORD_END})|\\(\\s{0,3}${alt('caption_credit')}${WORD_END}[^()]{0,120}\\)\\.?$`,
      'i',
    ),
    // @rule-pattern: escaped words of table byline (label), then a colon.
    byline: new RegExp(`^${alt('byline', 'label')}\\s{0,3}:`, 'i'),
  };
});

const isDateline = (text: string): boolean => text.length <= MAX_DATELINE && DATELINE_ONLY.test(text);

/** A section name alone, or a breadcrumb whose steps are the home page and section names. */
function isSection(text: string, v: Vocabulary): boolean {
  // Section names and their trails are short: a paragraph is not looked up (nor lower-cased) whole.
  if (text.length > MAX_SECTION) return false;
  if (v.classOf('page_section', text) !== undefined) return true;
  if (!CRUMB_SEPARATOR.test(text)) return false;
  return text.split(CRUMB_SEPARATOR).every((step) => v.classOf('page_section', step) !== undefined || v.classOf('page_home', step) !== undefined);
}

function isFurniture(text: string, v: Vocabulary, w: TitleWords): boolean {
  return FURNITURE_MARK.test(text) || BREADCRUMB.test(text) || w.furniture.test(text) || isSection(text, v) || isDateline(text);
}

/** The text of a top paragraph that may be the title: a metadata line's text after its date, else the paragraph. */
function candidateText(text: string, w: TitleWords): string {
  if (KEY_VALUE_LINE.test(text)) return '';
  const m = w.metadata.exec(text);
  return m ? text.slice(m[0].length).trim() : text;
}

export function findTitle(doc: Doc, vocabulary: Vocabulary): string | null {
  const w = wordsOf(vocabulary);
  const top = doc.paragraphs.slice(0, TOP_PARAGRAPHS + 1);
  const textAt = (i: number) => candidateText(doc.slice(top[i]).trim(), w);
  for (let i = 0; i < Math.min(top.length, TOP_PARAGRAPHS); i++) {
    const text = textAt(i);
    if (text === '' || isFurniture(text, vocabulary, w)) continue;
    if (text.length < 12) continue;
    // A title rarely ends with a full stop; a caption or lead does.
    if (text.length > 220 || (/[.;:]$/.test(text) && !/\.\.\.$/.test(text))) return null;
    // A caption or byline before any title: the text starts at the body (what follows is a lead or a subheading).
    if (w.caption.test(text) || w.byline.test(text)) return null;
    // The site's name above its section (`Liên minh … tỉnh` / `Điểm tin`): the title comes after.
    let next = '';
    for (let j = i + 1; j < top.length && next === ''; j++) next = textAt(j);
    if (next !== '' && isSection(next, vocabulary)) continue;
    return text.replace(/\s+/g, ' ');
  }
  return null;
}
