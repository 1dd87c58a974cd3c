/**
 * Text damage: what decoding found (from the reading stage's messages,
 * `decode/<kind>` as `src/normalize/decode.ts` names them) and what the
 * decoded input holds that text should not (one survey: `../text-survey.ts`).
 * Each rule reports once per article, at the first place, with the count.
 * Places are offsets of the decoded input: the normaliser repairs most of
 * this damage, so the normalised text no longer shows it.
 */
import type { ArticleLintContext, ArticleRule, Report } from '../rule.js';
import { surveyText } from '../text-survey.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const codePoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
/** A short piece of the input for a message, control characters escaped. */
const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The reasons of the reading stage's messages with this rule id. */
function readMessages(ctx: ArticleLintContext, ruleId: string): string[] {
  return ctx.article.messages.filter((m) => m.ruleId === ruleId).map((m) => m.reason);
}

/** A rule that reports each reading-stage message of its id, on the whole file. */
function fromReadMessage(ruleId: string, advice: string) {
  return (ctx: ArticleLintContext, report: Report) => {
    for (const reason of readMessages(ctx, ruleId)) report(`${reason}: ${advice}`);
  };
}

export const TEXT_RULES: readonly ArticleRule[] = [
  {
    id: 'decode/invalid-utf8',
    severity: 'error',
    meaning: 'Some bytes of the file are not valid UTF-8; they were read as U+FFFD and the letters they held are lost.',
    fix: 'Fetch the page again or convert the file from its real encoding; do not save text read with the wrong encoding.',
    check(ctx, report) {
      if (readMessages(ctx, 'decode/invalid-utf8').length === 0) return;
      const { count, first } = surveyText(ctx).replacement;
      report(
        `${plural(count, 'byte sequence')} not valid UTF-8 (read as U+FFFD, the first here): the letters there are lost; fetch the page again or convert the file from its real encoding`,
        first ? { original: first } : null,
      );
    },
  },
  {
    id: 'decode/unknown-encoding',
    severity: 'error',
    meaning: 'The file is not UTF-8 and no Vietnamese encoding (Windows-1258, TCVN3, VNI) reads it as Vietnamese, or it looks binary: the text is likely garbage.',
    fix: 'Find the file\'s real encoding and convert it to UTF-8, or drop it from the corpus if it is not an article.',
    check: fromReadMessage('decode/unknown-encoding', 'find its real encoding and convert it to UTF-8, or drop it if it is not an article'),
  },
  {
    id: 'decode/converted',
    severity: 'info',
    meaning: 'The file was in a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI) or typed in legacy-font glyphs, and was converted to Unicode: nothing is lost.',
    fix: 'Nothing to fix; convert the file to UTF-8 once to make the note go away.',
    check: fromReadMessage('decode/converted', 'nothing is lost; save the file as UTF-8 to make this note go away'),
  },
  {
    id: 'decode/mojibake-repaired',
    severity: 'info',
    meaning: 'The text held mojibake (UTF-8 once read as Windows-1252, `Ä‘áº¡i` for `đại`) that was repaired with certainty.',
    fix: 'Nothing to fix; read the pages as UTF-8 when scraping to stop making mojibake.',
    check: fromReadMessage('decode/mojibake-repaired', 'nothing is lost; read the pages as UTF-8 when scraping'),
  },
  {
    id: 'decode/mojibake',
    severity: 'error',
    meaning: 'Mojibake (UTF-8 once read as Windows-1252, `Ä‘` for `đ`) is left in the text: too little of it to repair with certainty, so those words read wrong.',
    fix: 'Fetch the page again and read it as UTF-8, or repair those words by hand.',
    check(ctx, report) {
      const { count, first } = surveyText(ctx).mojibake;
      if (!count || !first) return;
      report(
        `mojibake left in the text: ${quote(ctx.original.slice(first.start, first.end))} is ${quote(first.fixed)} read as Windows-1252 (${plural(count, 'run')}); fetch the page again as UTF-8 or repair the words`,
        { original: first },
      );
    },
  },
  {
    id: 'text/nfd',
    severity: 'info',
    meaning: 'Letters are written decomposed (NFD: a base letter and combining marks), alone or mixed with composed ones; the normaliser composes them.',
    fix: 'Nothing is lost; save the text as composed Unicode (NFC) so other tools search it right.',
    check(ctx, report) {
      const { letters, words, first, precomposed } = surveyText(ctx).decomposed;
      if (!letters || !first) return;
      const mixed = precomposed ? ', mixed with composed letters' : '';
      report(
        `${plural(letters, 'decomposed (NFD) letter')} in ${plural(words, 'word')}${mixed}, the first here: composed for reading; save the text as NFC so other tools search it right`,
        { original: first },
      );
    },
  },
  {
    id: 'text/replacement-char',
    severity: 'warning',
    meaning: 'The text holds U+FFFD replacement characters although its bytes are valid UTF-8: letters were lost before the file was saved.',
    fix: 'Fetch the page again, or fix the scraper step that decoded it with the wrong encoding.',
    check(ctx, report) {
      if (readMessages(ctx, 'decode/invalid-utf8').length) return; // decode/invalid-utf8 reports these
      const { count, first } = surveyText(ctx).replacement;
      if (!count || !first) return;
      report(
        `${plural(count, 'replacement character')} (U+FFFD) in the text, the first here: letters were lost upstream; fetch the page again or fix the step that decoded it`,
        { original: first },
      );
    },
  },
  {
    id: 'text/html-leftover',
    severity: 'warning',
    meaning: 'A text file holds HTML tags (`<p>`, `<br/>`) or entities (`&nbsp;`, `&amp;`): the page was saved as text without its markup removed.',
    fix: 'Strip the markup when saving the text, or save the page as .html so it is read as a page.',
    check(ctx, report) {
      if (ctx.isHtml) return;
      const { tags, entities } = surveyText(ctx);
      if (tags.count && tags.first) {
        report(
          `${plural(tags.count, 'HTML tag')} left in the text (the first: ${quote(ctx.original.slice(tags.first.start, tags.first.end))}): strip the markup when saving the text, or save the page as .html`,
          { original: tags.first },
        );
      }
      if (entities.count && entities.first) {
        report(
          `${plural(entities.count, 'HTML entity', 'HTML entities')} left in the text (the first: ${quote(ctx.original.slice(entities.first.start, entities.first.end))}): decode entities when saving the text, or save the page as .html`,
          { original: entities.first },
        );
      }
    },
  },
  {
    id: 'text/control-char',
    severity: 'warning',
    meaning: 'The text holds control characters (C0 or C1 other than tab and line ends, or bidirectional overrides) that no article writes.',
    fix: 'Remove them in the scraper or clean the file; they may hide or reorder text.',
    check(ctx, report) {
      const { count, first, code } = surveyText(ctx).control;
      if (!count || !first) return;
      report(
        `${plural(count, 'control character')} in the text (the first: ${codePoint(code)}): remove them in the scraper or clean the file`,
        { original: first },
      );
    },
  },
];
