/**
 * What the user named on the command line, turned into input files: files
 * as given, folders searched recursively for articles, globs expanded, `-`
 * for standard input. Problems (a path that does not exist, a folder with no
 * articles) are reported per path; they never stop the others.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

export type Input = { kind: 'file'; path: string } | { kind: 'stdin'; path: '-' };

export interface InputProblem {
  path: string;
  reason: string;
}

const isArticle = (name: string) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if ((e.isFile() || e.isSymbolicLink()) && isArticle(e.name)) out.push(p);
  }
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return err.message ?? String(e);
  }
}

export function expandInputs(args: string[]): { inputs: Input[]; problems: InputProblem[] } {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ kind: 'file', path });
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch (e) {
      if (isDynamicPattern(arg)) {
        const matches = globSync(arg, { onlyFiles: true, dot: false }).filter(isArticle).sort();
        if (matches.length === 0) problems.push({ path: arg, reason: 'the pattern matches no .txt, .html or .md file' });
        matches.forEach(add);
      } else problems.push({ path: arg, reason: describe(e) });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try {
        walk(arg, found);
      } catch (e) {
        problems.push({ path: arg, reason: describe(e) });
        continue;
      }
      if (found.length === 0) problems.push({ path: arg, reason: 'the folder holds no .txt, .html or .md file' });
      found.forEach(add);
    } else add(arg);
  }
  return { inputs, problems };
}
