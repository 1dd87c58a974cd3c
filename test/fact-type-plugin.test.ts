/**
 * The claim of the registry, proved: a fact type defined only here — a small
 * module (`mottos`: the motto a congress adopts, `khẩu hiệu "…"`) and a rule
 * file written to a temporary folder — registered in one line, appears in the
 * JSON output, in both CSV shapes and in the JSON Schema, and its rule file
 * validates, with no other edit to the project.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvEmitter } from '../src/emit/csv.js';
import { articleJsonSchema, articleSchema, defineFactType, extract, FACT_TYPES, loadRules, RuleError, type Article } from '../src/index.js';
import { scan } from '../src/rules/compiled.js';
import type { Found } from '../src/types.js';
import { parseCsvStrict } from './support/rfc4180.js';

// ---------------------------------------------------------------- the module

const mottos = defineFactType({
  key: 'mottos',
  needs: [],
  schema: ({ z, fact }) => fact({ text: z.string().describe('The motto as written, without its quotes') }),
  extract(doc, rules) {
    const out: Found<{ text: string }>[] = [];
    for (const rule of rules) {
      for (const m of scan(rule, doc.text)) {
        out.push({ fact: { text: m.groups.motto ?? '' }, span: { start: m.start, end: m.end }, rule: rule.id, confidence: rule.confidence });
      }
    }
    return out;
  },
  identity: (f) => f.text,
  csv: { type: 'motto', columns: ['motto'], row: (f) => ({ motto: f.text }) },
  articleColumns: { mottos: { list: (fs) => fs.map((f) => f.text.replace(/ /g, '_')) } },
});

// ---------------------------------------------------------------- its rule file

const dir = mkdtempSync(join(tmpdir(), 'vnextract-mottos-'));
writeFileSync(
  join(dir, 'mottos.yaml'),
  `type: mottos
description: The motto a congress adopts, in straight quotes.
rules:
  - name: quoted-motto
    pattern: 'khẩu hiệu "(?<motto>[^"\\n]{3,80})"'
    requires: [khẩu hiệu]
    examples:
      - 'Đại hội thông qua khẩu hiệu "Đoàn kết - Đổi mới - Phát triển".'
`,
);

// ---------------------------------------------------------------- registered in one line

const factTypes = [...FACT_TYPES, mottos];

const text = 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 có 250 đại biểu dự và thông qua khẩu hiệu "Đoàn kết - Đổi mới - Phát triển".';
const rules = await loadRules([dir], { factTypes });
const article = (await extract(text, { path: 'a.txt', rules, factTypes })) as Article & { mottos: unknown[] };

function csv(shape: 'facts' | 'articles'): string[][] {
  let out = '';
  const emitter = csvEmitter({ write: (s: string) => (out += s) }, shape, { factTypes });
  emitter.article(article);
  emitter.end();
  return parseCsvStrict(out);
}

describe('a fact type defined only in a test', () => {
  it('its rule file validates with the list that names it, and is refused without it', async () => {
    expect(rules.byType.get('mottos')?.map((r) => r.id)).toEqual(['mottos/quoted-motto']);
    await expect(loadRules([dir])).rejects.toThrow(RuleError);
    await expect(loadRules([dir])).rejects.toThrow(/mottos\.yaml: .*type/);
  });

  it('appears in the JSON output, after the built-in types, with its provenance', () => {
    expect(Object.keys(article)).toEqual(['source', 'title', ...FACT_TYPES.map((t) => t.key), 'mottos', 'messages']);
    expect(article.mottos).toEqual([
      {
        text: 'Đoàn kết - Đổi mới - Phát triển',
        rule: 'mottos/quoted-motto',
        confidence: 1,
        evidence: expect.objectContaining({ text: 'khẩu hiệu "Đoàn kết - Đổi mới - Phát triển"', line: 1 }),
      },
    ]);
    // The built-in facts are still there.
    expect(article.counts.map((c) => c.count)).toEqual([250]);
  });

  it('gives its rows and its column in --csv facts', () => {
    const [header, ...rows] = csv('facts');
    expect(header.slice(-6)).toEqual(['motto', 'rule', 'confidence', 'evidence', 'line', 'column']);
    const motto = rows.filter((r) => r[header.indexOf('type')] === 'motto');
    expect(motto.map((r) => [r[header.indexOf('motto')], r[header.indexOf('rule')]])).toEqual([['Đoàn kết - Đổi mới - Phát triển', 'mottos/quoted-motto']]);
    expect(rows.filter((r) => r[header.indexOf('type')] === 'count')).toHaveLength(1);
  });

  it('gives its column in --csv articles', () => {
    const [header, row] = csv('articles');
    expect(header.slice(-2)).toEqual(['mottos', 'warnings']);
    expect(row[header.indexOf('mottos')]).toBe('Đoàn_kết_-_Đổi_mới_-_Phát_triển');
  });

  it('is in the JSON Schema, and the article validates against it', () => {
    const schema = articleJsonSchema(factTypes) as { properties: Record<string, { items?: { properties: Record<string, { description?: string }> } }> };
    expect(Object.keys(schema.properties)).toEqual(['source', 'title', ...FACT_TYPES.map((t) => t.key), 'mottos', 'messages']);
    expect(schema.properties.mottos.items?.properties.text.description).toBe('The motto as written, without its quotes');
    expect(Object.keys(schema.properties.mottos.items?.properties ?? {})).toEqual(['text', 'rule', 'confidence', 'evidence']);
    expect(articleSchema(factTypes).safeParse(article).success).toBe(true);
    // The built-in schema knows nothing of it.
    expect(Object.keys((articleJsonSchema() as { properties: object }).properties)).not.toContain('mottos');
  });
});
