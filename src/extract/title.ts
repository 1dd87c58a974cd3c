/**
 * The article's title, where one can be found in plain text: the first
 * paragraph that is short, not a scraper's metadata line, not a dateline and
 * not a sentence of the body.
 */
import type { Doc } from '../types.js';

const METADATA = /^(?:#\s*\w+\s*=|\s*date\s+\d{4})/i;
const DATELINE_ONLY = /^[\s(|,:\d\/.-]*(?:thứ \S+|chủ nhật|cập nhật|gmt|\d|[ap]m|ch|sa|giờ|\s|[(|),:\/.+-])*$/i;

export function findTitle(doc: Doc): string | null {
  for (const p of doc.paragraphs.slice(0, 6)) {
    const text = doc.slice(p).trim();
    if (text === '' || METADATA.test(text) || DATELINE_ONLY.test(text)) continue;
    if (text.length > 220 || text.length < 12) continue;
    // A title rarely ends with a full stop; a caption or lead does.
    if (/[.;:]$/.test(text) && !/\.\.\.$/.test(text)) continue;
    return text.replace(/\s+/g, ' ');
  }
  return null;
}
