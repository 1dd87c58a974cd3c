/**
 * What every command that reads articles does around its own work: expand
 * the paths, refuse an output that is also a named input before opening it
 * (so nothing is truncated), read each input bounded (`read-input.ts`), hand
 * its bytes on, and stop at once when the output fails. One bad input never
 * stops the others; each is reported with its path and reason.
 */
import type { RecordFields } from '../normalize/read-article.js';
import { expandInputs, type Input } from './inputs.js';
import { jsonlRecords, type Step } from './jsonl-source.js';
import { isJsonlPath } from './jsonl-input.js';
import { describeError, readInput } from './read-input.js';
import { formatDiagnostic, report, reportNote, type Level } from './report.js';
import { Progress } from './progress.js';
import { isClosedPipe, openSink, outputIsInput, writeFailureMessage, type ClosableSink } from './sink.js';
import { displayPath } from './escape.js';
import { openSplitSink, planSplit, prepareOutputFolder, type SplitOptions } from './split-output.js';

export interface BatchOptions {
  out?: string;
  maxBytes: number;
  verbose?: boolean;
  /** `jsonl`: every input is a JSON Lines corpus; `auto` (default): a `.jsonl` file is one. */
  inputFormat?: 'auto' | 'jsonl';
  /** Show progress on standard error (the caller decides: a terminal, not --quiet, or --progress). */
  progress?: boolean;
  /** What folder walks and globs read (`--ext`), as `.txt`, …; default the article extensions. */
  extensions?: readonly string[];
  /** `-o DIR --split`: one output file per input under `out`, mirroring the input tree. */
  split?: Omit<SplitOptions, 'dir'>;
}

/**
 * One article to work on: a whole input, or one record of a JSON Lines input.
 * Reading yields units in input order; the work starts and finishes them.
 */
export interface Unit {
  input: Input;
  /** `source.path`: the input's path, or `FILE:LINE` for a record of a JSON Lines input. */
  path: string;
  /** The record's line in its JSON Lines input, for diagnostics (`FILE:LINE`). */
  line?: number;
  /** The input's bytes, or the record's text or HTML. */
  body: Buffer | string;
  /** The record's fields (its text's kind, id, url, title). */
  record?: RecordFields;
  /** The record's date (`YYYY-MM-DD`): its reference date. */
  date?: string | null;
  /** Fields of the record that were ignored, and why (warnings). */
  notes?: string[];
}

/** `FILE: level reason`, or `FILE:LINE: …` for a record of a JSON Lines input. */
export function formatUnitDiagnostic(unit: Pick<Unit, 'input' | 'line'>, level: Level, reason: string, where?: { line: number | null; column: number | null }, ruleId?: string | null): string {
  // A record's own line and column would read as the corpus file's: the record's line is named instead.
  return formatDiagnostic(unit.input.path, level, reason, unit.line ? { line: unit.line, column: null } : where, ruleId);
}

export interface BatchWork<T> {
  /** Begin the work on one article; it may go on (on another thread) while the next ones are read. */
  start(unit: Unit): Promise<T> | T;
  /** Finish it, in input order: write, report its own problems, return false when it failed. */
  finish(started: T, unit: Unit): boolean;
  /** After the last input (close a JSON array). */
  end(): void;
  /** Articles read and started ahead of the one being finished (default 1: none ahead). */
  readAhead?: number;
  /**
   * An input that could not be read or found (`vnextract check` reports it as
   * a finding); default: a diagnostic on standard error. It counts as failed.
   */
  problem?(path: string, reason: string, ruleId: string | null, line?: number): void;
  /** `--split`: write from now on to `sink` (the next input's own file), framed anew; `end()` closes each. */
  retarget?(sink: ClosableSink): void;
  /** Articles written so far: an output file that got none is not kept (`--split`). */
  emitted?(): number;
}

/** However many inputs may be read ahead, their bytes together stay below this. */
const READ_AHEAD_BYTES = 16 * 1024 * 1024;

