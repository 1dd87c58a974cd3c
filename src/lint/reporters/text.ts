/**
 * The text report, as the unified collective's vfile-reporter prints one:
 * each file with findings, then its findings one per line (`line:column`,
 * severity, message, rule id), and at the end the corpus summary: the counts,
 * the findings per rule, and why the exit status is 1 when it is.
 */
import { Chalk } from 'chalk';
import { displayPath, escapeText } from '../../cli/escape.js';
import { countsText, fileAndLine, type Reporter, type ReporterOptions, type Summary } from './reporter.js';
import type { Finding } from '../rule.js';

export function textReporter(opts: ReporterOptions): Reporter {
  const c = new Chalk({ level: opts.colour ? 1 : 0 });
  const sev = { error: c.red('error'), warning: c.yellow('warning'), info: c.dim('info') };
  let first = true;
  return {
    file(path: string, findings: readonly Finding[]) {
      if (!findings.length) return;
      const places = findings.map((f) => `${f.line}:${f.column}${f.endLine !== undefined && (f.endLine !== f.line || f.endColumn !== f.column) ? `-${f.endLine}:${f.endColumn}` : ''}`);
      const width = Math.max(...places.map((p) => p.length));
      const lines = findings.map((f, i) => `  ${places[i].padEnd(width)}  ${sev[f.severity]}${' '.repeat(7 - f.severity.length)}  ${escapeText(f.message)}  ${c.dim(f.ruleId)}`);
      // A JSON Lines record: the file's name as any other (escaped, quoted if odd), then its line.
      const { file, line } = fileAndLine(path);
      const name = line === null ? displayPath(file) : `${displayPath(file)}:${line}`;
      opts.out.write(`${first ? '' : '\n'}${c.underline(name)}\n${lines.join('\n')}\n`);
      first = false;
    },
    end(s: Summary) {
      const lines: string[] = [];
      const shown = s.counts.error + s.counts.warning + s.counts.info;
      lines.push(`${shown ? '\n' : ''}${s.counts.error ? c.red('✖') : '✔'} ${countsText(s.counts)} in ${s.files} file(s)${s.hiddenInfos && s.counts.info ? ' (--verbose shows the infos)' : ''}`);
      const ids = [...s.byRule.keys()].sort();
      const width = Math.max(0, ...ids.map((id) => id.length));
      for (const id of ids) lines.push(`  ${id.padEnd(width)}  ${countsText(s.byRule.get(id)!)}`);
      if (s.failure) lines.push(c.red(`exit status 1: ${s.failure}`));
      opts.out.write(`${lines.join('\n')}\n`);
    },
  };
}
