/**
 * `vnextract check`: a linter for scraped corpora. Each input is read and
 * extracted as `extract` does (same walking, workers, time budget), then the
 * check rules run over it (`src/lint/`); duplicates are found across the
 * corpus, `--expect` turns a missing fact type into an error, and a reporter
 * writes the findings as they come (text, JSON, GitHub annotations, SARIF).
 * Exit status: 0 no error, 1 an error (or more warnings than
 * --max-warnings), 2 a usage error.
 */
import { existsSync } from 'node:fs';
import { DuplicateIndex } from '../lint/duplicates.js';
import { findConfig, readConfig } from '../lint/config.js';
import { allRules, settingOf, unknownRule } from '../lint/registry.js';
import { emptyCounts, type Reporter, type ReporterOptions, type Summary } from '../lint/reporters/reporter.js';
import type { Finding, RuleSetting } from '../lint/rule.js';
import { readingFrom } from './reading-options.js';
import { runBatch, usage } from './batch.js';
import { displayPath } from './escape.js';
import { ExtractorPool } from './extractor-pool.js';
import { reportNote } from './report.js';
import type { Extraction } from './worker-extractor.js';

export type CheckFormat = 'text' | 'json' | 'github' | 'sarif';

export interface CheckCliOptions {
  format: CheckFormat;
  out?: string;
  /** `--expect published,congresses` (as given; validated here). */
  expect?: string;
  /** `--rule ID=SEVERITY`, repeated. */
  rule?: string[];
  /** `--config FILE`; false with --no-config. */
  config?: string | false;
  /** As given; null: no limit. */
  maxWarnings?: string;
  listRules: boolean;
  jobs: string;
  timeout: string;
  reference?: string;
  inputFormat: 'auto' | 'jsonl';
  extensions?: readonly string[];
  maxBytes: number;
  progress?: boolean;
  quiet: boolean;
  /** The tool's version, for SARIF's driver. */
  version: string;
  /** Also show info findings (repairs and notes); they are counted either way. */
  verbose: boolean;
}

/**
 * The fields `--expect` may name: the fact types of the registry (loaded
 * only when asked: it holds every extractor) and the title.
 */
async function factFields(): Promise<string[]> {
  const { FACT_TYPES } = await import('../facts/registry.js');
  return [...FACT_TYPES.map((t) => t.key), 'title'];
}

/** The reporter of a format, loaded on demand. */
async function reporterFor(format: CheckFormat): Promise<(opts: ReporterOptions) => Reporter> {
  switch (format) {
    case 'json':
      return (await import('../lint/reporters/json.js')).jsonReporter;
    case 'github':
      return (await import('../lint/reporters/github.js')).githubReporter;
    case 'sarif':
      return (await import('../lint/reporters/sarif.js')).sarifReporter;
    default:
      return (await import('../lint/reporters/text.js')).textReporter;
  }
}

/** `--list-rules`: the table of rules (id, default severity, meaning, fix), tab-separated. */
function listRules(): number {
  const rows = allRules().map((r) => `${r.id}\t${r.severity}\t${r.meaning}\t${r.fix}`);
  process.stdout.write(`id\tseverity\tmeaning\tfix\n${rows.join('\n')}\n`);
  return 0;
}

