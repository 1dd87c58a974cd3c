/**
 * A JSON Lines input (a file, or standard input) as a stream of articles:
 * one per record, in line order, each named `FILE:LINE`. A line that is no
 * record (invalid JSON, no text, a field of the wrong type, an empty text,
 * longer than --max-bytes) is a problem of that line alone: the lines after
 * it are still read. Blank lines are skipped. The stream is read as the
 * batch asks for the next article, so memory holds only the articles read
 * ahead, whatever the size of the corpus.
 */
import { closeSync, constants, createReadStream, fstatSync, openSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { sniffBinary, SNIFF_BYTES } from '../normalize/binary.js';
import type { Unit } from './batch.js';
import { idOf, sameFile, type FileId } from './file-identity.js';
import type { Input } from './inputs.js';
import { lineTooLong, parseRecord, splitLines } from './jsonl-input.js';
import { describeError, type ReadProblem } from './read-input.js';

/** What reading yields, in input order: an article, a problem of an input (or of one line of it), or the output file found as an input. */
export type Step = { unit: Unit } | { input: Input; line?: number; problem: ReadProblem } | { skipped: Input };

/** Chunks read at once from a JSON Lines file. */
const CHUNK = 1 << 20;

class Refused extends Error {
  constructor(readonly problem: ReadProblem) {
    super(problem.reason);
  }
}

/** The stream's chunks, its first one checked for binary content and stripped of a UTF-8 byte-order mark. */
async function* checked(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let first = true;
  for await (let chunk of stream) {
    if (first) {
      first = false;
      const why = sniffBinary(chunk.subarray(0, SNIFF_BYTES));
      if (why) throw new Refused({ reason: `binary file (${why}), not JSON Lines: skipped`, ruleId: 'binary' });
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    yield chunk;
  }
}

/** Only spaces, tabs (and a CR left by CRLF): a blank line. */
function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

/** Open a named JSON Lines file as a stream, or say why it is not read. */
function openFile(path: string, output: FileId | null): Readable | ReadProblem | 'output' {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { reason: `cannot read: ${describeError(e)}`, ruleId: null };
  }
  try {
    const st = fstatSync(fd, { bigint: true });
    if (sameFile(idOf(st), output)) return 'output';
    if (st.isDirectory()) return { reason: 'cannot read: is a folder', ruleId: null };
  } catch (e) {
    return { reason: `cannot read: ${describeError(e)}`, ruleId: null };
  } finally {
    closeSync(fd);
  }
  return createReadStream(path, { highWaterMark: CHUNK });
}

export interface JsonlReadOptions {
  /** Longest line read, in bytes; a longer one is reported and skipped. */
  maxBytes: number;
  /** The file being written: an input that turns out to be it is skipped unread. */
  output?: FileId | null;
}

/**
 * The records of one JSON Lines input. `closers` holds a function that
 * closes the stream while it is being read, so a batch that stops early
 * (its reader went away) does not wait for standard input to end.
 */
export async function* jsonlRecords(input: Input, opts: JsonlReadOptions, closers: Set<() => void>): AsyncGenerator<Step> {
  let stream: Readable;
  if (input.kind === 'stdin') stream = process.stdin;
  else {
    const opened = openFile(input.path, opts.output ?? null);
    if (opened === 'output') {
      yield { skipped: input };
      return;
    }
    if (!('read' in opened)) {
      yield { input, problem: opened };
      return;
    }
    stream = opened;
  }
  const close = () => stream.destroy();
  closers.add(close);
  try {
    for await (const l of splitLines(checked(stream), opts.maxBytes)) {
      if ('tooLong' in l) {
        yield { input, line: l.line, problem: { reason: lineTooLong(opts.maxBytes), ruleId: 'max-bytes' } };
        continue;
      }
      if (isBlank(l.bytes)) continue;
      const record = parseRecord(l.bytes);
      if ('reason' in record) {
        yield { input, line: l.line, problem: { reason: record.reason, ruleId: 'jsonl' } };
        continue;
      }
      const unit: Unit = { input, path: `${input.path}:${l.line}`, line: l.line, body: record.body, record: record.fields, date: record.date };
      if (record.notes.length) unit.notes = record.notes;
      yield { unit };
    }
  } catch (e) {
    yield { input, problem: e instanceof Refused ? e.problem : { reason: `cannot read: ${describeError(e)}`, ruleId: null } };
  } finally {
    closers.delete(close);
    if (input.kind !== 'stdin') stream.destroy();
  }
}
