/**
 * The command line: a thin layer over the library. Commands:
 *   extract (default)  articles → JSON / JSON Lines / CSV
 *   tokenize           sentences and typed tokens, to see what the rules see
 *   schema             the JSON Schema of the output
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { ExtractCliOptions } from './extract-command.js';
import type { CheckCliOptions } from './check-command.js';
import { ARTICLE_EXTENSIONS, parseExtensions } from './extensions.js';
import { DEFAULT_MAX_BYTES, formatByteSize, parseByteSize } from './byte-size.js';
import { colour } from './report.js';
import { markFinished, watchStdout } from './sink.js';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

const EXAMPLES = `
Examples:
  $ vnextract fixtures/articles                      every article in a folder, as JSON
  $ vnextract extract corpus/ -f jsonl -o facts.jsonl  a corpus to JSON Lines, one article per line
  $ vnextract corpus/ -f csv --csv articles --bom -o sheet.csv
                                                      one row per article, for Excel
  $ vnextract 'scraped/**/*.html' -f csv              one row per fact (tidy data)
  $ curl -s URL | vnextract - -f json                 an article on standard input
  $ vnextract tokenize article.txt                    what the rules see
  $ vnextract corpus.jsonl -f jsonl -o facts.jsonl    a JSON Lines corpus, one result per record
  $ zcat corpus.jsonl.gz | vnextract - --input-format jsonl -f jsonl
                                                      a streaming filter: one result line per input
                                                      line, in order, written as each is extracted
  $ parallel --pipe --block 10M -k vnextract - --input-format jsonl -f jsonl < corpus.jsonl > facts.jsonl
  $ vnextract corpus/ -o facts/ --split --resume     one facts/…/NAME.txt.json per article; run it
                                                      again after a stop and it goes on where it stopped

Inputs: a file that is not text (NUL bytes, an image, PDF or archive
signature in its first 64 KiB) is reported [binary] and skipped, as is one
larger than --max-bytes [max-bytes]. The output file is never read: naming it
as an input is a usage error, and a folder or glob that finds it skips it.

JSON Lines corpora (--input-format jsonl, or any file named *.jsonl): one
object per line, {"id": …, "text": … or "html": …, "url": …, "date": … or
"published": …, "title": …}; only text or html is required. id, url and
title become source.id, source.url and the title (over what the text
says); the date (YYYY-MM-DD, an ISO date-time or YYYYMMDD) is the reference
date for yearless dates when the text shows no dateline. source.path is
FILE:LINE (-:LINE for standard input). A bad line (invalid JSON, no text,
a field of the wrong type, an empty text, longer than --max-bytes) is
reported as FILE:LINE: error REASON, gives no output and counts as a failed
input; the other lines go on. Blank lines are skipped.

Time: each article gets --timeout seconds (default 2) on a worker thread; a
slower one is stopped and reported [timeout] with the rule it was stuck in,
and the batch goes on. Extraction runs at several MB/s, so raise --timeout
for single inputs of many megabytes.

