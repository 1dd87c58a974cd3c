/**
 * The article's title, where one can be found in plain text: a short
 * paragraph before the body starts, that is not a scraper's metadata line, a
 * dateline or a widget. Once a body paragraph (long, or ending with a full
 * stop) has been passed, a short line is a caption, not the title.
 */
import type { Doc } from '../types.js';

const METADATA = /^(?:#\s*\w+\s*=|\s*date\s+\d{4})/i;
/** Page furniture before the title: breadcrumbs, loading banners, labelled datelines, greetings. */
const FURNITURE = /^(?:trang chủ\b|[•·»>|]|loading|đang tải|đăng lúc|đăng ngày|ngày đăng|cập nhật|chào mừng)|»|\s[/>|]\s.*\s[/>|]\s/i;
const DATELINE_ONLY = /^[\s(|,:\d\/.-]*(?:thứ \S+|chủ nhật|cập nhật|gmt|\d|[ap]m|ch|sa|giờ|\s|[(|),:\/.+-])*$/i;

export function findTitle(doc: Doc): string | null {
  for (const p of doc.paragraphs.slice(0, 6)) {
    const text = doc.slice(p).trim();
    if (text === '' || METADATA.test(text) || DATELINE_ONLY.test(text) || FURNITURE.test(text)) continue;
    if (text.length < 12) continue;
    // A title rarely ends with a full stop; a caption or lead does.
    if (text.length > 220 || (/[.;:]$/.test(text) && !/\.\.\.$/.test(text))) return null;
    return text.replace(/\s+/g, ' ');
  }
  return null;
}
