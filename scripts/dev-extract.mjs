// Temporary: extract a folder with the library (until the CLI lands), JSONL to stdout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, loadRules } from '../dist/src/index.js';
const dir = process.argv[2];
const rules = await loadRules();
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const a = await extract(readFileSync(join(dir, f)), { path: join(dir, f), rules });
  process.stdout.write(JSON.stringify(a) + '\n');
}
