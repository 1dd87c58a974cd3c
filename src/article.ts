/**
 * unified compiler: the facts on the tree become the article object of the
 * output contract. Every fact gets its evidence (the text as written in the
 * input, offsets, line and column); equal facts are kept once, first first.
 */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { EXTRACTORS } from './extract/index.js';
import { findTitle } from './extract/title.js';
import { enterStage } from './probe.js';
import type { Article, Evidence, FactKey, Message } from './schema.js';
import { docOf } from './tokenize/plugin.js';
import type { ArticleRoot } from './tree.js';
import type { Found } from './types.js';

declare module 'unified' {
  interface CompileResultMap {
    Article: Article;
  }
}

export function evidenceOf(tree: ArticleRoot, found: Found<unknown>): Evidence {
  const { map, original } = tree.data;
  const start = map.toOriginal(found.span.start);
  const end = Math.max(start, map.toOriginalEnd(found.span.end));
  const { line, column } = map.lineColumn(start);
  return { text: original.slice(start, end), start, end, line, column };
}

function messagesOf(file: VFile): Message[] {
  return file.messages.map((m) => ({
    reason: m.reason,
    ruleId: m.ruleId ?? null,
    line: m.line ?? null,
    column: m.column ?? null,
    fatal: m.fatal ?? null,
  }));
}

export function compileArticle(this: Processor): void {
  this.compiler = (node, file: VFile): Article => {
    const tree = node as ArticleRoot;
    const facts: Partial<Record<FactKey, unknown[]>> = {};
    for (const extractor of EXTRACTORS) {
      const list = tree.data.found[extractor.key] ?? [];
      const seen = new Set<string>();
      const out: unknown[] = [];
      for (const f of list as Found<never>[]) {
        const key = extractor.identity ? extractor.identity(f.fact) : JSON.stringify(f.fact);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...(f.fact as object), rule: f.rule, confidence: f.confidence, evidence: evidenceOf(tree, f) });
      }
      facts[extractor.key] = out;
    }
    const doc = docOf(tree);
    const page = tree.data.page;
    enterStage('title');
    let published = (facts.published?.[0] as Article['published']) ?? null;
    if (!published && page?.published) {
      const { value, start, end } = page.published;
      const evidence = { text: tree.data.original.slice(start, end), start, end, ...tree.data.map.lineColumn(start) };
      published = { value, rule: 'html/page-metadata', confidence: 1, evidence };
    }
    return {
      source: {
        path: String(file.path ?? '-'),
        bytes: tree.data.bytes,
        encoding: tree.data.encoding,
      },
      title: page?.title ?? findTitle(doc),
      published,
      congresses: (facts.congresses ?? []) as Article['congresses'],
      dates: (facts.dates ?? []) as Article['dates'],
      counts: (facts.counts ?? []) as Article['counts'],
      terms: (facts.terms ?? []) as Article['terms'],
      breakthroughs: (facts.breakthroughs ?? []) as Article['breakthroughs'],
      targets: (facts.targets ?? []) as Article['targets'],
      messages: messagesOf(file),
    };
  };
}
