/**
 * Worker thread that extracts articles for the command line: rules handed
 * over once (as the compiled bundle), then one message per article. It runs
 * on its own thread so that the main thread can stop it when an article
 * overruns its time budget (`worker-extractor.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractSync } from '../extract-article.js';
import { attachProbe, enterStage } from '../probe.js';
import type { RecordFields } from '../normalize/read-article.js';
import type { RuleBundle } from '../rules/compiled.js';
import { ruleSetFrom } from '../rules/load.js';

export interface WorkerSetup {
  bundle: RuleBundle;
  probe: SharedArrayBuffer;
}

export interface ArticleRequest {
  id: number;
  /** The input's bytes, or a JSON Lines record's text (already decoded). */
  bytes: Uint8Array | string;
  path: string;
  reference?: string;
  record?: RecordFields;
}

export type ArticleReply = { id: number; article: unknown } | { id: number; error: string };

const { bundle, probe } = workerData as WorkerSetup;
attachProbe(probe);
const rules = ruleSetFrom(bundle);
const port = parentPort!;

port.on('message', (req: ArticleRequest) => {
  let reply: ArticleReply;
  try {
    reply = { id: req.id, article: extractSync(req.bytes, rules, { path: req.path, reference: req.reference, record: req.record }) };
  } catch (e) {
    reply = { id: req.id, error: (e as Error).message ?? String(e) };
  }
  enterStage('');
  port.postMessage(reply);
});
port.postMessage('ready');
