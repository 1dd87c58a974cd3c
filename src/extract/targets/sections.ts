/**
 * Sections of a document, as far as goals are concerned. A resolution
 * text (`NGHỊ QUYẾT … QUYẾT NGHỊ: 1. … 2. …`) states goals throughout its
 * decision part: the document itself is the goal context, so its numbered
 * sections need no goal word. A heading (`I. KẾT QUẢ …`, `3. Các chỉ tiêu
 * chủ yếu`) tells whether the section under it reports results or not.
 */
import { alternation, type Vocabulary } from '../../rules/vocabulary.js';
import type { Doc } from '../../types.js';
import { oncePer } from '../../util/once-per.js';

/**
 * The line that opens the decision part of a resolution: `QUYẾT NGHỊ`
 * on its own line (the form of the text itself, also `QUYẾT NGHỊ: 1. …`
 * run on in one paragraph), or a short line ending in `quyết nghị:`
 * (`Đại hội quyết nghị:`), whose items follow on new lines.
 */
const DECISION_HEAD = /^QUYẾT NGHỊ\s*:?/u;
const DECISION_LINE = /^.{0,120}\squyết nghị\s*:$/iu;
const MENTIONS_DECISION = /quyết nghị/i;

/** Where the decision part of a resolution starts, or null when the document has none. */
export function decisionStart(doc: Doc): number | null {
  if (!MENTIONS_DECISION.test(doc.text)) return null;
  for (const p of doc.paragraphs) {
    const words = doc.slice(p);
    const head = DECISION_HEAD.exec(words);
    if (head) return p.start + head[0].length;
    if (words.length <= 130 && DECISION_LINE.test(words)) return p.end;
  }
  return null;
}

/**
 * A section number or a line in capitals opens a section; its level says
 * which headings close it (`II.` closes `I.` and the `1.`, `2.` under it).
 */
const LEVELS: [RegExp, number][] = [
  [/^[IVX]{1,5}[.)]\s/u, 1],
  [/^\d{1,2}[.)]\s/u, 2],
  [/^[a-zđ][.)]\s/u, 3],
];
const TWO_CAPITALS = /\p{Lu}{2}/u;

/** Two words in a row that each hold two capitals in a row. */
function twoCapitalWords(line: string): boolean {
  let previous = false;
  for (const word of line.split(/\s+/)) {
    const capitals = TWO_CAPITALS.test(word);
    if (capitals && previous) return true;
    previous = capitals;
  }
  return false;
}

/** A short line in capitals: no lower-case letter, and two words in capitals (not a bare date or a rule). */
const isCapitalsLine = (line: string) => line.length >= 6 && line.length <= 200 && !/\p{Ll}/u.test(line) && twoCapitalWords(line);

/**
 * The words of a heading over results (`KẾT QUẢ`, `Đánh giá tình hình`,
 * `Nhiệm kỳ qua`) and over goals, which win over results words: the
 * `heading` table of targets.yaml, as two patterns per rule set.
 */
const headingWordsOf = oncePer((vocabulary: Vocabulary): { goals: RegExp; results: RegExp } => ({
  // @rule-pattern: escaped words of the heading table (checked as its fragments).
  goals: new RegExp(alternation(vocabulary.wordsOf('heading', 'goals')).replace(/ /g, '\\s+'), 'iu'),
  // @rule-pattern: escaped words of the heading table (checked as its fragments).
  results: new RegExp(alternation(vocabulary.wordsOf('heading', 'results')).replace(/ /g, '\\s+'), 'iu'),
}));

export interface Heading {
  /** 0 for a line in capitals, then `I.`, `1.`, `a)`. */
  level: number;
  /** The section reports results. */
  results: boolean;
  /** The section states goals (`PHƯƠNG HƯỚNG, MỤC TIÊU`, `nhiệm kỳ tới`). */
  goals: boolean;
}

/**
 * The heading a paragraph opens a section with, or null for a plain
 * paragraph. Only the words up to the first punctuation make the heading.
 */
export function headingOf(paragraph: string, vocabulary: Vocabulary): Heading | null {
  let level = isCapitalsLine(paragraph) ? 0 : -1;
  let rest = paragraph;
  for (const [re, l] of LEVELS) {
    const m = re.exec(paragraph);
    if (m) {
      level = l;
      rest = paragraph.slice(m[0].length);
      break;
    }
  }
  if (level < 0) return null;
  const cut = rest.search(/[:.;,]/);
  const head = cut < 0 ? rest : rest.slice(0, cut);
  const words = headingWordsOf(vocabulary);
  const goals = words.goals.test(head);
  return { level, results: !goals && words.results.test(head), goals };
}
