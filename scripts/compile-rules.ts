/**
 * Build step: compile the YAML rules in `rules/` once, to `dist/rules.json`,
 * so the command line runs native regular expressions without loading
 * XRegExp or a YAML parser. A broken rule file fails the build with the file
 * and rule named.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir } from '../src/rules/load.js';

const out = fileURLToPath(new URL('../rules.json', import.meta.url)); // dist/scripts → dist/rules.json
try {
  const { bundle } = compileRuleDirs([builtinRulesDir()]);
  writeFileSync(out, JSON.stringify(bundle));
  const n = bundle.files.reduce((s, f) => s + f.rules.length, 0);
  console.log(`compiled ${n} rules from ${bundle.files.length} files to ${out}`);
} catch (e) {
  console.error(`rules: ${(e as Error).message}`);
  process.exit(1);
}