export interface BatchResult {
  /** Inputs (and JSON Lines records) that could not be found, read or processed. */
  failed: number;
  /** Articles handed to the work. */
  read: number;
  /** All inputs found (a JSON Lines input counts once per record, blank lines aside). */
  total: number;
  /**
   * The output failed and the work stopped early: `closed` when its reader
   * went away (`| head`, nothing to say), `error` when a write failed
   * (already reported in one line).
   */
  outputFailure: 'closed' | 'error' | null;
  /** `--split`: output files written, and inputs skipped because their output is up to date (`--resume`). */
  files: number;
  upToDate: number;
}

/** A usage error: reported, exit status 2. */
export function usage(reason: string): number {
  report(formatDiagnostic('vnextract', 'error', reason));
  report('(run with --help for usage)');
  return 2;
}

/** The articles of the inputs, in order: one per file, one per record of a JSON Lines input. */
async function* stepsOf(inputs: Input[], opts: BatchOptions, output: ClosableSink['id'], closers: Set<() => void>): AsyncGenerator<Step> {
  for (const input of inputs) {
    if (opts.inputFormat === 'jsonl' || (input.kind === 'file' && isJsonlPath(input.path))) {
      yield* jsonlRecords(input, { maxBytes: opts.maxBytes, output }, closers);
      continue;
    }
    const got = await readInput(input, { maxBytes: opts.maxBytes, output });
    if ('isOutput' in got) yield { skipped: input };
    else if ('problem' in got) yield { input, problem: got.problem };
    else yield { unit: { input, path: input.path, body: got.bytes } };
  }
}

