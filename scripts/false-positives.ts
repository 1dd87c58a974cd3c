/**
 * False positives on ordinary news: extract the articles of ../shared/corpus/news
 * (default: the sport, entertainment, health and travel topics, which state no
 * party facts) from sources and list every fact found, with its evidence.
 *
 *   npx tsx scripts/false-positives.ts [--topics sport,entertainment] [--types congresses,counts] [--quiet]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSync, FACT_TYPES, factsOf } from '../src/index.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';
import type { Article, FactKey } from '../src/schema.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const topics = opt('--topics', 'sport,entertainment,health,travel').split(',');
const types = opt('--types', FACT_TYPES.map((t) => t.key).join(',')).split(',') as FactKey[];
const quiet = args.includes('--quiet');
const dir = new URL('../../shared/corpus/news', import.meta.url).pathname;
if (!existsSync(dir)) {
  console.error(`${dir} is missing: the evaluation corpus lives in ../shared/corpus beside this repository.`);
  process.exit(2);
}
const rules = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);
const files = readdirSync(dir).filter((f) => topics.some((t) => f.startsWith(`news_${t}_`))).sort();
const perType: Record<string, { facts: number; articles: number }> = {};
for (const f of files) {
  const a = extractSync(readFileSync(join(dir, f)), rules, { path: f }) as Article;
  for (const t of types) {
    const facts = factsOf(a, t) as { evidence: { text: string; line: number } }[];
    if (facts.length === 0) continue;
    perType[t] ??= { facts: 0, articles: 0 };
    perType[t].facts += facts.length;
    perType[t].articles += 1;
    if (!quiet) for (const x of facts) console.log(`${f}:${x.evidence.line}\t${t}\t${JSON.stringify({ ...x, evidence: undefined, rule: undefined })}\t«${x.evidence.text}»`);
  }
}
console.log(`\n${files.length} articles (${topics.join(', ')})`);
for (const t of types) {
  const p = perType[t] ?? { facts: 0, articles: 0 };
  console.log(`${t.padEnd(14)} ${String(p.facts).padStart(5)} facts in ${String(p.articles).padStart(4)} articles (${((100 * p.articles) / files.length).toFixed(1)}%)`);
}
