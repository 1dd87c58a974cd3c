/** unified parser: bytes or text in, a root carrying the normalised text out. */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { ArticleRoot } from '../tree.js';
import { decode } from './decode.js';
import { normalize } from './index.js';

export function parseArticle(this: Processor): void {
  this.parser = (_doc: string, file: VFile): ArticleRoot => {
    const input = file.value;
    const decoded = decode(input);
    for (const problem of decoded.problems) file.message(problem, { ruleId: 'decode', source: 'vnextract' });
    const { text, map, notes } = normalize(decoded.text);
    for (const note of notes) {
      const m = file.message(note, { ruleId: 'normalize', source: 'vnextract' });
      m.fatal = undefined; // information, not a warning
    }
    if (text.trim() === '') file.message('the article is empty', { ruleId: 'empty', source: 'vnextract' });
    return {
      type: 'root',
      children: [],
      data: {
        original: decoded.text,
        text,
        map,
        encoding: decoded.encoding,
        bytes: typeof input === 'string' ? Buffer.byteLength(input) : (input?.byteLength ?? 0),
        found: {},
      },
    };
  };
}
