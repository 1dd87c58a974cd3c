/**
 * Progress on standard error while a batch runs, for a person watching a
 * terminal: files done of all found, articles, MB and MB/s, time left. One
 * line, redrawn at most every REDRAW_MS and cleared before any diagnostic
 * (`report` asks it to), so findings are never mixed with it. Off when
 * standard error is not a terminal (a log file, a CI job) or with `--quiet`;
 * `--progress` / `--no-progress` force it either way.
 */
import { statSync } from 'node:fs';
import { setBeforeReport } from './report.js';
import type { Input } from './inputs.js';

const REDRAW_MS = 100;
const CLEAR = '\r\x1b[K';

export interface ProgressOut {
  write(text: string): unknown;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
  private filesDone = 0;
  private articles = 0;
  private bytesDone = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private lastInput: Input | null = null;
  private readonly started: number;

  /**
   * `totalBytes`: the inputs' sizes where known (files; standard input is
   * not), for the time left.
   */
  constructor(
    private readonly out: ProgressOut,
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    setBeforeReport(() => this.clear());
  }

  /** The inputs' sizes, by one stat each (only when progress is shown). */
  static sizeOf(inputs: readonly Input[]): number {
    let total = 0;
    for (const input of inputs) {
      if (input.kind !== 'file') continue;
      try {
        total += statSync(input.path).size;
      } catch {
        // reported when it is read
      }
    }
    return total;
  }

  /** One article (or one failed input) finished; `bytes` it held. */
  done(input: Input, bytes: number): void {
    if (input !== this.lastInput) {
      if (this.lastInput) this.filesDone++;
      this.lastInput = input;
    }
    this.articles++;
    this.bytesDone += bytes;
    const t = this.now();
    if (t - this.lastDraw >= REDRAW_MS) this.draw(t);
  }

  /** The line as it would be drawn now. */
  line(t = this.now()): string {
    const seconds = Math.max((t - this.started) / 1000, 1e-3);
    const rate = this.bytesDone / seconds;
    const files = Math.min(this.filesDone + (this.lastInput ? 1 : 0), this.totalFiles);
    const left = this.totalBytes > this.bytesDone && rate > 0 ? duration((this.totalBytes - this.bytesDone) / rate) : '?';
    return `vnextract: ${files}/${this.totalFiles} file(s), ${this.articles} article(s), ${mb(this.bytesDone)} MB, ${mb(rate)} MB/s, ${left} left`;
  }

  private draw(t: number): void {
    this.lastDraw = t;
    this.out.write(`${CLEAR}${this.line(t)}`);
    this.shown = true;
  }

  /** Take the line off the screen (before a diagnostic, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.out.write(CLEAR);
    this.shown = false;
  }

  end(): void {
    this.clear();
    setBeforeReport(null);
  }
}
