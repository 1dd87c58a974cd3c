#!/usr/bin/env node
// Speed of the built command line, measured as users run it: whole processes
// (`node bin/vnextract.js … -f jsonl -q -o /dev/null`), each beside a baseline
// measured in the same run, because the machines here are shared and their
// speed swings 2–4× from hour to hour: only ratios measured together count.
//
//   npm run bench                               every section below
//   npm run bench -- --only startup,single      some sections
//   npm run bench -- --runs 5 --startup-runs 20
//   npm run bench -- --bin ../other/bin/vnextract.js   another build (before/after figures)
//
// Sections:
//   startup  `node -e 0`, `vnextract --version` and a one-article run, alternated
//            (--startup-runs rounds); medians and ratios to `node -e 0`.
//   news     the baseline (scripts/bench-baseline.mjs: read + decode + NFC + one
//            regex pass) and the pipeline on --dir (default ../shared/corpus/news),
//            alternated --runs times; MB/s, articles/s, peak RSS, ratio to the baseline.
//   jobs     1 job and all jobs on the news corpus (-j), when the build has -j.
//   large    the same on a corpus 20× larger (--scale), made of copies of --dir in a
//            temporary folder, removed after.
//   dense    congress articles only: the .txt articles of --dense-dir (default
//            ../shared/corpus/dev) copied to about --dense-mb MB of separate files;
//            MB/s beside the news corpus's.
//   check    `vnextract check` beside `vnextract` (extract) on the news corpus, alternated:
//            the linter's throughput as a ratio to extraction's.
//   single   one file of concatenated congress articles at 2 MB and at 20 MB
//            (--timeout 0); MB/s of the 20 MB file beside the 2 MB one, RSS / size.
//
// Each timed run is a fresh process; peak RSS is the process's max RSS (all
// threads), written on exit by scripts/bench-rss.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const newsDir = opt('--dir', join(root, '../shared/corpus/news'));
const denseDir = opt('--dense-dir', join(root, '../shared/corpus/dev'));
const runs = Number(opt('--runs', '3'));
const startupRuns = Number(opt('--startup-runs', '15'));
const scale = Number(opt('--scale', '20'));
const denseMb = Number(opt('--dense-mb', '5'));
const SECTIONS = ['startup', 'news', 'jobs', 'large', 'dense', 'check', 'single'];
const only = opt('--only', SECTIONS.join(',')).split(',');
for (const s of only) {
  if (!SECTIONS.includes(s)) {
    console.error(`bench: unknown section "${s}" (sections: ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
}

const BIN = opt('--bin', join(root, 'bin/vnextract.js'));
const BASELINE = join(root, 'scripts/bench-baseline.mjs');
const RSS_HOOK = join(root, 'scripts/bench-rss.mjs');
const work = mkdtempSync(join(tmpdir(), 'vnextract-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const ARTICLE = /\.(?:txt|html?|md)$/i;
/** The articles of a folder, walked as the tool walks it: count and bytes. */
function measure(path) {
  if (!statSync(path).isDirectory()) return { files: 1, bytes: statSync(path).size };
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(path, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(path, e.name);
    if (e.isDirectory()) {
      const m = measure(p);
      files += m.files;
      bytes += m.bytes;
    } else if (ARTICLE.test(e.name)) {
      files++;
      bytes += statSync(p).size;
    }
  }
  return { files, bytes };
}

/** One process, timed from spawn to exit; with `rss`, its peak memory in MB. */
function run(argv, { rss = false } = {}) {
  const rssFile = join(work, 'rss');
  const nodeArgs = rss ? ['--import', RSS_HOOK, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, nodeArgs, {
    env: { ...process.env, VNEXTRACT_BENCH_RSS: rss ? rssFile : '' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    console.error(`bench: node ${argv.join(' ')} exited with ${r.status ?? r.signal}\n${String(r.stderr).slice(0, 2000)}`);
    process.exit(1);
  }
  return { seconds, rssMb: rss ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN };
}

/** `n` copies of one process started at once; seconds until the last exits. */
function together(n, argv) {
  const t0 = process.hrtime.bigint();
  const exits = Array.from({ length: n }, () => new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { stdio: 'ignore' });
    child.on('exit', (code) => {
      if (code !== 0) {
        console.error(`bench: node ${argv.join(' ')} exited with ${code}`);
        process.exit(1);
      }
      resolve();
    });
  }));
  return Promise.all(exits).then(() => Number(process.hrtime.bigint() - t0) / 1e9);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs the commands alternately `n` times; the median time and the highest peak RSS of each. */
function alternate(commands, n, options) {
  const times = commands.map(() => []);
  const peaks = commands.map(() => 0);
  for (let i = 0; i < n; i++) {
    commands.forEach((argv, k) => {
      const r = run(argv, options);
      times[k].push(r.seconds);
      peaks[k] = Math.max(peaks[k], r.rssMb);
    });
  }
  return commands.map((_, k) => ({ seconds: median(times[k]), rssMb: peaks[k] }));
}

const extractArgs = (paths, extra = []) => [BIN, ...paths, '-f', 'jsonl', '-q', '-o', '/dev/null', ...extra];
const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

function row(name, input, r, base) {
  const mb = input.bytes / 1e6;
  const cells = [
    name.padEnd(46),
    `${fmt(mb / r.seconds).padStart(6)} MB/s`,
    `${fmt(input.files > 1 ? input.files / r.seconds : Number.NaN, 0).padStart(7)} articles/s`,
    `${fmt(r.seconds, 2).padStart(7)} s`,
    `RSS ${fmt(r.rssMb, 0).padStart(4)} MB`,
  ];
  if (base) cells.push(`${fmt(base.seconds / r.seconds, 2)} of the baseline`);
  console.log(cells.join('  '));
}

function header(title) {
  console.log(`\n## ${title}`);
}

/** Baseline and pipeline on `paths`, alternated; prints both rows and returns the pipeline's result. */
function throughput(label, paths, input, n, extra = []) {
  const [base, tool] = alternate([[BASELINE, ...paths], extractArgs(paths, extra)], n, { rss: true });
  row(`baseline ${label}`, input, base);
  row(`vnextract ${label}`, input, tool, base);
  return { base, tool };
}

function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) copyTree(join(from, e.name), join(to, e.name));
    else copyFileSync(join(from, e.name), join(to, e.name));
  }
}

