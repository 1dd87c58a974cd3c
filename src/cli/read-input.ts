/**
 * Reading one input, for every command: a file, a pipe, a device or
 * standard input, never more than `maxBytes` of it, and nothing past the
 * first block when that block is not text (`src/normalize/binary.ts`).
 *
 * Regular files are read synchronously (a file read never waits on anyone,
 * and a thread-pool round trip per small article costs more than the read).
 * Pipes, terminals and devices, standard input among them, are read as
 * streams: `readFileSync(0)` fails with EAGAIN on a pipe that is not ready
 * yet, or that another stream has made non-blocking.
 */
import { closeSync, constants, fstatSync, openSync, readSync, createReadStream, type BigIntStats } from 'node:fs';
import { sniffBinary, SNIFF_BYTES } from '../normalize/binary.js';
import { formatByteSize } from './byte-size.js';
import { idOf, sameFile, type FileId } from './file-identity.js';
import type { Input } from './inputs.js';

export interface ReadOptions {
  /** Largest input read, in bytes; a larger one is reported and skipped. */
  maxBytes: number;
  /** The file being written: an input that turns out to be it is skipped unread. */
  output?: FileId | null;
}

export interface ReadProblem {
  reason: string;
  /** `binary` or `max-bytes` for content refused, `jsonl` for a line that is no record, null for a read error. */
  ruleId: 'binary' | 'max-bytes' | 'jsonl' | null;
}

export type ReadResult = { bytes: Buffer } | { problem: ReadProblem } | { isOutput: true };

export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return err.message ?? String(e);
  }
}

const cannotRead = (e: unknown): { problem: ReadProblem } => ({ problem: { reason: `cannot read: ${describeError(e)}`, ruleId: null } });

const binary = (why: string): { problem: ReadProblem } => ({ problem: { reason: `binary file (${why}), not an article: skipped`, ruleId: 'binary' } });

const tooBig = (maxBytes: number): { problem: ReadProblem } => ({
  problem: { reason: `larger than --max-bytes ${formatByteSize(maxBytes)}: skipped`, ruleId: 'max-bytes' },
});

/** Read `length` bytes at `offset` of `buf`, or fewer at the end of the file. */
function readFully(fd: number, buf: Buffer, offset: number, length: number): number {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, offset + got, length - got, null);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Chunks of unknown total size, bounded and sniffed as they come. */
class Bounded {
  private chunks: Buffer[] = [];
  private size = 0;
  private sniffed = false;

  constructor(private readonly maxBytes: number) {}

  /** Take a chunk; a result means: stop reading, this is the outcome. */
  add(chunk: Buffer): { problem: ReadProblem } | null {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (!this.sniffed && this.size >= SNIFF_BYTES) {
      const refused = this.sniff();
      if (refused) return refused;
    }
    return this.size > this.maxBytes ? tooBig(this.maxBytes) : null;
  }

  finish(): ReadResult {
    if (!this.sniffed) {
      const refused = this.sniff();
      if (refused) return refused;
    }
    return { bytes: this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size) };
  }

  private sniff(): { problem: ReadProblem } | null {
    this.sniffed = true;
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    const why = sniffBinary((this.chunks[0] ?? Buffer.alloc(0)).subarray(0, SNIFF_BYTES));
    return why ? binary(why) : null;
  }
}

/** A regular file, from an open descriptor whose size is known. */
function readRegular(fd: number, st: BigIntStats, maxBytes: number): ReadResult {
  const size = Number(st.size);
  if (size > maxBytes) return tooBig(maxBytes); // refused before reading a byte
  if (size === 0) {
    // Files such as those of /proc say 0 and still have content: read to the end, bounded.
    const bounded = new Bounded(maxBytes);
    for (;;) {
      const block = Buffer.allocUnsafe(SNIFF_BYTES);
      const n = readFully(fd, block, 0, block.length);
      if (n === 0) return bounded.finish();
      const stop = bounded.add(block.subarray(0, n));
      if (stop) return stop;
    }
  }
  const buf = Buffer.allocUnsafe(size);
  const head = Math.min(size, SNIFF_BYTES);
  let got = readFully(fd, buf, 0, head);
  const why = sniffBinary(buf.subarray(0, got));
  if (why) return binary(why);
  if (got === head && size > head) got += readFully(fd, buf, got, size - got);
  return { bytes: got === size ? buf : buf.subarray(0, got) };
}

/** A pipe, terminal or device, as a stream; leaving the loop early closes it. */
async function readStream(stream: AsyncIterable<Buffer>, maxBytes: number): Promise<ReadResult> {
  const bounded = new Bounded(maxBytes);
  try {
    for await (const chunk of stream) {
      const stop = bounded.add(chunk);
      if (stop) return stop;
    }
  } catch (e) {
    return cannotRead(e);
  }
  return bounded.finish();
}

async function readFile(path: string, opts: ReadOptions): Promise<ReadResult> {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for its writer here (it is read as a stream below).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return cannotRead(e);
  }
  let st: BigIntStats;
  try {
    st = fstatSync(fd, { bigint: true });
    if (sameFile(idOf(st), opts.output ?? null)) return { isOutput: true };
    if (st.isDirectory()) return { problem: { reason: 'cannot read: is a folder', ruleId: null } };
    if (st.isFile()) return readRegular(fd, st, opts.maxBytes);
  } catch (e) {
    return cannotRead(e);
  } finally {
    closeSync(fd);
  }
  return readStream(createReadStream(path, { highWaterMark: SNIFF_BYTES }), opts.maxBytes);
}

async function readStdin(opts: ReadOptions): Promise<ReadResult> {
  let st: BigIntStats | null = null;
  try {
    st = fstatSync(0, { bigint: true });
  } catch {
    // no standard input at all: the stream below reports it
  }
  if (st?.isFile()) {
    try {
      return readRegular(0, st, opts.maxBytes); // `< file`: its size is known before reading
    } catch (e) {
      return cannotRead(e);
    }
  }
  return readStream(process.stdin, opts.maxBytes);
}

/** The bytes of one input, or why it is not read. */
export function readInput(input: Input, opts: ReadOptions): Promise<ReadResult> {
  return input.kind === 'stdin' ? readStdin(opts) : readFile(input.path, opts);
}
