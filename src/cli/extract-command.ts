/** `vnextract extract`: read inputs one by one, extract, emit, report. */
import type { Emitter, Sink } from '../emit/emitter.js';
import { csvEmitter, type CsvShape } from '../emit/csv.js';
import { jsonEmitter } from '../emit/json.js';
import { jsonlEmitter } from '../emit/jsonl.js';
import { extractSync } from '../index.js';
import { ruleFilesIn } from '../rules/files.js';
import { loadRules, type RuleSet } from '../rules/load.js';
import type { Article } from '../schema.js';
import { isCalendarDate } from '../util/calendar.js';
import { runBatch, usage } from './batch.js';
import { displayPath } from './escape.js';
import type { Input } from './inputs.js';
import { formatDiagnostic, levelOf, report, reportNote } from './report.js';

export interface ExtractCliOptions {
  format: 'json' | 'jsonl' | 'csv';
  csv: CsvShape;
  out?: string;
  bom: boolean;
  rules?: string[];
  reference?: string;
  /** Parsed by the option parser (`--max-bytes 50M`). */
  maxBytes: number;
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
}

export function emitterFor(sink: Sink, opts: Pick<ExtractCliOptions, 'format' | 'csv' | 'bom'>): Emitter {
  if (opts.format === 'jsonl') return jsonlEmitter(sink);
  if (opts.format === 'csv') return csvEmitter(sink, opts.csv, { bom: opts.bom });
  return jsonEmitter(sink);
}

export type ArticleOutcome = { article: Article } | { error: string };

/**
 * One article: its bytes in, the article or the reason it failed out. The
 * only place the command runs the extractor, so that running it elsewhere
 * (a worker thread with a time budget) changes this function alone.
 */
export async function extractArticle(bytes: Buffer, input: Input, rules: RuleSet, reference: string | undefined): Promise<ArticleOutcome> {
  try {
    return { article: extractSync(bytes, rules, { path: input.path, reference }) };
  } catch (e) {
    return { error: `extraction failed: ${(e as Error).message}` };
  }
}

export async function runExtract(paths: string[], opts: ExtractCliOptions): Promise<number> {
  if (opts.reference !== undefined && !isCalendarDate(opts.reference)) {
    return usage(`--reference takes a real calendar date as YYYY-MM-DD, not "${opts.reference}"`);
  }
  if (paths.length === 0) {
    if (process.stdin.isTTY) return usage('no input: name files, folders or globs, or - to read standard input');
    paths = ['-'];
  }
  let warnings = 0;
  let rules: RuleSet;
  try {
    for (const dir of opts.rules ?? []) {
      if (ruleFilesIn(dir).length > 0) continue;
      warnings++;
      if (!opts.quiet) report(formatDiagnostic(dir, 'warning', 'the rules folder holds no .yaml or .yml file: no rules added'));
    }
    rules = await loadRules(opts.rules ?? []);
  } catch (e) {
    return usage(`cannot load rules: ${(e as Error).message}`);
  }
  let done = 0;
  const result = await runBatch(paths, opts, (sink) => {
    const emitter = emitterFor(sink, opts);
    return {
      async each(bytes, input) {
        const outcome = await extractArticle(bytes, input, rules, opts.reference);
        if ('error' in outcome) {
          report(formatDiagnostic(input.path, 'error', outcome.error));
          return false;
        }
        const { article } = outcome;
        emitter.article(article);
        done++;
        let ok = true;
        for (const m of article.messages) {
          const level = levelOf(m);
          if (level === 'warning') warnings++;
          if (level === 'error') ok = false;
          if (level === 'error' || (level === 'warning' && !opts.quiet) || (level === 'info' && opts.verbose)) {
            report(formatDiagnostic(input.path, level, m.reason, m, m.ruleId));
          }
        }
        return ok;
      },
      end: () => emitter.end(),
    };
  });
  if (typeof result === 'number') return result;
  const { failed } = result;
  if (result.outputFailure === 'error') return 1;
  if (result.outputFailure === 'closed') return failed > 0 ? 1 : 0; // the reader has what it wanted: no summary
  if (!opts.quiet && (result.total > 1 || failed > 0)) {
    reportNote(`${done} article(s) extracted${failed ? `, ${failed} failure(s)` : ''}${warnings ? `, ${warnings} warning(s)` : ''}${opts.out ? ` → ${displayPath(opts.out)}` : ''}`);
  }
  if (failed > 0) return 1;
  if (opts.strict && warnings > 0) return 1;
  return 0;
}