/** The .txt articles of the dense folder, in name order. */
function denseArticles() {
  return readdirSync(denseDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(denseDir, f));
}

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${process.platform}/${process.arch}`);
console.log(`date:    ${new Date().toISOString()}; each figure a median of alternated runs in this one bench run`);
console.log(`tool:    ${BIN}`);

let news;
const needsNews = only.some((s) => ['startup', 'news', 'jobs', 'large', 'dense', 'check'].includes(s));
if (needsNews) {
  try {
    news = measure(newsDir);
  } catch {
    console.error(`bench: cannot read ${newsDir} (the news corpus lives in ../shared/corpus/news beside this repository; or give --dir)`);
    process.exit(2);
  }
}

if (only.includes('startup')) {
  header(`start-up: ${startupRuns} alternated rounds, median wall time of the whole process`);
  const firstNews = readdirSync(newsDir).filter((f) => ARTICLE.test(f)).sort()[0];
  const one = join(newsDir, firstNews);
  const [node0, version, article] = alternate([['-e', '0'], [BIN, '--version'], extractArgs([one])], startupRuns);
  const line = (name, r) => `${name.padEnd(46)} ${fmt(r.seconds * 1000, 0).padStart(5)} ms  ${fmt(r.seconds / node0.seconds, 2)}× node -e 0`;
  console.log(line('node -e 0', node0));
  console.log(line('vnextract --version', version));
  console.log(line(`vnextract ${firstNews} (one article)`, article));
}

let newsResult;
if (only.includes('news')) {
  header(`news corpus: ${news.files} articles, ${fmt(news.bytes / 1e6)} MB in ${newsDir}; median of ${runs} alternated runs`);
  newsResult = throughput('news', [newsDir], news, runs);
}

if (only.includes('jobs')) {
  header('jobs: 1 job and all jobs on the news corpus');
  // Filled once the command line has -j/--jobs (issue 10): the rows below run then.
  const help = spawnSync(process.execPath, [BIN, 'extract', '--help'], { encoding: 'utf8' }).stdout ?? '';
  if (!/--jobs\b/.test(help)) console.log('not measured: this build has no -j/--jobs option');
  else {
    const [one, all] = alternate([extractArgs([newsDir], ['-j', '1']), extractArgs([newsDir], ['-j', String(cpu.length)])], runs, { rss: true });
    row('vnextract news -j 1', news, one);
    row(`vnextract news -j ${cpu.length}`, news, all);
    console.log(`all jobs / 1 job: ${fmt(one.seconds / all.seconds, 2)}× (${cpu.length} cores)`);
    // The ceiling: as many whole -j 1 processes as cores, started together on the same
    // corpus, beside one alone. No split of the work among threads can beat independent
    // processes; on a machine whose cores slow each other down it is well below N×.
    const single = [];
    const many = [];
    for (let i = 0; i < runs; i++) {
      single.push(run(extractArgs([newsDir], ['-j', '1'])).seconds);
      many.push(await together(cpu.length, extractArgs([newsDir], ['-j', '1'])));
    }
    const gain = (cpu.length * median(single)) / median(many);
    console.log(`${cpu.length} independent -j 1 processes at once: ${fmt(median(many), 2)} s against ${fmt(median(single), 2)} s for one: ${fmt(gain, 2)}× the articles per second (the most ${cpu.length} jobs could gain here)`);
  }
}

if (only.includes('large')) {
  const dir = join(work, 'large');
  for (let i = 1; i <= scale; i++) copyTree(newsDir, join(dir, `copy-${String(i).padStart(2, '0')}`));
  const large = measure(dir);
  header(`large corpus: the news corpus ${scale}× (${large.files} articles, ${fmt(large.bytes / 1e6)} MB, generated); one run each`);
  const { tool } = throughput(`news ×${scale}`, [dir], large, 1);
  if (newsResult) {
    const perMb = (r, input) => input.bytes / 1e6 / r.seconds;
    console.log(
      `large / news: ${fmt(perMb(tool, large) / perMb(newsResult.tool, news), 2)}× the MB/s, peak RSS ${fmt(tool.rssMb, 0)} MB vs ${fmt(newsResult.tool.rssMb, 0)} MB (${fmt((100 * tool.rssMb) / newsResult.tool.rssMb - 100, 0)} %)`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

if (only.includes('dense')) {
  const dir = join(work, 'dense');
  const sources = denseArticles();
  let bytes = 0;
  for (let copy = 1; bytes < denseMb * 1e6; copy++) {
    const sub = join(dir, `copy-${String(copy).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (const f of sources) {
      const to = join(sub, f.slice(denseDir.length + 1));
      copyFileSync(f, to);
      bytes += statSync(to).size;
    }
  }
  const dense = measure(dir);
  header(`dense corpus: congress articles only (${sources.length} of ${denseDir} copied to ${dense.files} files, ${fmt(dense.bytes / 1e6)} MB); median of ${runs} alternated runs`);
  // The news corpus again, in the same alternation: the per-MB comparison is of runs made side by side.
  const [base, tool, newsTool] = alternate([[BASELINE, dir], extractArgs([dir]), extractArgs([newsDir])], runs, { rss: true });
  row('baseline dense', dense, base);
  row('vnextract dense', dense, tool, base);
  row('vnextract news (alternated with dense)', news, newsTool);
  const slower = news.bytes / newsTool.seconds / (dense.bytes / tool.seconds);
  console.log(`dense congress text: ${fmt(slower, 2)}× slower per MB than news`);
  rmSync(dir, { recursive: true, force: true });
}