User rules: each example of a --rules file is run through the pipeline and
must show its own rule at work: an example's facts carry the rule's id
(\`rule: FILE/NAME\`), a cue rule's example changes the output compared with
the rules without it, a negative yields no fact of the file's type. On load
each failing example is a warning (FILE: warning rule "NAME" example N …);
--check-rules checks them alone:
  $ vnextract --rules my-rules --check-rules

CSV: fields holding a comma, quote, CR or LF are quoted (RFC 4180). With --bom
(output for a spreadsheet) a text cell starting with = + - @ tab or CR gets a
leading ' so it cannot run as a formula (a plain number such as -5 is kept);
without --bom values are written exactly, for data tools.

Diagnostics: FILE:LINE:COL: LEVEL REASON [RULE] on stderr. Control characters
are written as escapes (\\n, \\x1b); a file name holding one, a ':' or a '"'
is printed in double quotes.

Exit status: 0 all inputs extracted; 1 some input could not be read or
processed (the others are still written; each failure is reported on stderr
as FILE: error REASON), or the output could not be written, or --strict and a
warning was reported; 2 usage error.`;

/** `--max-bytes`: `52428800`, `200k`, `50M`, `50MB` (K, M, G are 1024-based). */
function maxBytesOption(): Option {
  return new Option('--max-bytes <size>', 'largest input read, in bytes or with a suffix K, M, G (1024-based: 200k, 50M); a larger one is reported and skipped')
    .default(DEFAULT_MAX_BYTES, formatByteSize(DEFAULT_MAX_BYTES).split(' ')[0])
    .argParser((value: string) => {
      const bytes = parseByteSize(value);
      if (bytes === null) throw new InvalidArgumentError('give a size in bytes, or with a suffix K, M or G (200k, 50M).');
      return bytes;
    });
}

/**
 * The output format when `-f` is not given: `--csv articles` asks for CSV,
 * and so does `-o sheet.csv` (`.jsonl`: JSON Lines, `.json`: JSON). An
 * explicit `-f` always wins.
 */
function impliedFormat(opts: { format: string; out?: string; split?: boolean }, cmd: Command): string {
  if (cmd.getOptionValueSource('format') !== 'default') return opts.format;
  if (cmd.getOptionValueSource('csv') === 'cli') return 'csv';
  if (opts.split) return opts.format; // -o names a folder
  const ext = /\.([a-z]+)$/i.exec(opts.out ?? '')?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return opts.format;
}

/** `--ext txt,html,md`: what folder walks and globs read. */
function extOption(): Option {
  return new Option('--ext <list>', 'file extensions a folder walk or a glob reads, comma-separated (add md to read Markdown notes as articles)')
    .default(ARTICLE_EXTENSIONS.map((x) => x.slice(1)), ARTICLE_EXTENSIONS.map((x) => x.slice(1)).join(','))
    .argParser((value: string) => {
      const exts = parseExtensions(value);
      if (!exts) throw new InvalidArgumentError('a comma-separated list of extensions, such as txt,html,md');
      return exts.map((x) => x.slice(1));
    });
}

/**
 * One worker thread per core but one, at most 16 (each holds the rules and a
 * V8 heap): one worker already keeps about 1.5 cores busy (V8's compiler
 * threads, the main thread), and on the 2-core machine it was measured on
 * even two whole processes did only 1.2× the work of one (README, Speed).
 */
const defaultJobs = () => Math.min(16, Math.max(1, availableParallelism() - 1));

/** How `extract` and `check` read a corpus: workers, time budget, reference date, input format, size bound, extensions, progress. */
function readingOptions(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', 'worker threads that read the articles (output order and bytes are the same for any number)', String(defaultJobs()))
    .option('--timeout <seconds>', 'time budget of one article: a slower one is stopped and reported as an error naming its rule, and the batch goes on (0: no limit)', '2')
    .option('--reference <date>', 'reference date YYYY-MM-DD for yearless dates in articles without a dateline')
    .addOption(
      new Option('--input-format <format>', 'jsonl: every input (and standard input) is JSON Lines, one article per line, and folders yield .jsonl files; auto: by file name (.jsonl is JSON Lines)')
        .choices(['auto', 'jsonl'])
        .default('auto'),
    )
    .addOption(maxBytesOption())
    .addOption(extOption())
    .option('--progress', 'show progress on standard error (files, articles, MB/s, time left) even when it is not a terminal')
    .option('--no-progress', 'never show progress (default: shown when standard error is a terminal, unless --quiet)');
}

function extractOptions(cmd: Command): Command {
  cmd
    .argument('[paths...]', 'files, folders (searched for .txt, .html, .htm; see --ext), globs, JSON Lines corpora (.jsonl), or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'))
    .addOption(
      new Option('--csv <shape>', 'CSV shape: facts (one row per fact) or articles (one row per article)')
        .choices(['facts', 'articles'])
        .default('facts'),
    )
    .option('-o, --out <file>', 'write to FILE instead of standard output (written whole or not at all: a temporary file renamed at the end); with --split, a folder')
    .option('--split', 'with -o DIR: one output file per input (DIR/sub/a.txt.json for corpus/sub/a.txt), mirroring the folders, each written whole or not at all', false)
    .option('--resume', 'with --split: skip each input whose output file is whole and not older than it (go on after an interrupted run)', false)
    .option('--bom', 'CSV for a spreadsheet: a byte-order mark (Excel reads UTF-8), and cells that would run as formulas (=, +, -, @) prefixed with \'', false)
    .option(
      '--rules <dir>',
      'also load the YAML rule files in DIR (repeat the option for more folders); their examples are checked on load, each failing one reported as a warning',
      (dir: string, dirs: string[] = []) => [...dirs, dir],
    )
    .option('--check-rules', 'check the examples of the --rules files against their own rules, report each failure and exit (1 if any fails, else 0); reads no input', false);
  return readingOptions(cmd)
    .option('--strict', 'also run the rules of `vnextract check` on each article and exit 1 on any error they find (invalid UTF-8, an empty article, a date range or term written backwards); repairs such as a converted legacy encoding are not errors', false)
    .option('-q, --quiet', 'print no warnings, only errors', false)
    .option('--verbose', 'also print what the normaliser changed', false);
}

