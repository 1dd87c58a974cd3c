/**
 * Does the mojibake repair leave valid UTF-8 alone and still repair real
 * mojibake? Decodes every article of ../shared/corpus/news and dev as it is,
 * with NBSP for spaces, with soft hyphens inside words, and double-encoded
 * (UTF-8 read as Windows-1252, half with C1 controls, half with Windows-1252
 * punctuation), and counts the articles that do not come back as written.
 *
 *   npx tsx scripts/mojibake-audit.ts [--dir DIR]...
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDirs } from './corpus-dirs.js';
import { decode } from '../src/normalize/decode.js';
import { toMojibake } from '../test/support/legacy-encoders.js';
import { nbspTwin, softHyphenTwin } from '../test/support/twins.js';

const args = process.argv.slice(2);
const dirs = corpusDirs('mojibake-audit', args);
const texts: [string, string][] = [];
for (const d of dirs) for (const f of readdirSync(d).filter((x) => x.endsWith('.txt')).sort()) texts.push([f, readFileSync(join(d, f), 'utf8').replace(/^\uFEFF/, '')]);

const forms: [string, (t: string, i: number) => Buffer][] = [
  ['as is', (t) => Buffer.from(t, 'utf8')],
  ['NBSP for every space', (t) => Buffer.from(t.replace(/ /g, '\u00A0'), 'utf8')],
  ['NBSP for every third space', (t) => Buffer.from(nbspTwin(t), 'utf8')],
  ['soft hyphens in words', (t) => Buffer.from(softHyphenTwin(t), 'utf8')],
  ['soft hyphen between all letters', (t) => Buffer.from(t.replace(/(\p{L})(?=\p{L})/gu, '$1\u00AD'), 'utf8')],
  ['double-encoded', (t, i) => toMojibake(t, i % 2 === 0)],
];
let failed = false;
for (const [name, make] of forms) {
  let changed = 0;
  const shown: string[] = [];
  texts.forEach(([file, text], i) => {
    // What the form should read back as: the clean text for mojibake, the twin itself for valid UTF-8.
    const bytes = make(text, i);
    const expected = name === 'double-encoded' ? text : bytes.toString('utf8');
    const out = decode(bytes).text;
    if (out === expected) return;
    changed++;
    let at = 0;
    while (out[at] === expected[at]) at++;
    if (shown.length < 3) shown.push(`  ${file}: ${JSON.stringify(expected.slice(Math.max(0, at - 12), at + 12))} → ${JSON.stringify(out.slice(Math.max(0, at - 12), at + 12))}`);
  });
  if (changed) failed = true;
  console.log(`${name.padEnd(32)} ${texts.length} articles, ${changed} not read back as written`);
  for (const s of shown) console.log(s);
}
process.exit(failed ? 1 : 0);
