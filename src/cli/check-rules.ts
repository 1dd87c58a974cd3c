/**
 * The examples of a user's rule files (`--rules DIR`), checked when they are
 * loaded: on a worker thread, each case under a time budget, since a user's
 * rule may backtrack on its own example as well as on an article. The
 * built-in rules are not checked here: the test suite checks them.
 */
import { Worker } from 'node:worker_threads';
import { PROBE_BYTES, readProbe } from '../probe.js';
import { exampleCases, type ExampleFailure } from '../rules/check-examples.js';
import type { SourceRuleFile } from '../rules/compile.js';
import type { RuleBundle } from '../rules/compiled.js';
import { ruleIds } from '../rules/load.js';
import type { CheckReply, CheckSetup } from './check-worker.js';

const WORKER = new URL('./check-worker.js', import.meta.url);

/** A case runs the pipeline up to three times (to tell the rule's role, with it, without it). */
const RUNS_PER_CASE = 3;

export interface RulesCheck {
  failures: ExampleFailure[];
  /** Examples and negatives checked. */
  cases: number;
  rules: number;
  files: number;
}

/** One worker from case `from` on; resolves with the case it was stopped at, or null when all ran. */
function runFrom(
  setup: Omit<CheckSetup, 'from' | 'probe'>,
  from: number,
  budgetMs: number,
  onDone: (index: number, reason: string | null) => void,
): Promise<{ stopped: number; where: string } | null> {
  const probe = new SharedArrayBuffer(PROBE_BYTES);
  const worker = new Worker(WORKER, { workerData: { ...setup, from, probe } satisfies CheckSetup });
  const ids = ruleIds(setup.bundle);
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (value: { stopped: number; where: string } | null, error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(value);
    };
    worker.on('message', (m: CheckReply) => {
      if ('start' in m) {
        if (!(budgetMs > 0 && Number.isFinite(budgetMs))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const { stage, rule } = readProbe(probe);
          const where = rule >= 0 ? `: stuck in rule ${ids[rule]}` : stage ? `: stuck in stage ${stage}` : '';
          settle({ stopped: m.start, where });
        }, budgetMs * RUNS_PER_CASE);
      } else if ('done' in m) {
        clearTimeout(timer);
        onDone(m.done, m.reason);
      } else settle(null);
    });
    worker.on('error', (e) => settle(null, e));
    worker.on('exit', (code) => settle(null, new Error(`the check's worker thread stopped (exit code ${code})`)));
  });
}

/**
 * Check every example and negative of `sources` with the rules of `bundle`
 * (which holds them). `budgetMs` is the time budget of one article (--timeout);
 * a case may take three times that. A case stopped for overrunning it fails,
 * and so do the other cases of its rule, which would run the same pattern.
 */
export async function checkRuleExamples(bundle: RuleBundle, sources: SourceRuleFile[], budgetMs: number): Promise<RulesCheck> {
  const cases = exampleCases(sources);
  const failures: ExampleFailure[] = [];
  const setup = { bundle, sources };
  let from = 0;
  while (from < cases.length) {
    const stop = await runFrom(setup, from, budgetMs, (i, reason) => {
      if (reason !== null) failures.push({ ...cases[i], reason });
    });
    if (!stop) break;
    const c = cases[stop.stopped];
    const seconds = Number(((budgetMs * RUNS_PER_CASE) / 1000).toFixed(3));
    failures.push({ ...c, reason: `stopped after ${seconds} s (three times --timeout)${stop.where}` });
    from = stop.stopped + 1;
    while (from < cases.length && c.rule !== null && cases[from].path === c.path && cases[from].rule === c.rule) {
      failures.push({ ...cases[from], reason: `not checked: an earlier ${c.kind} of the rule overran its time budget` });
      from++;
    }
  }
  const rules = new Set(cases.filter((c) => c.rule !== null).map((c) => `${c.path}\u0000${c.rule}`));
  const files = sources.filter((s) => s.data.type !== 'fragments' && s.data.type !== 'lexicon' && s.data.type !== 'provinces').length;
  return { failures, cases: cases.length, rules: rules.size, files };
}
