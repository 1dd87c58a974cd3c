/** Imported for its effect: the HTML reader loaded now (see `html-reader.ts`), for synchronous callers. */
import { htmlToText } from './html.js';
import { useHtmlReader } from './html-reader.js';

useHtmlReader(htmlToText);