export async function runBatch<T>(paths: string[], opts: BatchOptions, start: (sink: ClosableSink) => BatchWork<T>): Promise<BatchResult | number> {
  const expanded = expandInputs(paths, { jsonl: opts.inputFormat === 'jsonl', extensions: opts.extensions });
  const { problems } = expanded;
  let { inputs } = expanded;
  const split = opts.split ? { ...opts.split, dir: opts.out ?? '' } : null;
  let targets: Map<Input, string> | null = null;
  let upToDate = 0;
  if (split) {
    if (!split.dir || split.dir === '-') return usage('--split writes one file per input into a folder: name it with -o DIR');
    const notFolder = prepareOutputFolder(split.dir);
    if (notFolder) return usage(notFolder);
    const plan = planSplit(inputs, split);
    if (typeof plan === 'string') return usage(plan);
    for (const input of plan.inOutput) if (opts.verbose) report(formatDiagnostic(input.path, 'info', 'skipped: it is in the output folder'));
    upToDate = plan.upToDate.length;
    if (opts.verbose) for (const input of plan.upToDate) report(formatDiagnostic(input.path, 'info', 'skipped: its output is up to date (--resume)'));
    targets = plan.targets;
    inputs = inputs.filter((i) => plan.targets.has(i));
  }
  const conflict = split ? null : outputIsInput(opts.out, inputs);
  if (conflict) return usage(conflict);
  let sink: ClosableSink;
  try {
    sink = split ? nullSink : openSink(opts.out);
  } catch (e) {
    // Not a usage error: the command line was right, the file system said no (exit 1, no usage hint).
    report(`vnextract: cannot write ${displayPath(opts.out!)}: ${describeError(e)}`);
    return 1;
  }
  const work = start(sink);
  for (const p of problems) {
    if (work.problem) work.problem(p.path, p.reason, 'read');
    else report(formatDiagnostic(p.path, 'error', p.reason));
  }
  const result: BatchResult = { failed: problems.length, read: 0, total: problems.length, outputFailure: null, files: 0, upToDate };
  const progress = opts.progress ? new Progress(process.stderr, inputs.length, Progress.sizeOf(inputs)) : null;
  // --split: the input whose file is open, and the articles written before it was opened.
  let current: Input | null = null;
  let emittedBefore = 0;
  const closeCurrent = async () => {
    if (!current) return;
    current = null;
    if (sink.failure()) return void (await sink.discard?.());
    if ((work.emitted?.() ?? 0) > emittedBefore) {
      work.end();
      await sink.close();
      if (!sink.failure()) result.files++;
    } else await sink.discard?.(); // nothing extracted (it failed): no file, so --resume tries it again
  };
  /** Open the output file of `input` (`--split`); false when it cannot be made (reported: the run stops). */
  const openFor = async (input: Input): Promise<boolean> => {
    await closeCurrent();
    if (sink.failure()) return false;
    const target = targets!.get(input)!;
    try {
      sink = openSplitSink(target);
    } catch (e) {
      reportNote(writeFailureMessage(displayPath(target), e as NodeJS.ErrnoException));
      result.outputFailure = 'error';
      return false;
    }
    current = input;
    emittedBefore = work.emitted?.() ?? 0;
    work.retarget?.(sink);
    return true;
  };
  // Articles read (and their work started) but not yet finished, in input order.
  const pending: { step: Step; bytes: number; started?: Promise<T> | T }[] = [];
  let pendingBytes = 0;
  const finishNext = async (): Promise<boolean> => {
    const { step, started } = pending.shift()!;
    if ('problem' in step) {
      if (work.problem) work.problem(step.line ? `${step.input.path}:${step.line}` : step.input.path, step.problem.reason, step.problem.ruleId, step.line);
      else report(formatUnitDiagnostic(step, 'error', step.problem.reason, undefined, step.problem.ruleId));
      result.failed++;
      progress?.done(step.input, 0);
    } else if ('unit' in step) {
      pendingBytes -= step.unit.body.length;
      const outcome = await started!;
      if (split && step.unit.input !== current && !(await openFor(step.unit.input))) return false;
      if (!work.finish(outcome, step.unit)) result.failed++;
      progress?.done(step.unit.input, step.unit.body.length);
    }
    await sink.settle();
    return !sink.failure() && !result.outputFailure; // nobody is reading, or nothing can be written: stop the work
  };
  const ahead = Math.max(1, work.readAhead ?? 1);
  // Streams being read (standard input, a JSON Lines file), closed when the work stops early.
  const closers = new Set<() => void>();
  const steps = stepsOf(inputs, opts, split ? null : sink.id, closers);
  let going = true;
  let next = steps.next();
  for (;;) {
    // While the next article is not there yet (a pipe fed slowly), the ones already
    // extracted are written: a streaming filter answers each line as it comes.
    let got: IteratorResult<Step> | null = null;
    while (going && got === null) {
      const head = pending[0];
      if (!head) got = await next;
      else if (!('unit' in head.step)) going = await finishNext();
      else {
        const ready = await Promise.race([next, Promise.resolve(head.started).then(() => null)]);
        if (ready) got = ready;
        else going = await finishNext();
      }
    }
    if (!going || !got || got.done) break;
    const step = got.value;
    next = steps.next();
    if ('skipped' in step) {
      // Found by a folder walk or a glob: the file being written is never read.
      if (opts.verbose) report(formatDiagnostic(step.skipped.path, 'info', 'skipped: it is the output file'));
      continue;
    }
    result.total++;
    if ('unit' in step) {
      result.read++;
      pending.push({ step, bytes: step.unit.body.length, started: work.start(step.unit) });
      pendingBytes += step.unit.body.length;
    } else pending.push({ step, bytes: 0 });
    while (going && (pending.length >= ahead || pendingBytes >= READ_AHEAD_BYTES)) going = await finishNext();
    if (!going) break;
  }
  while (going && pending.length) going = await finishNext();
  progress?.end();
  // Stopped early (the output failed): the stream being read is closed, not waited for.
  for (const close of closers) close();
  if (split) {
    if (going) await closeCurrent();
    else await sink.discard?.(); // stopped early: the file being written is not whole
  } else {
    if (!sink.failure()) work.end();
    await sink.close();
  }
  const failure = sink.failure();
  if (failure) {
    result.outputFailure = isClosedPipe(failure) ? 'closed' : 'error';
    if (result.outputFailure === 'error') reportNote(writeFailureMessage(displayPath(sink.name), failure));
  }
  return result;
}

/** The sink of a --split run before its first file is open: nothing is written to it. */
const nullSink: ClosableSink = {
  name: 'no file',
  id: null,
  write() {},
  failure: () => null,
  settle: async () => {},
  close: async () => {},
};
