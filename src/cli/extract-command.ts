/** `vnextract extract`: read inputs one by one, extract, emit, report. */
import type { Emitter, Sink } from '../emit/emitter.js';
import type { CsvShape } from '../emit/csv.js';
import { jsonEmitter } from '../emit/json.js';
import { jsonlEmitter } from '../emit/jsonl.js';
import type { ExampleFailure } from '../rules/check-examples.js';
import type { SourceRuleFile } from '../rules/compile.js';
import type { RuleBundle } from '../rules/compiled.js';
import { ruleFilesIn } from '../rules/files.js';
import { loadUserRules } from '../rules/load.js';
import { existsSync, statSync } from 'node:fs';
import { formatUnitDiagnostic, runBatch, usage } from './batch.js';
import { displayPath } from './escape.js';
import { formatDiagnostic, levelOf, report, reportNote } from './report.js';
import { ExtractorPool } from './extractor-pool.js';
import { readingFrom } from './reading-options.js';
import type { WorkerExtractorOptions } from './worker-extractor.js';

/** Articles read and handed to each worker ahead of the one being written. */
const READ_AHEAD_PER_JOB = 8;

export interface ExtractCliOptions {
  format: 'json' | 'jsonl' | 'csv';
  csv: CsvShape;
  out?: string;
  /** `-o DIR --split`: one output file per input, mirroring the input tree. */
  split?: boolean;
  /** With --split: skip inputs whose output is whole and not older than the input. */
  resume?: boolean;
  bom: boolean;
  rules?: string[];
  /** Check the examples of the --rules files, report and exit: no input is read. */
  checkRules: boolean;
  reference?: string;
  /** `jsonl`: every input is a JSON Lines corpus (one article per line); `auto`: a `.jsonl` file is one. */
  inputFormat: 'auto' | 'jsonl';
  /** Seconds one article may take (0: no limit), as given on the command line. */
  timeout: string;
  /** Worker threads, as given on the command line. */
  jobs: string;
  /** What folder walks and globs read (`.txt`, …). */
  extensions?: readonly string[];
  /** `--progress` / `--no-progress`; undefined: on when standard error is a terminal and not --quiet. */
  progress?: boolean;
  /** Parsed by the option parser (`--max-bytes 50M`). */
  maxBytes: number;
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
}

/**
 * The emitter for the chosen format. The CSV writer is loaded only for CSV:
 * its columns come from the fact-type registry, which JSON output does not
 * need on this thread (the worker extracts).
 */
export async function emitterFor(opts: Pick<ExtractCliOptions, 'format' | 'csv' | 'bom'>): Promise<(sink: Sink) => Emitter> {
  if (opts.format === 'jsonl') return (sink) => jsonlEmitter(sink);
  if (opts.format === 'csv') {
    const { csvEmitter } = await import('../emit/csv.js');
    return (sink) => csvEmitter(sink, opts.csv, { bom: opts.bom });
  }
  return (sink) => jsonEmitter(sink);
}

/** `rules/mine.yaml: error rule "x" example 2 ("Đại hội …"): reason [mine/x]` */
function formatFailure(f: ExampleFailure, level: 'error' | 'warning'): string {
  const text = f.text.length > 60 ? `${f.text.slice(0, 60)}…` : f.text;
  const what = `${f.rule ? `rule "${f.rule}" ` : ''}${f.kind} ${f.index + 1} ("${text}")`;
  return formatDiagnostic(f.path, level, `${what}: ${f.reason}`, undefined, f.rule ? `${f.file}/${f.rule}` : f.file);
}

/** Check the examples of the user's rule files (on a worker thread, each under the time budget). */
async function checkUserRules(bundle: RuleBundle, sources: SourceRuleFile[], budgetMs: number) {
  // Loaded only when a user's rules are: the built-in ones are checked by the test suite.
  const { checkRuleExamples } = await import('./check-rules.js');
  return checkRuleExamples(bundle, sources, budgetMs);
}

