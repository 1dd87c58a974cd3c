/**
 * Property tests: for random and mutated articles — pieces of the fixture
 * articles and short congress sentences, with NBSP, soft hyphens, zero-width
 * spaces, entities, CRLF/CR, NUL, decomposed letters, stray combining marks,
 * random Unicode, markup and truncation, as plain text, bytes or an HTML page — the
 * extractor never throws, the article validates against the schema, and
 * every fact's evidence is the slice of the input its offsets name, on the
 * line and column given, and reads as the text the rule matched, showing the
 * fact's number or words (test/support/evidence.ts).
 *
 * `npm test` runs 1,000 articles (about a second), with a new seed each run,
 * so the cases add up over a day of runs; CI (`.ci/run`) runs 10,000.
 *
 *   FUZZ_RUNS=100000 npx vitest run test/properties.test.ts   more cases
 *   FUZZ_SEED=123 npx vitest run test/properties.test.ts      replay a run
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONGRESS_SENTENCES, FIXTURE_ARTICLES } from './support/articles.js';
import { checkArticle } from './support/evidence.js';
import { rules } from './support/rules.js';
import { bomTwin, htmlTwin, utf16beTwin, utf16leTwin } from './support/twins.js';

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a whole number of cases, not ${JSON.stringify(process.env.FUZZ_RUNS)}`);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);

// ------------------------------------------------------------------ articles

/** A few congress sentences, in one paragraph or one per line. */
const sentences = fc
  .tuple(fc.array(fc.constantFrom(...CONGRESS_SENTENCES), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '\n', '\n\n'))
  .map(([xs, sep]) => xs.join(sep));

/** A stretch of whole lines of a fixture article (mostly short), or rarely all of it. */
const fixturePiece = fc
  .tuple(fc.constantFrom(...FIXTURE_ARTICLES), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 24 }))
  .map(([{ text }, at, count, whole]) => {
    if (whole === 0) return text;
    const lines = text.split('\n');
    const from = Math.floor(at * lines.length);
    return lines.slice(from, from + count).join('\n');
  });

// ------------------------------------------------------------------ mutations

/** Code points from the ranges scraped text mixes in, or from anywhere (lone surrogates included). */
const codePoint = fc.oneof(
  fc.integer({ min: 0x00, max: 0x24f }),
  fc.integer({ min: 0x300, max: 0x36f }),
  fc.integer({ min: 0x1e00, max: 0x1eff }),
  fc.integer({ min: 0x2000, max: 0x206f }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0xfe00, max: 0xfe2f }),
  fc.integer({ min: 0x1f300, max: 0x1f6ff }),
  fc.integer({ min: 0, max: 0x10ffff }),
);
const randomUnicode = fc
  .array(codePoint, { minLength: 1, maxLength: 3 })
  .map((cps) => cps.map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c))).join(''));

const STRAY_MARKS = ['\u0300', '\u0301', '\u0309', '\u0323', '\u0352', '\u20D2', '\uFE0F', '\u0E31', '\u093F', '\u0300\u0301'];
const ENTITIES = ['&nbsp;', '&agrave;', '&#7841;', '&quot;', '&amp;', '&#x110;', '&lt;', '&ndash;', '&#272;'];

type Edit = (text: string, at: number) => string;
const insert = (piece: string): Edit => (t, at) => t.slice(0, at) + piece + t.slice(at);
/** Replace the first match of `re` at or after `at` (wrapping around). */
const replaceNear = (re: RegExp, by: (m: string) => string): Edit => (t, at) => {
  const g = new RegExp(re.source, 'gu');
  g.lastIndex = at;
  let m = g.exec(t);
  if (!m) {
    g.lastIndex = 0;
    m = g.exec(t);
  }
  return m ? t.slice(0, m.index) + by(m[0]) + t.slice(m.index + m[0].length) : t;
};
const LETTER_ENTITY: Record<string, string> = { à: '&agrave;', ạ: '&#7841;', Đ: '&#x110;', đ: '&#273;', ê: '&ecirc;', '"': '&quot;' };

