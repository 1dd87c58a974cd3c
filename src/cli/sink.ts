/**
 * Where output goes: a file opened once and written synchronously, or
 * standard output. A write that fails (a full disk, a reader that went
 * away) is recorded, not thrown: the command sees `failure`, stops its work
 * and says so in one line. Node reports standard output's errors only as
 * events, so `settle()` gives them a turn of the event loop; it also waits
 * while a slow reader drains the pipe, so output never piles up in memory.
 */
import { closeSync, fstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Sink } from '../emit/emitter.js';
import { describeError } from './read-input.js';
import { displayPath } from './escape.js';
import { idOf, idOfPath, regularFileOfFd, sameFile, type FileId } from './file-identity.js';
import type { Input } from './inputs.js';

export interface ClosableSink extends Sink {
  /** What the messages call this output: the file's path, or `standard output`. */
  readonly name: string;
  /** The file written to, when it is one, so that no input reads it. */
  readonly id: FileId | null;
  /** The first write error; nothing is written after it. */
  failure(): NodeJS.ErrnoException | null;
  /** Let pending write errors surface and wait for a full pipe to drain. */
  settle(): Promise<void>;
  close(): Promise<void>;
  /** Close without keeping what was written (a file sink's output stays as it was). */
  discard?(): Promise<void>;
}

/** The reader of the output went away (`| head`): stop, and say nothing. */
export const isClosedPipe = (e: NodeJS.ErrnoException): boolean => e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED';

/** `cannot write sheet.csv: no space left on device` */
export function writeFailureMessage(name: string, e: NodeJS.ErrnoException): string {
  const reason = e.code === 'ENOSPC' ? 'no space left on device' : e.code === 'EDQUOT' ? 'disk quota exceeded' : describeError(e);
  return `cannot write ${name}: ${reason}`;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const TURN_MS = 10;

let stdoutError: NodeJS.ErrnoException | null = null;
let watching = false;
let runFinished = false;

/**
 * Standard output's one error listener, for every command. A failure after
 * the command has finished (the last bytes of a pipe) ends the process here:
 * quietly for a closed pipe, with one line otherwise.
 */
export function watchStdout(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    stdoutError ??= e;
    if (!runFinished) return;
    if (!isClosedPipe(e)) process.stderr.write(`vnextract: ${writeFailureMessage('standard output', e)}\n`);
    process.exit(isClosedPipe(e) ? (process.exitCode ?? 0) : 1);
  });
}

/** The command has returned its status: a later stdout failure ends the process. */
export function markFinished(): void {
  runFinished = true;
}

function stdoutSink(): ClosableSink {
  watchStdout();
  const out = process.stdout;
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('error', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done).on('error', done).on('close', done);
    });
  // A turn of the event loop costs 5–30 µs; after every article of a corpus
  // that adds up, so take one every few milliseconds: a reader that left is
  // still noticed within one article and TURN_MS.
  let lastTurn = performance.now();
  const turn = async () => {
    await nextTurn();
    lastTurn = performance.now();
  };
  const settle = async () => {
    if (out.writableNeedDrain && !stdoutError) await drained();
    else if (performance.now() - lastTurn < TURN_MS) return;
    await turn();
  };
  const close = async () => {
    if (out.writableNeedDrain && !stdoutError) await drained();
    await turn();
  };
  return {
    name: 'standard output',
    id: regularFileOfFd(1), // `>> file`
    write: (chunk) => {
      if (!stdoutError) out.write(chunk);
    },
    failure: () => stdoutError,
    settle,
    close,
  };
}

/** What a file sink does when it closes: move the finished temporary file over the output, or nothing. */
interface Commit {
  /** The file the inputs must not read (the output as it was, if it existed). */
  id?: FileId | null;
  /** The bytes are all written and closed: make them the output. */
  done(): void;
  /** Writing failed: leave the output as it was. */
  abandon(): void;
}

