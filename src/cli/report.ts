/**
 * Diagnostics on standard error, one line each, `file:line:column: level
 * reason [rule]`, as compilers print them, so editors and CI annotate them.
 * Colour only on a terminal, and never when NO_COLOR is set. File names and
 * reasons are escaped (`./escape.ts`): a file name cannot forge a line.
 */
import { Chalk } from 'chalk';
import { displayPath, escapeText } from './escape.js';
import type { Message } from '../schema.js';

/** Colours for a stream: only on a terminal, never with NO_COLOR or TERM=dumb. */
export function colourFor(stream: NodeJS.WriteStream): InstanceType<typeof Chalk> {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return new Chalk({ level: on ? 1 : 0 });
}

export const colour = colourFor(process.stderr);

export type Level = 'error' | 'warning' | 'info';

export function levelOf(m: Message): Level {
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
}

export function formatDiagnostic(path: string, level: Level, reason: string, where?: { line: number | null; column: number | null }, ruleId?: string | null): string {
  const shown = displayPath(path);
  // A column of null names the line alone (a record of a JSON Lines input: `corpus.jsonl:17`).
  const place = where?.line ? `${shown}:${where.line}${where.column === null ? '' : `:${where.column ?? 1}`}` : shown;
  const tag = level === 'error' ? colour.red('error') : level === 'warning' ? colour.yellow('warning') : colour.dim('info');
  return `${colour.bold(place)}: ${tag} ${escapeText(reason)}${ruleId ? colour.dim(` [${escapeText(ruleId)}]`) : ''}`;
}

/** Called before each diagnostic: a progress line takes itself off the screen. */
let beforeReport: (() => void) | null = null;

export function setBeforeReport(hook: (() => void) | null): void {
  beforeReport = hook;
}

export function report(line: string): void {
  beforeReport?.();
  process.stderr.write(`${line}\n`);
}

/** A line that is not about one file (`vnextract: 3 article(s) extracted`), escaped like a reason. */
export function reportNote(text: string): void {
  report(`vnextract: ${escapeText(text)}`);
}