if (only.includes('check')) {
  header(`check: vnextract check beside extraction on the news corpus; median of ${runs} alternated runs`);
  const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout ?? '';
  if (!/\bcheck\b/.test(help)) console.log('not measured: this build has no check command');
  else {
    const [extract, check] = alternate([extractArgs([newsDir]), [BIN, 'check', newsDir, '-q', '-o', '/dev/null']], runs, { rss: true });
    row('vnextract news (extract)', news, extract);
    row('vnextract check news', news, check);
    console.log(`check / extract: ${fmt(check.seconds / extract.seconds, 2)}× the time`);
  }
}

if (only.includes('single')) {
  const sources = denseArticles().map((f) => readFileSync(f, 'utf8').trimEnd());
  const all = `${sources.join('\n\n')}\n\n`;
  const files = [2, 20].map((mb) => {
    const path = join(work, `dense-${mb}mb.txt`);
    writeFileSync(path, all.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(all))));
    return { mb, path, input: { files: 1, bytes: statSync(path).size } };
  });
  header(`single files of concatenated congress articles (${sources.length} articles repeated); median of ${runs} alternated runs`);
  const results = alternate(
    files.map((f) => extractArgs([f.path], ['--timeout', '0'])),
    runs,
    { rss: true },
  );
  files.forEach((f, k) => {
    row(`vnextract one ${fmt(f.input.bytes / 1e6)} MB file`, f.input, results[k]);
    console.log(`${''.padEnd(46)}  peak RSS ${fmt(results[k].rssMb / (f.input.bytes / 1e6), 1)}× the file size`);
  });
  const [small, big] = files.map((f, k) => f.input.bytes / results[k].seconds);
  console.log(`20 MB file / 2 MB file: ${fmt(big / small, 2)}× the MB/s`);
}
