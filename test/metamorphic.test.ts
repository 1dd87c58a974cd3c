/**
 * Metamorphic tests: an article and its twins — NBSP for some spaces, soft
 * hyphens inside words, NFD, CRLF, BOM, UTF-16 LE and BE, `&nbsp;` left in
 * the text, an HTML page — give the same facts (values; evidence differs in
 * offsets and form), and each twin's evidence is right for its own input.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './support/facts.js';
import { CONGRESS_SENTENCES, FIXTURE_ARTICLES } from './support/articles.js';
import { checkArticle } from './support/evidence.js';
import { rules } from './support/rules.js';
import {
  bomTwin,
  crlfTwin,
  entityNbspTwin,
  htmlTwin,
  nbspTwin,
  nfdTwin,
  softHyphenTwin,
  utf16beTwin,
  utf16leTwin,
} from './support/twins.js';

const TWINS: [string, (t: string) => string | Uint8Array, string][] = [
  ['NBSP', nbspTwin, 'txt'],
  ['soft hyphen', softHyphenTwin, 'txt'],
  ['NFD', nfdTwin, 'txt'],
  ['CRLF', crlfTwin, 'txt'],
  ['BOM', bomTwin, 'txt'],
  ['UTF-16LE', utf16leTwin, 'txt'],
  ['UTF-16BE', utf16beTwin, 'txt'],
  ['&nbsp;', entityNbspTwin, 'txt'],
  ['HTML', (t) => htmlTwin(t, { letters: true, nbspEvery: 5, eol: '\r\n' }), 'html'],
  ['HTML, letters as written', (t) => htmlTwin(t, { letters: false, nbspEvery: 3, eol: '\n' }), 'html'],
];

/** Short articles made of the test sentences, in a fixed order. */
const GENERATED = Array.from({ length: 10 }, (_, i) => {
  const n = CONGRESS_SENTENCES.length;
  return { name: `generated-${i}`, text: [CONGRESS_SENTENCES[i], CONGRESS_SENTENCES[(i * 7 + 3) % n], CONGRESS_SENTENCES[(i * 5 + 1) % n]].join('\n') };
});

describe.each([...FIXTURE_ARTICLES, ...GENERATED])('$name', ({ name, text }) => {
  const clean = checkArticle(text, rules, `${name}.txt`);

  it('has facts, each with evidence that reads as the text its rule matched', () => {
    expect(clean.problems).toEqual([]);
    if (!name.startsWith('neg-')) expect(clean.facts).toBeGreaterThan(0);
  });

  it.each(TWINS)('%s twin: the same facts, evidence right for its own input', (_twin, make, ext) => {
    const twin = checkArticle(make(text), rules, `${name}.${ext}`);
    expect(twin.problems).toEqual([]);
    expect(factsOf(twin.article)).toEqual(factsOf(clean.article));
  });
});
