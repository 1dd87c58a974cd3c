/**
 * The project's own articles (fixtures/articles, written for this project):
 * the output must equal the reviewed golden file NAME.out.json, and must
 * agree with the hand-made gold facts NAME.gold.json well enough.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSync, type Article } from '../src/index.js';
import { rules } from './support/rules.js';

const dir = new URL('../fixtures/articles/', import.meta.url);
const names = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort();
const outputs = new Map<string, Article>();
const output = (f: string) => {
  if (!outputs.has(f)) outputs.set(f, extractSync(readFileSync(new URL(f, dir)), rules, { path: `fixtures/articles/${f}` }));
  return outputs.get(f)!;
};

describe('golden files', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThan(5));
  for (const f of names) {
    it(f, () => {
      const golden = new URL(f.replace(/\.(txt|html)$/, '.out.json'), dir);
      if (!existsSync(golden)) throw new Error(`no golden file for ${f}: run \`npm run fixtures\` and review it`);
      // Through JSON, as the golden file was written.
      expect(JSON.parse(JSON.stringify(output(f)))).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});

/** Keys the shared scorer compares facts on (see ../shared/corpus/SCHEMA.md). */
function keys(a: Record<string, unknown>): Set<string> {
  const s = new Set<string>();
  const arr = (k: string) => (a[k] as Record<string, unknown>[] | undefined) ?? [];
  const pub = a.published as string | { value: string } | null;
  if (pub) s.add(`published|${typeof pub === 'string' ? pub : pub.value}`);
  for (const c of arr('congresses')) s.add(`congress|${c.ordinal}|${c.term ?? ''}`);
  for (const d of arr('dates')) s.add(`date|${typeof d === 'string' ? d : d.value}`);
  for (const c of arr('counts')) s.add(`count|${c.role}|${c.count}`);
  for (const t of arr('terms')) s.add(`term|${typeof t === 'string' ? t : t.value}`);
  for (const b of arr('breakthroughs')) s.add(`breakthrough|${b.count}`);
  for (const t of arr('targets')) s.add(`target|${t.value ?? `${t.min}..${t.max}`}|${String(t.unit).toLowerCase().split(' ').slice(0, 2).join(' ')}`);
  return s;
}

/**
 * fixtures/articles and fixtures/blind (written by a colleague who read
 * neither the rules nor the other fixtures, to measure generalisation).
 */
describe.each(['articles', 'blind'])('agreement with the hand-made gold facts of fixtures/%s', (set) => {
  it('reaches micro-F1 ≥ 0.95', () => {
    const folder = new URL(`../fixtures/${set}/`, import.meta.url);
    const files = readdirSync(folder).filter((f) => f.endsWith('.txt'));
    let tp = 0;
    let gold = 0;
    let pred = 0;
    const misses: string[] = [];
    for (const f of files) {
      const goldFile = new URL(f.replace(/\.(txt|html)$/, '.gold.json'), folder);
      if (!existsSync(goldFile)) continue;
      const g = keys(JSON.parse(readFileSync(goldFile, 'utf8')));
      const article = set === 'articles' ? output(f) : extractSync(readFileSync(new URL(f, folder)), rules, { path: f });
      const p = keys(article as unknown as Record<string, unknown>);
      gold += g.size;
      pred += p.size;
      for (const k of g) if (p.has(k)) tp++; else misses.push(`${f}: missed ${k}`);
      for (const k of p) if (!g.has(k)) misses.push(`${f}: extra ${k}`);
    }
    const precision = tp / pred;
    const recall = tp / gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(gold).toBeGreaterThan(50);
    expect(f1, `micro-F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
