/**
 * Worker thread that extracts articles for the command line: rules handed
 * over once (as the compiled bundle), then one message per article. It runs
 * on its own thread so that the main thread can stop it when an article
 * overruns its time budget (`worker-extractor.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { htmlReader, loadHtmlReader } from '../normalize/html-reader.js';
import { mayBeHtml, type RecordFields } from '../normalize/read-article.js';
import { attachProbe, enterStage } from '../probe.js';
import type { RuleBundle } from '../rules/compiled.js';
import { loadRuleBundle, ruleSetFrom } from '../rules/load.js';
import { extractSync } from '../run-article.js';
import type { Signature } from '../lint/duplicates.js';
import type { Finding, RuleSetting } from '../lint/rule.js';

export interface WorkerSetup {
  /** The compiled rules; undefined: the built-in ones, read here. */
  bundle: RuleBundle | undefined;
  probe: SharedArrayBuffer;
  /** `vnextract check`: also run the check rules (with these settings) and make duplicate signatures. */
  lint?: { settings: Record<string, RuleSetting>; signature: boolean };
}

export interface ArticleRequest {
  id: number;
  /** The input's bytes, or a JSON Lines record's text (already decoded). */
  bytes: Uint8Array | string;
  path: string;
  reference?: string;
  record?: RecordFields;
}

/** The worker loads (or has loaded) the HTML reader: the time budget of the article pauses. */
export type LoadingNotice = { loading: boolean };

export type ArticleReply = { id: number; article: unknown; findings?: Finding[]; signature?: Signature | null } | { id: number; error: string };

const { bundle, probe, lint } = workerData as WorkerSetup;
attachProbe(probe);
const rules = ruleSetFrom(bundle ?? (await loadRuleBundle()));
// The check rules load only for `vnextract check`.
const lintInput = lint ? (await import('../lint/lint-text.js')).lintInput : null;
const port = parentPort!;

async function answer(req: ArticleRequest): Promise<void> {
  let reply: ArticleReply;
  try {
    // A corpus of .txt files (or of text records) never loads the HTML reader (a large part of start-up).
    if (mayBeHtml(req.path, req.record) && !htmlReader()) {
      // Loading modules is no work on the article: its clock stops meanwhile.
      port.postMessage({ loading: true } satisfies LoadingNotice);
      await loadHtmlReader();
      port.postMessage({ loading: false } satisfies LoadingNotice);
    }
    const options = { path: req.path, reference: req.reference, record: req.record };
    if (lintInput && lint) {
      const linted = lintInput(req.bytes, rules, { ...options, settings: lint.settings, signature: lint.signature });
      reply = { id: req.id, article: linted.article, findings: linted.findings, signature: linted.signature };
    } else reply = { id: req.id, article: extractSync(req.bytes, rules, options) };
  } catch (e) {
    reply = { id: req.id, error: (e as Error).message ?? String(e) };
  }
  enterStage('');
  port.postMessage(reply);
}

// In order: an article that waits for the HTML reader holds back the ones after it.
let last = Promise.resolve();
port.on('message', (req: ArticleRequest) => {
  last = last.then(() => answer(req));
});
port.postMessage('ready');
