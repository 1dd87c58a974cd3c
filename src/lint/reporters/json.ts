/**
 * `--format json`: one JSON document, written as the corpus is read:
 * `{"findings": [{path, ruleId, severity, message, line, column, endLine,
 * endColumn}, …], "summary": {files, filesWithFindings, errors, warnings,
 * infos, byRule, failure}}`.
 */
import type { Reporter, ReporterOptions, Summary } from './reporter.js';
import type { Finding } from '../rule.js';

export function jsonReporter(opts: ReporterOptions): Reporter {
  let count = 0;
  opts.out.write('{"findings": [');
  return {
    file(path: string, findings: readonly Finding[]) {
      for (const f of findings) opts.out.write(`${count++ ? ',' : ''}\n  ${JSON.stringify({ path, ...f })}`);
    },
    end(s: Summary) {
      const summary = {
        files: s.files,
        filesWithFindings: s.filesWithFindings,
        errors: s.counts.error,
        warnings: s.counts.warning,
        infos: s.counts.info,
        byRule: Object.fromEntries([...s.byRule.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
        failure: s.failure,
      };
      opts.out.write(`${count ? '\n' : ''}],\n"summary": ${JSON.stringify(summary)}}\n`);
    },
  };
}