function fileSink(path: string, fd: number, commit?: Commit): ClosableSink {
  let error: NodeJS.ErrnoException | null = null;
  let id: FileId | null = null;
  try {
    id = commit?.id ?? idOf(fstatSync(fd, { bigint: true }));
  } catch {
    // an output we cannot stat cannot be matched against inputs either
  }
  return {
    name: path,
    id,
    write(chunk) {
      if (error) return;
      const bytes = Buffer.from(chunk);
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
      } catch (e) {
        error = e as NodeJS.ErrnoException;
      }
    },
    failure: () => error,
    settle: async () => {},
    async close() {
      try {
        closeSync(fd);
      } catch (e) {
        error ??= e as NodeJS.ErrnoException; // some file systems report a full disk only here
      }
      if (!commit) return;
      if (error) return commit.abandon();
      try {
        commit.done();
      } catch (e) {
        error = e as NodeJS.ErrnoException;
        commit.abandon();
      }
    },
    async discard() {
      try {
        closeSync(fd);
      } catch {
        // what was written is dropped anyway
      }
      commit?.abandon();
    },
  };
}

/** Temporary files not yet moved over their output: removed if the process is interrupted. */
const unfinished = new Set<string>();
let cleansUp = false;

function removeUnfinished(): void {
  for (const tmp of unfinished) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  unfinished.clear();
}

/** On Ctrl-C or a kill, the temporary output goes and the output stays as it was; the exit status is the signal's. */
function cleanUpOnSignals(): void {
  if (cleansUp) return;
  cleansUp = true;
  process.on('exit', removeUnfinished);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      removeUnfinished();
      process.exit(code);
    });
  }
}

/**
 * Open the output; throws (with the system's code) when it cannot be opened.
 * A regular file (or a new one) is written as a temporary file beside it and
 * renamed over it when the run ends, so an interrupted run, a full disk or a
 * crash never leaves a truncated JSON or CSV: the output is the old one or
 * the whole new one. A device or a pipe (`-o /dev/null`) is written directly.
 */
export function openSink(out: string | undefined): ClosableSink {
  if (!out || out === '-') return stdoutSink();
  let existing: Stats | null = null;
  try {
    existing = statSync(out);
  } catch {
    // a new file
  }
  if (existing && !existing.isFile()) return fileSink(out, openSync(out, 'w'));
  // A symbolic link stays one: its target is replaced.
  const target = existing ? realpathSync(out) : out;
  // A hidden name with no extension a folder walk reads.
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.vnextract-partial`);
  const fd = openSync(tmp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  cleanUpOnSignals();
  unfinished.add(tmp);
  const forget = () => unfinished.delete(tmp);
  return fileSink(out, fd, {
    id: existing ? idOfPath(target) : null,
    done: () => {
      renameSync(tmp, target);
      forget();
    },
    abandon: () => {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
      forget();
    },
  });
}

/**
 * A named input that is also the output (`x.txt -o ./x.txt`, a symlink or a
 * hard link of it, `- -o x.txt < x.txt`, `x.txt >> x.txt`), compared by
 * device and inode before the output is opened, so nothing is truncated.
 * Returns the message of the usage error, or null.
 */
export function outputIsInput(out: string | undefined, inputs: Input[]): string | null {
  const toFile = Boolean(out && out !== '-');
  const target = toFile ? idOfPath(out!) : regularFileOfFd(1);
  if (!target) return null;
  for (const input of inputs) {
    if (!input.named) continue;
    const id = input.kind === 'stdin' ? regularFileOfFd(0) : idOfPath(input.path);
    if (!sameFile(id, target)) continue;
    const what = input.kind === 'stdin' ? 'standard input' : displayPath(input.path);
    return toFile
      ? `the output ${displayPath(out!)} is also an input (${what}): writing it would destroy the input; choose another output file`
      : `standard output is the file of an input (${what}): writing to it would damage the input; choose another output`;
  }
  return null;
}
