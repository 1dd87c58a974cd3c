/** Where output goes: a file opened once and written synchronously, or standard output. */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Sink } from '../emit/emitter.js';

export interface ClosableSink extends Sink {
  close(): void;
}

export function openSink(out: string | undefined): ClosableSink {
  if (!out || out === '-') {
    return { write: (chunk) => void process.stdout.write(chunk), close: () => {} };
  }
  const fd = openSync(out, 'w');
  return {
    write: (chunk) => void writeSync(fd, chunk),
    close: () => closeSync(fd),
  };
}