const edit: fc.Arbitrary<[string, Edit]> = fc.oneof(
  fc.constant(['insert NBSP', insert('\u00A0')] as [string, Edit]),
  fc.constant(['space to NBSP', replaceNear(/ /, () => '\u00A0')] as [string, Edit]),
  fc.constant(['insert soft hyphen', insert('\u00AD')] as [string, Edit]),
  fc.constant(['insert zero-width space', insert('\u200B')] as [string, Edit]),
  fc.constant(['space to &nbsp;', replaceNear(/ /, () => '&nbsp;')] as [string, Edit]),
  fc.constant(['letter to entity', replaceNear(/[àạĐđê"]/, (c) => LETTER_ENTITY[c])] as [string, Edit]),
  fc.constantFrom(...ENTITIES).map((e) => [`insert ${e}`, insert(e)] as [string, Edit]),
  fc.constant(['LF to CRLF', replaceNear(/\n/, () => '\r\n')] as [string, Edit]),
  fc.constant(['LF to CR', replaceNear(/\n/, () => '\r')] as [string, Edit]),
  fc.constant(['all LF to CRLF', (t: string) => t.replace(/\n/g, '\r\n')] as [string, Edit]),
  fc.constant(['insert CRLF', insert('\r\n')] as [string, Edit]),
  fc.constant(['insert NUL', insert('\0')] as [string, Edit]),
  fc.constant(['NFD', (t: string) => t.normalize('NFD')] as [string, Edit]),
  fc.constant(['NFD from here', (t: string, at: number) => t.slice(0, at) + t.slice(at).normalize('NFD')] as [string, Edit]),
  fc.constantFrom(...STRAY_MARKS).map((m) => [`insert mark ${JSON.stringify(m)}`, insert(m)] as [string, Edit]),
  fc.constantFrom(...STRAY_MARKS).map((m) => [`mark after a numeral ${JSON.stringify(m)}`, replaceNear(/[IVX0-9](?=[IVX0-9])/, (c) => c + m)] as [string, Edit]),
  randomUnicode.map((u) => [`insert ${JSON.stringify(u)}`, insert(u)] as [string, Edit]),
  fc.constant(['truncate', (t: string, at: number) => t.slice(0, at)] as [string, Edit]),
  // Markup inside the text (a tag in a raw HTML page; text in a plain or escaped one).
  fc.constantFrom('</span>', '<b>', '</b>', '<!-- x -->', '<br>', '<i>x</i>').map((m) => [`insert ${m}`, insert(m)] as [string, Edit]),
);

const mutations = fc.array(fc.tuple(edit, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 6 });

function mutate(text: string, list: [[string, Edit], number][]): string {
  let t = text;
  for (const [[, f], at] of list) t = f(t, Math.floor(at * (t.length + 1)));
  return t;
}

// ------------------------------------------------------------------ forms

type Form = [name: string, make: (t: string) => string | Uint8Array, path: string];
const form: fc.Arbitrary<Form> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Form>(['text', (t) => t, 'a.txt']) },
  { weight: 1, arbitrary: fc.constant<Form>(['UTF-8 bytes', (t) => Buffer.from(t, 'utf8'), 'a.txt']) },
  { weight: 1, arbitrary: fc.constantFrom<Form>(['BOM', bomTwin, 'a.txt'], ['UTF-16LE', utf16leTwin, 'a.txt'], ['UTF-16BE', utf16beTwin, 'a.txt']) },
  {
    weight: 4,
    arbitrary: fc
      .record({ letters: fc.boolean(), nbspEvery: fc.constantFrom(0, 2, 5), eol: fc.constantFrom('\r\n', '\n', '\r', ''), raw: fc.boolean() })
      .map((o): Form => [`HTML ${JSON.stringify(o)}`, (t) => htmlTwin(t, o), 'a.html']),
  },
);

const article = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: sentences }, { weight: 2, arbitrary: fixturePiece }), mutations, form)
  .map(([text, list, f]) => ({ input: f[1](mutate(text, list)), path: f[2], how: `${list.map(([[n]]) => n).join(', ') || 'as is'}; ${f[0]}` }));

describe('evidence properties', () => {
  it(`every fact of ${runs} random and mutated articles points at the words that state it`, () => {
    console.log(`properties: seed ${seed}, ${runs} runs (replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs})`);
    let facts = 0;
    const t0 = performance.now();
    fc.assert(
      fc.property(article, ({ input, path, how }) => {
        const checked = checkArticle(input, rules, path);
        facts += checked.facts;
        expect(checked.problems, how).toEqual([]);
      }),
      { seed, numRuns: runs },
    );
    console.log(`properties: ${runs} articles, ${facts} facts checked in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }, 600_000);
});