export async function runCheck(paths: string[], opts: CheckCliOptions): Promise<number> {
  if (opts.listRules) return listRules();
  const reading = readingFrom(opts);
  if (typeof reading === 'string') return usage(reading);
  if (paths.length === 0) {
    if (process.stdin.isTTY) return usage('no input: name files, folders or globs to check, or - to read standard input');
    paths = ['-'];
  }

  // Settings: the config file's, then the command line's over them.
  let settings: Record<string, RuleSetting> = {};
  let expect: string[] = [];
  let maxWarnings: number | null = null;
  const configPath = opts.config === false ? null : (opts.config ?? findConfig());
  if (opts.config && !existsSync(opts.config)) return usage(`--config ${displayPath(opts.config)}: no such file`);
  if (configPath) {
    try {
      const config = await readConfig(configPath);
      settings = { ...config.rules };
      expect = config.expect;
      maxWarnings = config.maxWarnings;
    } catch (e) {
      return usage(`cannot use the check settings: ${(e as Error).message}`);
    }
  }
  for (const item of opts.rule ?? []) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(item.trim());
    if (!m) return usage(`--rule takes ID=SEVERITY (off, info, warning or error), such as decode/converted=off, not "${item}"`);
    settings[m[1]] = m[2] as RuleSetting;
  }
  if (opts.expect !== undefined) expect = opts.expect.split(',').map((s) => s.trim()).filter(Boolean);
  const fields = expect.length > 0 || Object.keys(settings).some((k) => k.startsWith('expect/')) ? await factFields() : [];
  for (const type of expect) {
    if (!fields.includes(type)) return usage(`--expect: no fact type "${type}" (one of ${fields.join(', ')})`);
  }
  for (const key of Object.keys(settings)) {
    const unknown = unknownRule(key, fields);
    if (unknown) return usage(`${configPath && !(opts.rule ?? []).some((r) => r.startsWith(`${key}=`)) ? `${configPath}: ` : '--rule: '}${unknown}`);
  }
  if (opts.maxWarnings !== undefined) {
    if (!/^\s*\d+\s*$/.test(opts.maxWarnings)) return usage(`--max-warnings takes a whole number, not "${opts.maxWarnings}"`);
    maxWarnings = Number(opts.maxWarnings);
  }

  const duplicates = settingOf('scrape/duplicate', settings) !== 'off' || settingOf('scrape/near-duplicate', settings) !== 'off' ? new DuplicateIndex() : null;
  const pool = new ExtractorPool({ budgetMs: reading.budgetMs, lint: { settings, signature: duplicates !== null } }, reading.jobs).warm();

  const summary: Summary = { files: 0, filesWithFindings: 0, counts: emptyCounts(), byRule: new Map(), failure: null, hiddenInfos: !opts.verbose };
  let reporter: Reporter | null = null;
  const rules = allRules();
  const makeReporter = await reporterFor(opts.format);
  const colour = Boolean(process.stdout.isTTY) && !opts.out && !process.env.NO_COLOR;

  /** Count, filter (--quiet, off) and hand one input's findings to the reporter. */
  const finishFile = (path: string, findings: Finding[]) => {
    summary.files++;
    findings.sort((a, b) => a.line - b.line || a.column - b.column); // stable: the rules' order at one place
    for (const f of findings) {
      summary.counts[f.severity]++;
      const per = summary.byRule.get(f.ruleId) ?? emptyCounts();
      per[f.severity]++;
      summary.byRule.set(f.ruleId, per);
    }
    const shown = findings.filter((f) => (opts.quiet ? f.severity === 'error' : f.severity !== 'info' || opts.verbose));
    if (shown.length) summary.filesWithFindings++;
    reporter!.file(path, shown);
  };
  const at = (ruleId: string, message: string, line = 1): Finding | null => {
    const severity = settingOf(ruleId, settings);
    return severity === 'off' ? null : { ruleId, severity, message, line, column: 1 };
  };

  let result: Awaited<ReturnType<typeof runBatch>>;
  try {
    result = await runBatch(paths, { ...opts, progress: reading.progress }, (sink) => {
      reporter = makeReporter({ out: sink, rules, version: opts.version, colour });
      return {
        readAhead: 8 * pool.size,
        // A record's own date goes with it: the article is dated even when its text has no dateline.
        start: (unit) => pool.extract(unit.body, unit.path, unit.date ?? opts.reference, unit.record && { ...unit.record, date: unit.date ?? null }),
        problem(path, reason, ruleId) {
          const f = at(ruleId ?? 'read', reason);
          finishFile(path, f ? [f] : []);
        },
        finish(outcome: Extraction, unit) {
          const findings: Finding[] = [];
          for (const note of unit.notes ?? []) {
            const f = at('jsonl', note);
            if (f) findings.push({ ...f, severity: f.severity === 'error' ? 'warning' : f.severity });
          }
          if (!outcome.ok) {
            const f = at(outcome.ruleId, outcome.reason);
            finishFile(unit.path, f ? [...findings, f] : findings);
            return true; // a finding, not a failure of the run: the exit status comes from the findings
          }
          findings.push(...(outcome.findings ?? []));
          const article = outcome.article as unknown as Record<string, unknown>;
          for (const type of expect) {
            const value = article[type];
            if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
              const f = at(`expect/${type}`, `no ${type} fact in this article, and --expect says every article has one: check that it is a congress report and how the fact is written`);
              if (f) findings.push(f);
            }
          }
          if (duplicates && outcome.signature) {
            const dup = duplicates.add(unit.path, outcome.signature);
            if (dup) {
              const f =
                dup.kind === 'exact'
                  ? at('scrape/duplicate', `the same words as ${displayPath(dup.of)}: keep one copy`)
                  : at('scrape/near-duplicate', `${Math.round(dup.similarity * 100)} % alike with ${displayPath(dup.of)} (estimated share of 5-word runs): an update, a print version or a copy; keep the one you want`);
              if (f) findings.push(f);
            }
          }
          finishFile(unit.path, findings);
          return true;
        },
        end() {
          const errors = summary.counts.error;
          const tooManyWarnings = maxWarnings !== null && summary.counts.warning > maxWarnings;
          summary.failure = errors
            ? `${errors} error(s)`
            : tooManyWarnings
              ? `${summary.counts.warning} warning(s), more than --max-warnings ${maxWarnings}`
              : null;
          reporter!.end(summary);
        },
      };
    });
  } finally {
    await pool.close();
  }
  if (typeof result === 'number') return result;
  if (result.outputFailure) return 1;
  if (opts.out && !opts.quiet) reportNote(`${summary.files} file(s) checked → ${displayPath(opts.out)}${summary.failure ? `; exit status 1: ${summary.failure}` : ''}`);
  return summary.failure ? 1 : 0;
}

