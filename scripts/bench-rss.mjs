// Preloaded by scripts/bench.mjs (`node --import ./scripts/bench-rss.mjs …`): on exit, the
// process writes its peak resident memory (max RSS, in KiB, all threads) to the file named
// by VNEXTRACT_BENCH_RSS, so the bench can read the peak of a whole command-line run.
import { writeFileSync } from 'node:fs';

const out = process.env.VNEXTRACT_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
