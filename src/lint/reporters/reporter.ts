/**
 * How `vnextract check` writes its findings: one reporter per `--format`,
 * called once per input in input order (streaming: a corpus of any size is
 * reported as it is read) and once at the end with the corpus summary.
 */
import type { Sink } from '../../emit/emitter.js';
import type { Finding, RuleInfo, Severity } from '../rule.js';

export interface Summary {
  /** Inputs checked (a JSON Lines record counts as one). */
  files: number;
  /** Inputs with at least one finding shown. */
  filesWithFindings: number;
  counts: Record<Severity, number>;
  /** Findings per rule id and severity. */
  byRule: Map<string, Record<Severity, number>>;
  /** Infos counted but not shown (shown with --verbose). */
  hiddenInfos: boolean;
  /** Why the exit status is 1 (`2 errors`, `12 warnings, more than --max-warnings 10`), or null. */
  failure: string | null;
}

export interface Reporter {
  file(path: string, findings: readonly Finding[]): void;
  end(summary: Summary): void;
}

export interface ReporterOptions {
  out: Sink;
  /** Every rule that may be reported (SARIF lists them). */
  rules: readonly RuleInfo[];
  version: string;
  /** Colours (text only, on a terminal). */
  colour: boolean;
}

export const emptyCounts = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

/** `2 errors, 10 warnings, 3 infos` (what there is). */
export function countsText(c: Record<Severity, number>): string {
  const parts: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (c.error) parts.push(plural(c.error, 'error'));
  if (c.warning) parts.push(plural(c.warning, 'warning'));
  if (c.info) parts.push(plural(c.info, 'info'));
  return parts.length ? parts.join(', ') : 'no findings';
}

/** `corpus.jsonl:17` (a JSON Lines record) → the file and the record's line; any other path → itself, no line. */
export function fileAndLine(path: string): { file: string; line: number | null } {
  const m = /^(.*\.jsonl):(\d+)$/i.exec(path);
  return m ? { file: m[1], line: Number(m[2]) } : { file: path, line: null };
}
