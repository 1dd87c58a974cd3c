/** unified parser: bytes or text in, a root carrying the normalised text out. */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { ArticleRoot } from '../tree.js';
import { readArticle } from './read-article.js';

export function parseArticle(this: Processor): void {
  this.parser = (_doc: string, file: VFile): ArticleRoot => {
    const { messages, ...article } = readArticle(file.value ?? '', file.path ?? '-');
    for (const { reason, ruleId, info } of messages) {
      const m = file.message(reason, { ruleId, source: 'vnextract' });
      if (info) m.fatal = undefined; // information, not a warning
    }
    return { type: 'root', data: { ...article, found: {} } };
  };
}
