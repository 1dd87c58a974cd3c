/**
 * `vnextract tokenize`: the sentences and typed tokens of each article, read
 * by the pipeline's own reading stage (a page's main text, not its tags),
 * each sentence placed at its line and column in the input.
 */
import '../normalize/html-eager.js'; // tokenize reads pages synchronously
import { readArticle } from '../normalize/read-article.js';
import { loadRules } from '../rules/load.js';
import { TextDoc } from '../tokenize/doc.js';
import { Lexicon, tokenize } from '../tokenize/tokens.js';
import { runBatch, usage } from './batch.js';
import { displayPath } from './escape.js';
import { colourFor } from './report.js';

export interface TokenizeCliOptions {
  json: boolean;
  out?: string;
  /** Parsed by the option parser (`--max-bytes 50M`). */
  maxBytes: number;
}

export async function runTokenize(paths: string[], opts: TokenizeCliOptions): Promise<number> {
  if (paths.length === 0) paths = process.stdin.isTTY ? [] : ['-'];
  if (paths.length === 0) return usage('no input: name files, folders or globs, or - to read standard input');
  const lexicon = new Lexicon((await loadRules()).lexicon);
  const colour = colourFor(opts.out ? ({ isTTY: false } as NodeJS.WriteStream) : process.stdout);
  const result = await runBatch(paths, opts, (sink) => ({
    start: (unit) => unit,
    finish(unit) {
      const { text, map } = readArticle(unit.body, unit.path, unit.record);
      const doc = new TextDoc(text);
      const sentences = doc.sentences
        .filter((s) => s.end > s.start)
        .map((s) => {
          const start = map.toOriginal(s.start);
          return {
            text: doc.slice(s),
            paragraph: s.paragraph,
            ...map.lineColumn(start),
            tokens: tokenize(text, s.start, s.end, lexicon).map((t) => ({ type: t.type, text: t.text, ...(t.value !== undefined ? { value: t.value } : {}) })),
          };
        });
      if (opts.json) {
        sink.write(`${JSON.stringify({ path: unit.path, sentences })}\n`);
        return true;
      }
      sink.write(`${colour.bold(`# ${displayPath(unit.path)}`)}\n`);
      for (const s of sentences) {
        sink.write(`${colour.dim(`${s.line}:${s.column}`)} ${s.text}\n`);
        sink.write(`  ${s.tokens.map((t) => `${t.text}${colour.dim(`/${t.type}${t.value !== undefined && String(t.value) !== t.text ? `=${t.value}` : ''}`)}`).join(' ')}\n`);
      }
      return true;
    },
    end() {},
  }));
  if (typeof result === 'number') return result;
  if (result.outputFailure === 'error') return 1;
  return result.failed ? 1 : 0;
}
