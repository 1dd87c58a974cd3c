/**
 * The command line: a thin layer over the library. Commands:
 *   extract (default)  articles → JSON / JSON Lines / CSV
 *   tokenize           sentences and typed tokens, to see what the rules see
 *   schema             the JSON Schema of the output
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { runExtract } from './extract-command.js';
import { runTokenize } from './tokenize-command.js';
import { colour } from './report.js';
import { articleJsonSchema } from '../schema.js';

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

Exit status: 0 all inputs extracted; 1 some input could not be read or
processed (the others are still written; each failure is reported on stderr
as FILE: error REASON), or --strict and a warning was reported; 2 usage error.`;

function extractOptions(cmd: Command): Command {
  return cmd
    .argument('[paths...]', 'files, folders (searched for .txt, .html, .md), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'))
    .addOption(
      new Option('--csv <shape>', 'CSV shape: facts (one row per fact) or articles (one row per article)')
        .choices(['facts', 'articles'])
        .default('facts'),
    )
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('--bom', 'start CSV output with a byte-order mark (for Excel)', false)
    .option('--rules <dir...>', 'also load the YAML rule files in DIR (repeatable)')
    .option('--reference <date>', 'reference date YYYY-MM-DD for yearless dates in articles without a dateline')
    .option('--strict', 'exit 1 when any warning is reported (empty article, bad encoding)', false)
    .option('-q, --quiet', 'print no warnings, only errors', false)
    .option('--verbose', 'also print what the normaliser changed', false);
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('vnextract')
    .description('Extract facts (congresses, dates, delegate counts, terms, breakthroughs, numeric targets) from Vietnamese news articles about Party congresses.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(colour.red(s)) });

  let status = 0;
  extractOptions(program.command('extract', { isDefault: true }).description('extract facts from articles (the default command)'))
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts) => {
      status = await runExtract(paths, opts);
    });

  program
    .command('tokenize')
    .description('print the sentences and typed tokens of articles (word, number, date, roman, percent, money, url, punct)')
    .argument('[paths...]', 'files, folders, globs, or - for standard input')
    .option('--json', 'print JSON (one object per article) instead of text', false)
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .addHelpText('after', '\nExample:\n  $ vnextract tokenize article.txt\n  $ echo "Ngày 15/10/2020, 343 đại biểu dự Đại hội lần thứ XI." | vnextract tokenize -')
    .action(async (paths: string[], opts) => {
      status = await runTokenize(paths, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of one extracted article')
    .action(() => {
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
  }
  return status;
}
