/**
 * What every command that reads articles does around its own work: expand
 * the paths, refuse an output that is also a named input before opening it
 * (so nothing is truncated), read each input bounded (`read-input.ts`), hand
 * its bytes on, and stop at once when the output fails. One bad input never
 * stops the others; each is reported with its path and reason.
 */
import { expandInputs, type Input } from './inputs.js';
import { describeError, readInput } from './read-input.js';
import { formatDiagnostic, report, reportNote } from './report.js';
import { isClosedPipe, openSink, outputIsInput, writeFailureMessage, type ClosableSink } from './sink.js';
import { displayPath } from './escape.js';

export interface BatchOptions {
  out?: string;
  maxBytes: number;
  verbose?: boolean;
}

export interface BatchWork {
  /** One input's bytes; report its own problems, return false when it failed. */
  each(bytes: Buffer, input: Input): Promise<boolean> | boolean;
  /** After the last input (close a JSON array). */
  end(): void;
}

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

export async function runBatch(paths: string[], opts: BatchOptions, start: (sink: ClosableSink) => BatchWork): Promise<BatchResult | number> {
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
  for (const input of inputs) {
    const got = await readInput(input, { maxBytes: opts.maxBytes, output: sink.id });
    if ('isOutput' in got) {
      // Found by a folder walk or a glob: the file being written is never read.
      if (opts.verbose) report(formatDiagnostic(input.path, 'info', 'skipped: it is the output file'));
      result.total--;
      continue;
    }
    if ('problem' in got) {
      report(formatDiagnostic(input.path, 'error', got.problem.reason, undefined, got.problem.ruleId));
      result.failed++;
      continue;
    }
    result.read++;
    if (!(await work.each(got.bytes, input))) result.failed++;
    await sink.settle();
    if (sink.failure()) break; // nobody is reading, or nothing can be written: stop the work
  }
  if (!sink.failure()) work.end();
  await sink.close();
  const failure = sink.failure();
  if (failure) {
    result.outputFailure = isClosedPipe(failure) ? 'closed' : 'error';
    if (result.outputFailure === 'error') reportNote(writeFailureMessage(displayPath(sink.name), failure));
  }
  return result;
}
