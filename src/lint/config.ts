/**
 * `.vnextractrc.json`: a corpus's check settings, kept beside it in the
 * repository, found upward from the working directory (as eslint and
 * prettier find theirs) or named with `--config`. Validated with zod: a
 * mistyped key or severity is an error that names the file and the key.
 *
 *   { "rules": { "decode/converted": "off", "scrape/*": "warning" },
 *     "expect": ["published", "congresses"], "maxWarnings": 0 }
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RuleSetting } from './rule.js';

export const CONFIG_NAME = '.vnextractrc.json';

export interface CheckConfig {
  /** Where it was read from. */
  path: string;
  rules: Record<string, RuleSetting>;
  expect: string[];
  maxWarnings: number | null;
}

/** The nearest `.vnextractrc.json` at or above `from`, or null. */
export function findConfig(from: string = process.cwd()): string | null {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Read and validate a config file; throws an Error whose message names the file and what is wrong. */
export async function readConfig(path: string): Promise<CheckConfig> {
  const { z } = await import('zod'); // loaded only when a config exists
  const Setting = z.enum(['off', 'info', 'warning', 'error']);
  const Schema = z
    .object({
      rules: z.record(z.string(), Setting).optional(),
      expect: z.array(z.string()).optional(),
      maxWarnings: z.number().int().nonnegative().nullable().optional(),
    })
    .strict();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON: ${(e as Error).message}`);
  }
  const parsed = Schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? ` at "${issue.path.join('.')}"` : '';
    throw new Error(`${path}${where}: ${issue.message}`);
  }
  return { path, rules: parsed.data.rules ?? {}, expect: parsed.data.expect ?? [], maxWarnings: parsed.data.maxWarnings ?? null };
}
