/**
 * Does every fact's evidence point at the words the rules matched? Extracts
 * the articles of ../shared/corpus/news and dev as they are and wrapped as
 * HTML pages (a `<p>` per line, letters as entity references, `&nbsp;` for
 * some spaces, CRLF between tags), and counts the facts whose evidence,
 * decoded, is not the text the rule matched (or lacks the fact's number).
 * Exits 1 when any fact does.
 *
 *   npx tsx scripts/evidence-audit.ts [--dir DIR]... [--examples N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDirs } from './corpus-dirs.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';
import { checkArticle } from '../test/support/evidence.js';
import { htmlTwin } from '../test/support/twins.js';

const args = process.argv.slice(2);
const dirs = corpusDirs('evidence-audit', args);
const examplesAt = args.indexOf('--examples');
const examples = examplesAt >= 0 ? Number(args[examplesAt + 1]) : 5;

const rules = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);
const forms: [string, (t: string) => string, string][] = [
  ['plain', (t) => t, '.txt'],
  ['html', (t) => htmlTwin(t, { letters: true, nbspEvery: 5, eol: '\r\n' }), '.html'],
  // As most real pages are: letters as they are, `&nbsp;` here and there.
  ['html-nbsp', (t) => htmlTwin(t, { letters: false, nbspEvery: 7, eol: '\n' }), '.html'],
];
let failed = false;
for (const [form, make, ext] of forms) {
  let articles = 0;
  let facts = 0;
  let problems = 0;
  let mismatched = 0;
  let unwitnessed = 0;
  const badArticles = new Set<string>();
  const shown: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const input = make(readFileSync(join(dir, name), 'utf8'));
      const checked = checkArticle(input, rules, name.replace(/\.txt$/, ext));
      articles++;
      facts += checked.facts;
      mismatched += checked.mismatched;
      unwitnessed += checked.unwitnessed;
      if (checked.problems.length) {
        problems += checked.problems.length;
        badArticles.add(name);
        for (const p of checked.problems) if (shown.length < examples) shown.push(`  ${name}: ${p.slice(0, 300)}`);
      }
    }
  }
  if (problems) failed = true;
  console.log(
    `${form.padEnd(9)} ${articles} articles, ${facts} facts: ${mismatched} fact(s) whose evidence reads other than the matched text, ` +
      `${unwitnessed} whose evidence lacks the fact's number, ${problems} problem(s) in all, in ${badArticles.size} article(s)`,
  );
  for (const s of shown) console.log(s);
}
process.exit(failed ? 1 : 0);