export async function runExtract(paths: string[], opts: ExtractCliOptions): Promise<number> {
  const reading = readingFrom(opts);
  if (typeof reading === 'string') return usage(reading);
  const { budgetMs, jobs } = reading;
  opts = { ...opts, progress: reading.progress };
  if (opts.checkRules) {
    if (!opts.rules?.length) return usage('--check-rules checks the rule files of --rules DIR: name a folder with --rules');
    if (paths.length > 0) return usage('--check-rules only checks rules and reads no input: leave out the input paths');
  } else if (paths.length === 0) {
    if (process.stdin.isTTY) return usage('no input: name files, folders or globs, or - to read standard input');
    paths = ['-'];
  }
  if (opts.resume && !opts.split) return usage('--resume goes on with a --split run: it needs -o DIR --split');
  let warnings = 0;
  // --strict: the workers also run the check rules (`vnextract check`'s, with its settings file), and any error fails the run.
  let lint: WorkerExtractorOptions['lint'];
  if (opts.strict) {
    const { findConfig, readConfig } = await import('../lint/config.js');
    const config = findConfig();
    try {
      lint = { settings: config ? (await readConfig(config)).rules : {}, signature: false };
    } catch (e) {
      return usage(`cannot use the check settings: ${(e as Error).message}`);
    }
  }
  if (!opts.rules?.length) {
    // The built-in rules only: the workers read them themselves, and the first boots now, while this thread reads the inputs.
    return extractWith(new ExtractorPool({ budgetMs, lint }, jobs).warm(), paths, opts, warnings);
  }
  let failingExamples = 0;
  let bundle: RuleBundle;
  let userSources: SourceRuleFile[] = [];
  try {
    // `--rules corpus/ article.txt`: a folder of articles taken for rules would be a silent empty run.
    for (const dir of opts.rules ?? []) {
      if (existsSync(dir) && statSync(dir).isDirectory() && ruleFilesIn(dir).length === 0) {
        return usage(`--rules ${displayPath(dir)}: not a rules folder, it holds no .yaml or .yml file (--rules takes one folder; name the inputs after it)`);
      }
    }
    ({ bundle, sources: userSources } = await loadUserRules(opts.rules));
  } catch (e) {
    return usage(`cannot load rules: ${(e as Error).message}`);
  }
  if (opts.checkRules || userSources.length > 0) {
    // A user's rule whose examples fail may do nothing, or something else than meant: say so before extracting.
    let check: Awaited<ReturnType<typeof checkUserRules>>;
    try {
      check = await checkUserRules(bundle, userSources, budgetMs);
    } catch (e) {
      report(formatDiagnostic('vnextract', 'error', `cannot check the examples of the rules: ${(e as Error).message}`));
      return 1;
    }
    const level = opts.checkRules ? 'error' : 'warning';
    for (const f of check.failures) if (opts.checkRules || !opts.quiet) report(formatFailure(f, level));
    if (opts.checkRules) {
      const checked = `${check.cases} example(s) and negative(s) of ${check.rules} rule(s) in ${check.files} rule file(s)`;
      reportNote(check.failures.length ? `${check.failures.length} of ${checked} fail their check` : `${checked}: all pass`);
      return check.failures.length ? 1 : 0;
    }
    warnings += check.failures.length;
    failingExamples = check.failures.length;
  }
  return extractWith(new ExtractorPool({ bundle, budgetMs, lint }, jobs), paths, opts, warnings, failingExamples);
}

/** Extract the inputs with the workers of `extractor`, emit, report; the exit status. */
async function extractWith(extractor: ExtractorPool, paths: string[], opts: ExtractCliOptions, warnings: number, failingExamples = 0): Promise<number> {
  let done = 0;
  let checkErrors = 0;
  const makeEmitter = await emitterFor(opts);
  let result: Awaited<ReturnType<typeof runBatch>>;
  try {
    const progress = Boolean(opts.progress); // resolved by runExtract
    const split = opts.split ? { ext: opts.format, resume: Boolean(opts.resume) } : undefined;
    result = await runBatch(paths, { ...opts, progress, split }, (sink) => {
      let emitter = makeEmitter(sink);
      return {
        retarget(next) {
          emitter = makeEmitter(next);
        },
        emitted: () => done,
        readAhead: READ_AHEAD_PER_JOB * extractor.size,
        // A record's own date is its reference date; --reference is the one of the others.
        start: (unit) => extractor.extract(unit.body, unit.path, unit.date ?? opts.reference, unit.record),
        finish(outcome, unit) {
          for (const note of unit.notes ?? []) {
            warnings++;
            if (!opts.quiet) report(formatUnitDiagnostic(unit, 'warning', note, undefined, 'jsonl'));
          }
          if (!outcome.ok) {
            report(formatUnitDiagnostic(unit, 'error', outcome.reason, undefined, outcome.ruleId));
            return false;
          }
          const { article } = outcome;
          emitter.article(article);
          done++;
          let ok = true;
          // --strict: the check rules' errors, each reported once (extraction's own messages are reported below).
          for (const f of outcome.findings ?? []) {
            if (f.severity !== 'error') continue;
            checkErrors++;
            if (!f.restates && !article.messages.some((m) => m.ruleId === f.ruleId)) report(formatUnitDiagnostic(unit, 'error', f.message, f, f.ruleId));
          }
          for (const m of article.messages) {
            const level = levelOf(m);
            if (level === 'warning') warnings++;
            if (level === 'error') ok = false;
            if (level === 'error' || (level === 'warning' && !opts.quiet) || (level === 'info' && opts.verbose)) {
              report(formatUnitDiagnostic(unit, level, m.reason, m, m.ruleId));
            }
          }
          return ok;
        },
        end: () => emitter.end(),
      };
    });
  } finally {
    await extractor.close(); // also when the batch throws: a started worker would keep the process alive
  }
  if (typeof result === 'number') return result;
  const { failed } = result;
  if (result.outputFailure === 'error') return 1;
  if (result.outputFailure === 'closed') return failed > 0 ? 1 : 0; // the reader has what it wanted: no summary
  if (!opts.quiet && (result.total > 1 || failed > 0 || opts.split)) {
    const where = opts.split ? ` → ${result.files} file(s) in ${displayPath(opts.out!)}` : opts.out ? ` → ${displayPath(opts.out)}` : '';
    const skipped = result.upToDate ? `, ${result.upToDate} input(s) up to date and skipped` : '';
    reportNote(`${done} article(s) extracted${failed ? `, ${failed} failure(s)` : ''}${warnings ? `, ${warnings} warning(s)` : ''}${skipped}${where}`);
  }
  if (failed > 0) return 1;
  // A user's rule whose examples fail is an error of the rules: --strict fails on it too.
  if (opts.strict && (checkErrors > 0 || failingExamples > 0)) return 1;
  return 0;
}
