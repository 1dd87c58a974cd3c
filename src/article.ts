/**
 * unified compiler: the facts on the tree become the article object of the
 * output contract: `source`, `title`, one key per fact type in registry order,
 * `messages`. Every fact gets its evidence (the text as written in the
 * input, offsets, line and column); equal facts are kept once, first first.
 */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { findTitle } from './extract/title.js';
import type { AnyFactType } from './facts/fact-type.js';
import { enterStage } from './probe.js';
import type { Vocabulary } from './rules/vocabulary.js';
import type { Article, Evidence, Message } from './schema.js';
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

/** The facts of one type as output: evidence attached, equal ones kept once (the first). */
function outputFacts(tree: ArticleRoot, type: AnyFactType): unknown[] {
  const list = (tree.data.found as Record<string, Found<never>[] | undefined>)[type.key] ?? [];
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const f of list) {
    const key = type.identity ? type.identity(f.fact) : JSON.stringify(f.fact);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...(f.fact as object), rule: f.rule, confidence: f.confidence, evidence: evidenceOf(tree, f) });
  }
  return out;
}

export function compileArticle(this: Processor, options: { factTypes: readonly AnyFactType[]; vocabulary: Vocabulary }): void {
  const { factTypes, vocabulary } = options;
  this.compiler = (node, file: VFile): Article => {
    const tree = node as ArticleRoot;
    const facts = factTypes.map((type) => [type, outputFacts(tree, type)] as const);
    enterStage('title');
    const page = tree.data.page;
    const article: Record<string, unknown> = {
      source: {
        path: String(file.path ?? '-'),
        bytes: tree.data.bytes,
        encoding: tree.data.encoding,
        url: tree.data.metadata.url,
        id: tree.data.metadata.id,
      },
      // A record's title, else the page's, else the text's own.
      title: tree.data.metadata.title ?? page?.title ?? findTitle(docOf(tree), vocabulary),
    };
    for (const [type, list] of facts) {
      article[type.key] = type.single ? (list[0] ?? type.fromPage?.(tree) ?? null) : list;
    }
    article.messages = messagesOf(file);
    return article as Article;
  };
}
