/**
 * What the user named on the command line, turned into input files: files
 * as given, folders searched recursively for articles, globs expanded, `-`
 * for standard input. Problems (a path that does not exist, a folder with no
 * articles) are reported per path; they never stop the others.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

/**
 * `named`: the user wrote this path itself (not found by a folder walk or a
 * glob); a named input that is also the output is a usage error, a found one
 * is skipped.
 */
export type Input = { kind: 'file'; path: string; named: boolean } | { kind: 'stdin'; path: '-'; named: true };

export interface InputProblem {
  path: string;
  reason: string;
}

const hasExtension = (extensions: readonly string[]) => (name: string) => extensions.some((ext) => name.toLowerCase().endsWith(ext));

export interface ExpandOptions {
  /**
   * Every input is a JSON Lines corpus (`--input-format jsonl`): folders and
   * globs find `.jsonl` files. Otherwise they find articles, and a glob also
   * a `.jsonl` file (the user wrote its pattern; a folder's stray `.jsonl`,
   * such as an earlier run's output, is not read as a corpus).
   */
  jsonl?: boolean;
}

function walk(dir: string, out: string[], isArticle: (name: string) => boolean): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out, isArticle);
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

export function expandInputs(args: string[], options: ExpandOptions = {}): { inputs: Input[]; problems: InputProblem[] } {
  const isArticle = hasExtension(options.jsonl ? ['.jsonl'] : ARTICLE_EXTENSIONS);
  const isMatch = hasExtension(options.jsonl ? ['.jsonl'] : [...ARTICLE_EXTENSIONS, '.jsonl']);
  const kinds = options.jsonl ? '.jsonl' : '.txt, .html or .md';
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const seen = new Map<string, Input>();
  const add = (path: string, named: boolean) => {
    const prior = seen.get(path);
    if (prior) {
      if (named) prior.named = true; // named as well as found: it counts as named
      return;
    }
    const input: Input = { kind: 'file', path, named };
    seen.set(path, input);
    inputs.push(input);
  };
  const found = (path: string) => add(path, false);
  for (const arg of args) {
    if (arg === '-') {
      // Standard input can be read once; a second `-` would read nothing.
      if (!inputs.some((i) => i.kind === 'stdin')) inputs.push({ kind: 'stdin', path: '-', named: true });
      continue;
    }
    let stat: Stats;
    try {
      stat = statSync(arg);
    } catch (e) {
      if (isDynamicPattern(arg)) {
        const matches = globSync(arg, { onlyFiles: true, dot: false }).filter(isMatch).sort();
        if (matches.length === 0) problems.push({ path: arg, reason: `the pattern matches no ${kinds} file` });
        matches.forEach(found);
      } else problems.push({ path: arg, reason: describe(e) });
      continue;
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      try {
        walk(arg, files, isArticle);
      } catch (e) {
        problems.push({ path: arg, reason: describe(e) });
        continue;
      }
      if (files.length === 0) problems.push({ path: arg, reason: `the folder holds no ${kinds} file` });
      files.forEach(found);
    } else add(arg, true);
  }
  return { inputs, problems };
}
