/**
 * The README's table of check rules is the registry's: every rule id `vnextract
 * check` can report has its row, with its default severity, and the table
 * names no rule that does not exist. (Regenerate the rows with
 * `node bin/vnextract.js check --list-rules`.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/lint/registry.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Check rules'), readme.indexOf('\n## ', readme.indexOf('### Check rules')));
const rows = [...section.matchAll(/^\| `([^`]+)` \| (error|warning|info) \|/gm)].map((m) => ({ id: m[1], severity: m[2] }));

describe('README check rules', () => {
  it('has a row for every rule, with its default severity, and none for a rule that does not exist', () => {
    expect(section.length).toBeGreaterThan(100);
    const registry = allRules().map((r) => ({ id: r.id, severity: r.severity }));
    expect(rows).toEqual(registry);
  });
});
