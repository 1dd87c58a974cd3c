/**
 * `--format sarif`: SARIF 2.1.0, the format code-scanning dashboards read
 * (GitHub's `upload-sarif`). One run; the tool's rules are listed with their
 * meaning, fix and default level; each finding is a result at its file,
 * line and column. Written as the corpus is read.
 */
import { fileAndLine, type Reporter, type ReporterOptions, type Summary } from './reporter.js';
import type { Finding, Severity } from '../rule.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** A path as a relative URI reference (SARIF's artifactLocation.uri). */
const uriOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function sarifReporter(opts: ReporterOptions): Reporter {
  const rules = opts.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.meaning },
    help: { text: r.fix },
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const head = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
  };
  const driver = { name: 'vnextract', version: opts.version, rules };
  opts.out.write(`${JSON.stringify(head).slice(0, -1)},"runs":[{"tool":{"driver":${JSON.stringify(driver)}},"results":[`);
  let count = 0;
  return {
    file(path: string, findings: readonly Finding[]) {
      const { file, line } = fileAndLine(path);
      for (const f of findings) {
        // A record's findings are placed at its line of the corpus file.
        const region = line === null ? { startLine: f.line, startColumn: f.column, ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}) } : { startLine: line };
        const ruleKey = f.ruleId.startsWith('expect/') ? 'expect/<type>' : f.ruleId;
        const result = {
          ruleId: f.ruleId,
          ...(index.has(ruleKey) ? { ruleIndex: index.get(ruleKey) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(file) }, region } }],
        };
        opts.out.write(`${count++ ? ',' : ''}\n${JSON.stringify(result)}`);
      }
    },
    end(_s: Summary) {
      opts.out.write(`\n]}]}\n`);
    },
  };
}
