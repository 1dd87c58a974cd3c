/**
 * The folders an audit script reads: each `--dir DIR` given, else the news
 * and dev articles of ../shared/corpus beside this repository. Exits with a
 * clear message when one is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function corpusDirs(script: string, args: string[]): string[] {
  const dirs: string[] = [];
  for (let i = args.indexOf('--dir'); i >= 0; i = args.indexOf('--dir', i + 1)) dirs.push(args[i + 1]);
  if (!dirs.length) {
    const shared = new URL('../../shared/corpus/', import.meta.url).pathname;
    dirs.push(join(shared, 'news'), join(shared, 'dev'));
  }
  for (const d of dirs) {
    if (!existsSync(d)) {
      console.error(`${script}: ${d} is missing: the evaluation corpus lives in ../shared/corpus beside this repository.`);
      process.exit(2);
    }
  }
  return dirs;
}
