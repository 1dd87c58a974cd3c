/**
 * What the user named on the command line, turned into input files: files
 * as given, folders searched recursively for articles, globs expanded, `-`
 * for standard input. Problems (a path that does not exist, a folder with no
 * articles) are reported per path; they never stop the others.
 */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { ARTICLE_EXTENSIONS } from './extensions.js';

export { ARTICLE_EXTENSIONS, parseExtensions } from './extensions.js';

/**
 * `named`: the user wrote this path itself (not found by a folder walk or a
 * glob); a named input that is also the output is a usage error, a found one
 * is skipped.
 */
export type Input = { kind: 'file'; path: string; named: boolean; root?: string } | { kind: 'stdin'; path: '-'; named: true };

/**
 * What a file input's path is relative to in a mirrored output tree
 * (`--split`): the folder the user named, a glob's fixed leading folders, or
 * a named file's own folder.
 */
export function rootOf(input: Input): string {
  if (input.kind === 'stdin') return '.';
  return input.root ?? dirname(input.path);
}

/** The fixed folders before a glob's first pattern segment (`corpus/**\/*.txt` → `corpus`). */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  if (fixed.length === 0) return '.';
  return fixed.join('/') || '/';
}

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
  /** The extensions a folder walk and a glob read (default ARTICLE_EXTENSIONS). */
  extensions?: readonly string[];
}

/** `dir/name` as the user wrote `dir` (`./corpus` stays `./corpus/a.txt`: `join` would drop the `./`). */
const child = (dir: string, name: string) => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

/** Paths compared folder by folder, as the walk visits them (`a/b.txt` before `a-c.txt`). */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

/** A file or folder by device and inode: the same one reached by two names is one. */
const fileId = (st: Stats) => `${st.dev}:${st.ino}`;

/**
 * The articles under `dir`, in sorted order. Hidden entries and
 * `node_modules` are skipped; a symbolic link to a folder is followed once
 * (a folder already read is not read again, and a link back to a folder
 * being read is a loop, reported); a folder or entry that cannot be read is
 * reported with its own path and the walk goes on.
 */
function walk(dir: string, out: string[], isArticle: (name: string) => boolean, problems: InputProblem[], seen: Set<string>, open: Set<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    problems.push({ path: dir, reason: describe(e) });
    return;
  }
  for (const e of entries) {
    const name = e.name;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = child(dir, name);
    // A plain file is known from its entry; a folder needs its identity, a symbolic link what it leads to.
    if (e.isFile()) {
      if (isArticle(name)) out.push(p);
      continue;
    }
    if (!e.isDirectory() && !e.isSymbolicLink()) continue;
    let st: Stats;
    try {
      st = statSync(p); // follows a symbolic link
    } catch (err) {
      problems.push({ path: p, reason: (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : describe(err) });
      continue;
    }
    if (st.isDirectory()) {
      const id = fileId(st);
      if (open.has(id)) {
        problems.push({ path: p, reason: 'symbolic link loop: it leads back to a folder being read' });
        continue;
      }
      if (seen.has(id)) continue; // reached before by another name
      seen.add(id);
      open.add(id);
      walk(p, out, isArticle, problems, seen, open);
      open.delete(id);
    } else if (st.isFile() && isArticle(name)) out.push(p);
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
  const extensions = options.extensions ?? ARTICLE_EXTENSIONS;
  const isArticle = hasExtension(options.jsonl ? ['.jsonl'] : extensions);
  const isMatch = hasExtension(options.jsonl ? ['.jsonl'] : [...extensions, '.jsonl']);
  const kinds = options.jsonl ? '.jsonl' : extensions.join(', ');
  // Folders read by one walk or another, and the ones open on the walk's way down.
  const seenFolders = new Set<string>();
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const seen = new Map<string, Input>();
  const add = (path: string, named: boolean, root?: string) => {
    const prior = seen.get(path);
    if (prior) {
      if (named) prior.named = true; // named as well as found: it counts as named
      return;
    }
    const input: Input = root === undefined ? { kind: 'file', path, named } : { kind: 'file', path, named, root };
    seen.set(path, input);
    inputs.push(input);
  };
  const found = (root: string) => (path: string) => add(path, false, root);
  // A file a glob finds twice by other names (through a symbolic link to a folder) is read once; a walk
  // reads each folder once, so only a glob's matches need their identity.
  const globbed = new Set<string>();
  const foundByGlob = (root: string) => (path: string) => {
    try {
      const id = fileId(statSync(path));
      if (globbed.has(id)) return;
      globbed.add(id);
    } catch {
      // reported when it is read
    }
    found(root)(path);
  };
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
        // The files a folder walk would pick: no hidden file or folder, no node_modules, the same extensions and order.
        const matches = globSync(arg, { onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false })
          .filter(isMatch)
          .sort(comparePaths);
        if (matches.length === 0) problems.push({ path: arg, reason: `the pattern matches no ${kinds} file` });
        matches.forEach(foundByGlob(globBase(arg)));
      } else problems.push({ path: arg, reason: describe(e) });
      continue;
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      const before = problems.length;
      const id = fileId(stat);
      if (seenFolders.has(id)) continue; // named twice, or inside a folder named before: its files are in already
      seenFolders.add(id);
      walk(arg, files, isArticle, problems, seenFolders, new Set([id]));
      if (files.length === 0 && problems.length === before) problems.push({ path: arg, reason: `the folder holds no ${kinds} file` });
      files.forEach(found(arg));
    } else add(arg, true);
  }
  return { inputs, problems };
}
