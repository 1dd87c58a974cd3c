/**
 * `-o DIR --split`: one output file per input, in a tree that mirrors the
 * inputs' (`corpus/2020/a.txt` → `DIR/2020/a.txt.json`), each written
 * atomically (a temporary file renamed when it is whole). `--resume` skips an
 * input whose output is whole and not older than the input, so a run that
 * was stopped goes on where it stopped.
 */
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { displayPath } from './escape.js';
import { rootOf, type Input } from './inputs.js';
import { openSink, type ClosableSink } from './sink.js';

export interface SplitOptions {
  /** The output folder (`-o DIR`). */
  dir: string;
  /** The output format's extension, without its dot: `json`, `jsonl`, `csv`. */
  ext: string;
  /** Skip inputs whose output is up to date. */
  resume: boolean;
}

export interface SplitPlan {
  /** The output file of each input to extract. */
  targets: Map<Input, string>;
  /** The inputs left out: up to date (--resume), or files of the output tree itself. */
  upToDate: Input[];
  inOutput: Input[];
}

/** The bytes a whole output of the format ends with: the writers end every output with a line end. */
const ENDS: Record<string, string> = { json: '\n', jsonl: '\n', csv: '\n' };

/** The output folder: made when missing; a file of that name is a usage error (its message), else null. */
export function prepareOutputFolder(dir: string): string | null {
  try {
    if (!statSync(dir).isDirectory()) return `-o ${displayPath(dir)} with --split names a folder to write one file per input into, but it is a file`;
  } catch {
    // made with the first output file
  }
  return null;
}

/**
 * Where each input's output goes, and which inputs need no run. Two inputs
 * that would write one file (`a/x.txt` and `b/x.txt` named side by side)
 * are a usage error: the message names both.
 */
export function planSplit(inputs: Input[], opts: SplitOptions): SplitPlan | string {
  const targets = new Map<Input, string>();
  const owners = new Map<string, Input>();
  const upToDate: Input[] = [];
  const inOutput: Input[] = [];
  const outRoot = resolve(opts.dir) + sep;
  for (const input of inputs) {
    if (input.kind === 'stdin') return '--split writes one file per input file, and standard input has no name: use -o FILE for it';
    // A JSON Lines output of an earlier run inside an input folder is not an article.
    if (resolve(input.path).startsWith(outRoot)) {
      inOutput.push(input);
      continue;
    }
    let rel = relative(rootOf(input), input.path);
    if (rel === '' || rel.startsWith('..')) rel = input.path.split(/[\\/]/).pop()!;
    const target = join(opts.dir, `${rel}.${opts.ext}`);
    const prior = owners.get(target);
    if (prior) {
      return `--split would write ${displayPath(prior.path)} and ${displayPath(input.path)} to the same file ${displayPath(target)}: name the folder that holds both, or run them separately`;
    }
    owners.set(target, input);
    if (opts.resume && isUpToDate(input.path, target, ENDS[opts.ext] ?? '\n')) upToDate.push(input);
    else targets.set(input, target);
  }
  return { targets, upToDate, inOutput };
}

/** The output exists, is not older than the input, and ends as a whole output does (a file of an older, non-atomic writer may not). */
function isUpToDate(input: string, target: string, end: string): boolean {
  let fd: number | null = null;
  try {
    const out = statSync(target);
    if (!out.isFile() || out.mtimeMs < statSync(input).mtimeMs || out.size < end.length) return false;
    fd = openSync(target, 'r');
    const tail = Buffer.alloc(end.length);
    readSync(fd, tail, 0, end.length, out.size - end.length);
    return tail.toString('utf8') === end;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Open one input's output file: its folders are made, and it is written beside itself and renamed when closed. */
export function openSplitSink(target: string): ClosableSink {
  mkdirSync(dirname(target), { recursive: true });
  return openSink(target);
}
