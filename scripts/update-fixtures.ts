/**
 * Rewrites the golden files fixtures/articles/NAME.out.json from the current
 * sources and rules. Run on purpose (`npm run fixtures`), then review every
 * changed golden file in the diff before committing it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extractSync } from '../src/index.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';

const dir = new URL('../fixtures/articles/', import.meta.url);
const rules = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);
let changed = 0;
const names = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort();
for (const f of names) {
  const article = extractSync(readFileSync(new URL(f, dir)), rules, { path: `fixtures/articles/${f}` });
  const out = new URL(f.replace(/\.(txt|html)$/, '.out.json'), dir);
  const text = `${JSON.stringify(article, null, 2)}\n`;
  let before = '';
  try {
    before = readFileSync(out, 'utf8');
  } catch {}
  if (before !== text) {
    writeFileSync(out, text);
    changed++;
    console.log(`updated ${out.pathname.replace(/^.*\/fixtures\//, 'fixtures/')}`);
  }
}
console.log(`${names.length} fixtures, ${changed} golden file(s) changed: review them with git diff fixtures/`);
