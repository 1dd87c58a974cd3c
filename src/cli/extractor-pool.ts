/**
 * `-j N`: articles spread over N worker threads, each a WorkerExtractor with
 * its own time budget. An article goes to the worker with the least work
 * queued (in bytes: one large article should not hold back the short ones
 * behind it on the same thread); the batch writes the answers in input order
 * whatever thread gave them, so the output is the same for every N.
 */
import { WorkerExtractor, type Extraction, type WorkerExtractorOptions } from './worker-extractor.js';
import type { RecordFields } from '../normalize/read-article.js';

export class ExtractorPool {
  private readonly workers: { extractor: WorkerExtractor; queuedBytes: number }[];

  constructor(options: WorkerExtractorOptions, jobs: number) {
    this.workers = Array.from({ length: Math.max(1, jobs) }, () => ({ extractor: new WorkerExtractor(options), queuedBytes: 0 }));
  }

  /**
   * Start the first worker now: its boot overlaps this thread's reading of the
   * inputs. The others start with their first article, as before, so a run of
   * one article boots one worker.
   */
  warm(): this {
    this.workers[0].extractor.warm();
    return this;
  }

  get size(): number {
    return this.workers.length;
  }

  extract(bytes: Uint8Array | string, path: string, reference?: string, record?: RecordFields): Promise<Extraction> {
    let w = this.workers[0];
    for (const x of this.workers) if (x.queuedBytes < w.queuedBytes) w = x;
    // Strings count by length: close enough to bytes to balance the queues.
    const size = bytes.length + 1;
    w.queuedBytes += size;
    return w.extractor.extract(bytes, path, reference, record).finally(() => {
      w.queuedBytes -= size;
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.extractor.close()));
  }
}