export async function main(argv: string[]): Promise<number> {
  watchStdout(); // write errors on standard output become one line (or, for `| head`, silence), never a stack trace
  const program = new Command('vnextract')
    .description('Extract facts (congresses and their provinces, dates, delegate counts, terms, breakthroughs, numeric targets, leaders elected) from Vietnamese news articles about Party congresses.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(colour.red(s)) });

  let status = 0;
  extractOptions(program.command('extract', { isDefault: true }).description('extract facts from articles (the default command)'))
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: ExtractCliOptions & { ext: string[] }, cmd: Command) => {
      // Loaded on demand: `--version` and `--help` do not pay for the extraction path.
      const { runExtract } = await import('./extract-command.js');
      status = await runExtract(paths, { ...opts, format: impliedFormat(opts, cmd) as ExtractCliOptions['format'], extensions: opts.ext.map((x) => `.${x}`) });
    });

  const check = program
    .command('check')
    .description('check a scraped corpus as a linter does: text and scrape damage, duplicates, facts that contradict themselves, missing facts (exit 1 on an error)')
    .argument('[paths...]', 'files, folders, globs, JSON Lines corpora, or - for standard input (as extract reads them)')
    .addOption(new Option('--format <format>', 'report format: text (for people), json, github (GitHub Actions annotations), sarif (SARIF 2.1.0 for code-scanning dashboards)').choices(['text', 'json', 'github', 'sarif']).default('text'))
    .option('-o, --out <file>', 'write the report to FILE instead of standard output')
    .option('--expect <types>', 'fact types every article must have, comma-separated (published,congresses,…): a missing one is an error [expect/TYPE]')
    .option('--rule <id=severity>', 'set a rule\'s severity: off, info, warning or error (repeat it; decode/converted=off, scrape/*=warning)', (v: string, all: string[] = []) => [...all, v])
    .option('--config <file>', `read settings from FILE (default: the nearest ${'.vnextractrc.json'} at or above the working directory)`)
    .option('--no-config', 'read no settings file')
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings (as eslint)')
    .option('--list-rules', 'print every rule (id, default severity, meaning, fix) as tab-separated lines and exit', false);
  readingOptions(check)
    .option('-q, --quiet', 'show errors only (the summary still says why the exit status is 1)', false)
    .option('--verbose', 'also show info findings (what was repaired: a converted encoding, composed NFD); they are counted either way', false)
    .addHelpText(
      'after',
      `
Examples:
  $ vnextract check corpus/                                  findings for people, a summary per rule
  $ vnextract check corpus/ --format github --expect published,congresses
                                                             annotations in a GitHub Actions job
  $ vnextract check corpus/ --format sarif -o check.sarif    for code-scanning dashboards
  $ vnextract check corpus/ --rule decode/converted=off --max-warnings 0
  $ vnextract check --list-rules                             every rule, its severity, meaning and fix

Exit status: 0 no error; 1 an error was found, or more warnings than --max-warnings;
2 a usage error (an unknown rule or option, a broken settings file).`,
    )
    .action(async (paths: string[], opts: Omit<CheckCliOptions, 'version'> & { ext: string[] }) => {
      const { runCheck } = await import('./check-command.js');
      status = await runCheck(paths, { ...opts, version: pkg.version, extensions: opts.ext.map((x) => `.${x}`) });
    });

  program
    .command('tokenize')
    .description('print the sentences and typed tokens of articles (word, number, date, roman, percent, money, url, punct)')
    .argument('[paths...]', 'files, folders, globs, or - for standard input')
    .option('--json', 'print JSON (one object per article) instead of text', false)
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .addOption(maxBytesOption())
    .addHelpText('after', '\nExample:\n  $ vnextract tokenize article.txt\n  $ echo "Ngày 15/10/2020, 343 đại biểu dự Đại hội lần thứ XI." | vnextract tokenize -')
    .action(async (paths: string[], opts) => {
      // Loaded on demand: the extract command's start-up does not pay for the tokenizer.
      const { runTokenize } = await import('./tokenize-command.js');
      status = await runTokenize(paths, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of one extracted article')
    .action(async () => {
      const { articleJsonSchema } = await import('../schema.js'); // zod loads only for this command
      process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    });

  program.addHelpText('after', EXAMPLES);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    throw e;
  } finally {
    markFinished();
  }
  return status;
}
