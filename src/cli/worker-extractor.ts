/**
 * Articles extracted on a worker thread under a time budget. A regular
 * expression cannot be interrupted from its own thread, so a runaway article
 * (a pathological input, a user's rule that backtracks) would stall a whole
 * batch; here the main thread gives each article at most `budgetMs` of the
 * worker's time, then terminates the worker, reads from the probe which
 * stage and rule it was stuck in, and starts a fresh worker for the rest.
 *
 * Several articles may be handed over at once (the caller reads the next
 * files while the worker extracts): the worker takes them in order, and an
 * article's clock starts when the one before it is answered.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../schema.js';
import type { Signature } from '../lint/duplicates.js';
import type { Finding } from '../lint/rule.js';
import { PROBE_BYTES, readProbe } from '../probe.js';
import type { RecordFields } from '../normalize/read-article.js';
import type { RuleBundle } from '../rules/compiled.js';
import { builtinRuleBundle, ruleIds } from '../rules/load.js';
import type { ArticleReply, ArticleRequest, LoadingNotice, WorkerSetup } from './extract-worker.js';

export type Extraction = { ok: true; article: Article; findings?: Finding[]; signature?: Signature | null } | { ok: false; reason: string; ruleId: string };

export interface WorkerExtractorOptions {
  /**
   * The compiled rules. Omitted: the built-in ones, which the worker reads
   * itself (dist/rules.json), so that it can start before this thread has
   * read anything and boot while this thread reads the inputs.
   */
  bundle?: RuleBundle;
  /** Milliseconds one article may take; 0 or Infinity: no limit. */
  budgetMs: number;
  /** `vnextract check`: the workers also run the check rules. */
  lint?: WorkerSetup['lint'];
}

interface Job {
  request: ArticleRequest;
  resolve(result: Extraction): void;
}

const WORKER = new URL('./extract-worker.js', import.meta.url);

/** Inputs from this size on may be slow without anything being wrong (≈ 1 s per 5 MB). */
const LARGE_INPUT = 2_000_000;

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

export class WorkerExtractor {
  private worker: Worker | null = null;
  private ready = false;
  private probe = new SharedArrayBuffer(PROBE_BYTES);
  private readonly queue: Job[] = [];
  private timer: NodeJS.Timeout | undefined;
  private nextId = 0;
  private ruleIdList: string[] | undefined;

  constructor(private readonly options: WorkerExtractorOptions) {}

  /** Start the worker now, before the first article (its start-up overlaps this thread's work). */
  warm(): this {
    if (!this.worker) this.start();
    return this;
  }

  /** Rule ids by index, read when an article is stopped and its rule named. */
  private get ids(): string[] {
    if (!this.ruleIdList) {
      const bundle = this.options.bundle ?? builtinRuleBundle();
      this.ruleIdList = bundle ? ruleIds(bundle) : [];
    }
    return this.ruleIdList;
  }

  /** Extract one article; a timeout or a crash of the worker is an error result, never a throw. */
  extract(bytes: Uint8Array | string, path: string, reference?: string, record?: RecordFields): Promise<Extraction> {
    return new Promise((resolve) => {
      const job: Job = { request: { id: this.nextId++, bytes, path, reference, record }, resolve };
      this.queue.push(job);
      if (!this.worker) this.start();
      else if (this.ready) {
        this.worker.postMessage(job.request);
        if (this.queue.length === 1) this.startClock();
      }
    });
  }

  private start(): void {
    this.probe = new SharedArrayBuffer(PROBE_BYTES);
    const setup: WorkerSetup = { bundle: this.options.bundle, probe: this.probe, lint: this.options.lint };
    const worker = new Worker(WORKER, { workerData: setup });
    this.worker = worker;
    this.ready = false;
    worker.on('message', (m: ArticleReply | LoadingNotice | 'ready') => {
      if (worker !== this.worker) return;
      if (typeof m === 'object' && 'loading' in m) {
        // Module loading (the HTML reader, on a busy machine seconds) is not the article's time.
        if (m.loading) clearTimeout(this.timer);
        else this.startClock();
      } else if (m === 'ready') {
        this.ready = true;
        for (const job of this.queue) worker.postMessage(job.request);
        this.startClock();
      } else this.answer(m.id, 'error' in m ? this.failure(`extraction failed: ${m.error}`, 'internal') : { ok: true, article: m.article as Article, findings: m.findings, signature: m.signature });
    });
    const lost = (reason: string) => {
      if (worker !== this.worker) return;
      this.worker = null;
      const head = this.queue[0];
      if (head) this.answer(head.request.id, this.failure(reason, 'internal'));
    };
    worker.on('error', (e) => lost(`extraction failed: ${e.message}`));
    worker.on('exit', (code) => lost(`extraction failed: the worker thread stopped (exit code ${code})`));
  }

  private failure(reason: string, ruleId: string): Extraction {
    return { ok: false, reason, ruleId };
  }

  /** Settle the head of the queue; the next article's clock starts, on a new worker if the last one is gone. */
  private answer(id: number, result: Extraction): void {
    const head = this.queue[0];
    if (!head || head.request.id !== id) return;
    clearTimeout(this.timer);
    this.queue.shift();
    head.resolve(result);
    if (this.queue.length === 0) return;
    if (!this.worker) this.start();
    else this.startClock();
  }

  private startClock(): void {
    const budget = this.options.budgetMs;
    const head = this.queue[0];
    if (!head || !(budget > 0 && Number.isFinite(budget))) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const size = head.request.bytes.length;
      // Extraction runs at several MB/s: a large input may simply need more time.
      const large = size >= LARGE_INPUT ? `; it holds ${(size / 1e6).toFixed(1)} MB: raise --timeout for inputs this large` : '';
      const reason = `stopped after ${seconds(budget)}, the time budget of one article (--timeout)${this.where()}${large}`;
      const worker = this.worker;
      this.worker = null;
      void worker?.terminate();
      this.answer(head.request.id, this.failure(reason, 'timeout'));
    }, budget);
  }

  /** `: stuck in rule counts/delegates (stage extract:counts)`, from the probe. */
  private where(): string {
    const { stage, rule } = readProbe(this.probe);
    const ruleId = rule >= 0 ? this.ids[rule] : undefined;
    if (ruleId) return `: stuck in rule ${ruleId}${stage ? ` (stage ${stage})` : ''}`;
    return stage ? `: stuck in stage ${stage}` : '';
  }

  /** Stop the worker (the process can then exit). */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
