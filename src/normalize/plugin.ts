/** unified parser: bytes or text in, a root carrying the normalised text out. */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { ArticleRoot } from '../tree.js';
import { readArticle, type RecordFields } from './read-article.js';

declare module 'vfile' {
  interface DataMap {
    /** The fields of a JSON Lines record, when the article is one. */
    record: RecordFields;
  }
}

export function parseArticle(this: Processor): void {
  this.parser = (_doc: string, file: VFile): ArticleRoot => {
    const { messages, ...article } = readArticle(file.value ?? '', file.path ?? '-', file.data.record);
    for (const { reason, ruleId, info } of messages) {
      const m = file.message(reason, { ruleId, source: 'vnextract' });
      if (info) m.fatal = undefined; // information, not a warning
    }
    return { type: 'root', data: { ...article, found: {} } };
  };
}
