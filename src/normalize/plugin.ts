/** unified parser: bytes or text in, a root carrying the normalised text out. */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { ArticleRoot } from '../tree.js';
import { decode } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { normalize } from './index.js';
import { compose, type OffsetMap } from './offset-map.js';

const HTML_PATH = /\.x?html?$/i;

export function parseArticle(this: Processor): void {
  this.parser = (_doc: string, file: VFile): ArticleRoot => {
    const input = file.value;
    const decoded = decode(input);
    for (const problem of decoded.problems) file.message(problem, { ruleId: 'decode', source: 'vnextract' });
    const isHtml = HTML_PATH.test(file.path ?? '') || (!/\.(txt|md)$/i.test(file.path ?? '') && looksLikeHtml(decoded.text));
    let source = decoded.text;
    let htmlMap: OffsetMap | undefined;
    let page: ArticleRoot['data']['page'];
    const notes: string[] = [];
    if (isHtml) {
      const html = htmlToText(decoded.text);
      htmlMap = html.map;
      source = html.text;
      page = { title: html.title, published: html.published };
      notes.push(...html.notes);
      for (const problem of html.problems) file.message(problem, { ruleId: 'html', source: 'vnextract' });
    }
    const normalized = normalize(source);
    const { text } = normalized;
    const map = htmlMap ? compose(normalized.map, htmlMap) : normalized.map;
    notes.push(...normalized.notes);
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
        page,
        encoding: decoded.encoding,
        bytes: typeof input === 'string' ? Buffer.byteLength(input) : (input?.byteLength ?? 0),
        found: {},
      },
    };
  };
}
