/** `vnextract tokenize`: the sentences and typed tokens of each article. */
import { readFileSync } from 'node:fs';
import { decode, normalize } from '../normalize/index.js';
import { loadRules } from '../rules/load.js';
import { TextDoc } from '../tokenize/doc.js';
import { Lexicon, tokenize } from '../tokenize/tokens.js';
import { expandInputs } from './inputs.js';
import { colourFor, formatDiagnostic, report } from './report.js';
import { openSink } from './sink.js';

export interface TokenizeCliOptions {
  json: boolean;
  out?: string;
}

export async function runTokenize(paths: string[], opts: TokenizeCliOptions): Promise<number> {
  if (paths.length === 0) paths = process.stdin.isTTY ? [] : ['-'];
  if (paths.length === 0) {
    report(formatDiagnostic('vnextract', 'error', 'no input: name files, folders or globs, or - to read standard input'));
    return 2;
  }
  const lexicon = new Lexicon((await loadRules()).lexicon);
  const { inputs, problems } = expandInputs(paths);
  for (const p of problems) report(formatDiagnostic(p.path, 'error', p.reason));
  let failed = problems.length;
  const sink = openSink(opts.out);
  const colour = colourFor(opts.out ? ({ isTTY: false } as NodeJS.WriteStream) : process.stdout);
  for (const input of inputs) {
    let bytes: Buffer;
    try {
      bytes = input.kind === 'stdin' ? readFileSync(0) : readFileSync(input.path);
    } catch (e) {
      report(formatDiagnostic(input.path, 'error', `cannot read: ${(e as Error).message}`));
      failed++;
      continue;
    }
    const { text, map } = normalize(decode(bytes).text);
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
      sink.write(`${JSON.stringify({ path: input.path, sentences })}\n`);
      continue;
    }
    sink.write(`${colour.bold(`# ${input.path}`)}\n`);
    for (const s of sentences) {
      sink.write(`${colour.dim(`${s.line}:${s.column}`)} ${s.text}\n`);
      sink.write(`  ${s.tokens.map((t) => `${t.text}${colour.dim(`/${t.type}${t.value !== undefined && String(t.value) !== t.text ? `=${t.value}` : ''}`)}`).join(' ')}\n`);
    }
  }
  sink.close();
  return failed ? 1 : 0;
}
