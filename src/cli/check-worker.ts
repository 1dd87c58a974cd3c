/**
 * Worker thread that checks the examples of a user's rule files
 * (`check-rules.ts`): one message before each case and one with its result,
 * so that the main thread can stop a case that overruns its time budget.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { attachProbe, enterStage } from '../probe.js';
import { ExampleChecker, exampleCases } from '../rules/check-examples.js';
import type { SourceRuleFile } from '../rules/compile.js';
import type { RuleBundle } from '../rules/compiled.js';
import { ruleSetFrom } from '../rules/load.js';

export interface CheckSetup {
  bundle: RuleBundle;
  /** The rule files whose examples are checked (the bundle holds them and the built-in ones). */
  sources: SourceRuleFile[];
  /** Index of the first case to check (after a case that was stopped). */
  from: number;
  probe: SharedArrayBuffer;
}

export type CheckReply = { start: number } | { done: number; reason: string | null } | { end: true };

const { bundle, sources, from, probe } = workerData as CheckSetup;
attachProbe(probe);
const cases = exampleCases(sources);
const checker = new ExampleChecker(ruleSetFrom(bundle), cases);
const port = parentPort;
if (!port) throw new Error('check-worker.js runs on a worker thread');
for (let i = from; i < cases.length; i++) {
  port.postMessage({ start: i } satisfies CheckReply);
  let reason: string | null;
  try {
    reason = checker.check(cases[i]);
  } catch (e) {
    reason = `the check failed: ${(e as Error).message}`;
  }
  enterStage('');
  port.postMessage({ done: i, reason } satisfies CheckReply);
}
port.postMessage({ end: true } satisfies CheckReply);
