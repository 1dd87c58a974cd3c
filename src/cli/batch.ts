/**
 * What every command that reads articles does around its own work: expand
 * the paths, refuse an output that is also a named input before opening it
 * (so nothing is truncated), read each input bounded (`read-input.ts`), hand
 * its bytes on, and stop at once when the output fails. One bad input never
 * stops the others; each is reported with its path and reason.
 */
import { expandInputs, type Input } from './inputs.js';
import { describeError, readInput, type ReadProblem } from './read-input.js';
import { formatDiagnostic, report, reportNote } from './report.js';
import { isClosedPipe, openSink, outputIsInput, writeFailureMessage, type ClosableSink } from './sink.js';
import { displayPath } from './escape.js';

export interface BatchOptions {
  out?: string;
  maxBytes: number;
  verbose?: boolean;
}

export interface BatchWork<T> {
  /** Begin the work on one input's bytes; it may go on (on another thread) while the next inputs are read. */
  start(bytes: Buffer, input: Input): Promise<T> | T;
  /** Finish it, in input order: write, report its own problems, return false when it failed. */
  finish(started: T, input: Input): boolean;
  /** After the last input (close a JSON array). */
  end(): void;
  /** Inputs read and started ahead of the one being finished (default 1: none ahead). */
  readAhead?: number;
}

/** However many inputs may be read ahead, their bytes together stay below this. */
const READ_AHEAD_BYTES = 16 * 1024 * 1024;

export interface BatchResult {
  /** Inputs that could not be found, read or processed. */
  failed: number;
  /** Inputs handed to `each`. */
  read: number;
  /** All inputs found. */
  total: number;
  /**
   * The output failed and the work stopped early: `closed` when its reader
   * went away (`| head`, nothing to say), `error` when a write failed
   * (already reported in one line).
   */
  outputFailure: 'closed' | 'error' | null;
}

/** A usage error: reported, exit status 2. */
export function usage(reason: string): number {
  report(formatDiagnostic('vnextract', 'error', reason));
  report('(run with --help for usage)');
  return 2;
}

export async function runBatch<T>(paths: string[], opts: BatchOptions, start: (sink: ClosableSink) => BatchWork<T>): Promise<BatchResult | number> {
  const { inputs, problems } = expandInputs(paths);
  const conflict = outputIsInput(opts.out, inputs);
  if (conflict) return usage(conflict);
  let sink: ClosableSink;
  try {
    sink = openSink(opts.out);
  } catch (e) {
    return usage(`cannot write ${displayPath(opts.out!)}: ${describeError(e)}`);
  }
  for (const p of problems) report(formatDiagnostic(p.path, 'error', p.reason));
  const result: BatchResult = { failed: problems.length, read: 0, total: inputs.length + problems.length, outputFailure: null };
  const work = start(sink);
  // Inputs read (and their work started) but not yet finished, in input order.
  const pending: { input: Input; bytes: number; started?: Promise<T> | T; problem?: ReadProblem }[] = [];
  let pendingBytes = 0;
  const finishNext = async (): Promise<boolean> => {
    const step = pending.shift()!;
    pendingBytes -= step.bytes;
    if (step.problem) {
      report(formatDiagnostic(step.input.path, 'error', step.problem.reason, undefined, step.problem.ruleId));
      result.failed++;
    } else if (!work.finish(await step.started!, step.input)) result.failed++;
    await sink.settle();
    return !sink.failure(); // nobody is reading, or nothing can be written: stop the work
  };
  const ahead = Math.max(1, work.readAhead ?? 1);
  let going = true;
  for (const input of inputs) {
    const got = await readInput(input, { maxBytes: opts.maxBytes, output: sink.id });
    if ('isOutput' in got) {
      // Found by a folder walk or a glob: the file being written is never read.
      if (opts.verbose) report(formatDiagnostic(input.path, 'info', 'skipped: it is the output file'));
      result.total--;
      continue;
    }
    if ('problem' in got) pending.push({ input, bytes: 0, problem: got.problem });
    else {
      result.read++;
      pending.push({ input, bytes: got.bytes.length, started: work.start(got.bytes, input) });
      pendingBytes += got.bytes.length;
    }
    while (going && (pending.length >= ahead || pendingBytes >= READ_AHEAD_BYTES)) going = await finishNext();
    if (!going) break;
  }
  while (going && pending.length) going = await finishNext();
  if (!sink.failure()) work.end();
  await sink.close();
  const failure = sink.failure();
  if (failure) {
    result.outputFailure = isClosedPipe(failure) ? 'closed' : 'error';
    if (result.outputFailure === 'error') reportNote(writeFailureMessage(displayPath(sink.name), failure));
  }
  return result;
}
