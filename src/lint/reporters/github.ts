/**
 * `--format github`: GitHub Actions workflow commands, one per finding
 * (`::error file=…,line=…,col=…,title=…::message`), which the Actions runner
 * turns into annotations on the files; info becomes `::notice`. Values are
 * escaped as the runner expects (`%`, CR, LF; in properties also `:` and `,`).
 */
import { countsText, fileAndLine, type Reporter, type ReporterOptions, type Summary } from './reporter.js';
import type { Finding } from '../rule.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function githubReporter(opts: ReporterOptions): Reporter {
  return {
    file(path: string, findings: readonly Finding[]) {
      const { file, line } = fileAndLine(path);
      for (const f of findings) {
        // A JSON Lines record's findings are annotated on its line of the corpus file.
        const props = line === null ? [`file=${escapeProperty(file)}`, `line=${f.line}`, `col=${f.column}`] : [`file=${escapeProperty(file)}`, `line=${line}`];
        if (line === null && f.endLine !== undefined) props.push(`endLine=${f.endLine}`);
        if (line === null && f.endColumn !== undefined && f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
        props.push(`title=${escapeProperty(`vnextract ${f.ruleId}`)}`);
        opts.out.write(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`);
      }
    },
    end(s: Summary) {
      opts.out.write(`vnextract check: ${countsText(s.counts)} in ${s.filesWithFindings} of ${s.files} file(s)${s.failure ? `; exit status 1: ${s.failure}` : ''}\n`);
    },
  };
}
