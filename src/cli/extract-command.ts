/** `vnextract extract`: read inputs one by one, extract, emit, report. */
import { readFileSync } from 'node:fs';
import type { Emitter, Sink } from '../emit/emitter.js';
import { csvEmitter, type CsvShape } from '../emit/csv.js';
import { jsonEmitter } from '../emit/json.js';
import { jsonlEmitter } from '../emit/jsonl.js';
import { extractSync } from '../index.js';
import { loadRules, type RuleSet } from '../rules/load.js';
import { expandInputs, type Input } from './inputs.js';
import { formatDiagnostic, levelOf, report } from './report.js';
import { openSink, type ClosableSink } from './sink.js';

export interface ExtractCliOptions {
  format: 'json' | 'jsonl' | 'csv';
  csv: CsvShape;
  out?: string;
  bom: boolean;
  rules?: string[];
  reference?: string;
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
}

export function emitterFor(sink: Sink, opts: Pick<ExtractCliOptions, 'format' | 'csv' | 'bom'>): Emitter {
  if (opts.format === 'jsonl') return jsonlEmitter(sink);
  if (opts.format === 'csv') return csvEmitter(sink, opts.csv, { bom: opts.bom });
  return jsonEmitter(sink);
}

function usage(reason: string): number {
  report(formatDiagnostic('vnextract', 'error', reason));
  report('(run with --help for usage)');
  return 2;
}

function readInput(input: Input): Buffer {
  return input.kind === 'stdin' ? readFileSync(0) : readFileSync(input.path);
}

function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EISDIR') return 'is a folder';
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EACCES') return 'permission denied';
  return err.message ?? String(e);
}

export async function runExtract(paths: string[], opts: ExtractCliOptions): Promise<number> {
  if (opts.reference && !/^\d{4}-\d{2}-\d{2}$/.test(opts.reference)) {
    return usage(`--reference takes a date as YYYY-MM-DD, not "${opts.reference}"`);
  }
  if (paths.length === 0) {
    if (process.stdin.isTTY) return usage('no input: name files, folders or globs, or - to read standard input');
    paths = ['-'];
  }
  let rules: RuleSet;
  try {
    rules = await loadRules(opts.rules ?? []);
  } catch (e) {
    return usage(`cannot load rules: ${(e as Error).message}`);
  }
  const { inputs, problems } = expandInputs(paths);
  let sink: ClosableSink;
  try {
    sink = openSink(opts.out);
  } catch (e) {
    return usage(`cannot write ${opts.out}: ${reasonOf(e)}`);
  }
  let failed = problems.length;
  let warnings = 0;
  let done = 0;
  for (const p of problems) report(formatDiagnostic(p.path, 'error', p.reason));
  const emitter = emitterFor(sink, opts);
  for (const input of inputs) {
    let bytes: Buffer;
    try {
      bytes = readInput(input);
    } catch (e) {
      report(formatDiagnostic(input.path, 'error', `cannot read: ${reasonOf(e)}`));
      failed++;
      continue;
    }
    let article;
    try {
      article = extractSync(bytes, rules, { path: input.path, reference: opts.reference });
    } catch (e) {
      report(formatDiagnostic(input.path, 'error', `extraction failed: ${(e as Error).message}`));
      failed++;
      continue;
    }
    emitter.article(article);
    done++;
    for (const m of article.messages) {
      const level = levelOf(m);
      if (level === 'warning') warnings++;
      if (level === 'error') failed++;
      if (level === 'error' || (level === 'warning' && !opts.quiet) || (level === 'info' && opts.verbose)) {
        report(formatDiagnostic(input.path, level, m.reason, m, m.ruleId));
      }
    }
  }
  emitter.end();
  sink.close();
  if (!opts.quiet && (inputs.length + problems.length > 1 || failed > 0)) {
    report(`vnextract: ${done} article(s) extracted${failed ? `, ${failed} failure(s)` : ''}${warnings ? `, ${warnings} warning(s)` : ''}${opts.out ? ` → ${opts.out}` : ''}`);
  }
  if (failed > 0) return 1;
  if (opts.strict && warnings > 0) return 1;
  return 0;
}
