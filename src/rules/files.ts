/** The rule files of a folder; kept apart from the compiler so the CLI can list them without loading XRegExp. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RuleError } from './rule-error.js';

/** All `.yaml`/`.yml` files of a folder, in name order, as paths inside it. */
export function ruleFilesIn(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such folder' : err.code === 'EACCES' ? 'permission denied' : err.message;
    throw new RuleError(dir, '', `cannot read rules folder: ${why}`);
  }
  return names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => join(dir, n));
}
