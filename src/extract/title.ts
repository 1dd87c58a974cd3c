/**
 * The article's title, where one can be found in plain text: a short
 * paragraph before the body starts, that is not a scraper's metadata line, a
 * dateline or a widget. Once a body paragraph (long, or ending with a full
 * stop) has been passed, a short line is a caption, not the title.
 */
import type { Doc } from '../types.js';

const METADATA = /^(?:#\s*\w+\s*=|\s*date\s+\d{4})/i;
/** Page furniture before the title: breadcrumbs, loading banners, labelled datelines, greetings. */
const FURNITURE = /^(?:trang chủ\b|[•·»>|]|loading|đang tải|đăng lúc|đăng ngày|ngày đăng|cập nhật|chào mừng)|»/i;
/** A breadcrumb trail: two separators (` / `, ` > `, ` | `) on the line. */
const BREADCRUMB = /\s[/>|]\s.*\s[/>|]\s/;
/**
 * A line of date, time and weekday only (`Thứ Năm, 15/10/2020, 09:47 (GMT+7)`).
 * The weekday after `thứ` is named, not any word: each character can then be
 * read only one way, and a long line that is not a dateline fails in one pass.
 */
const DATELINE_ONLY = /^(?:thứ(?: (?:hai|ba|tư|năm|sáu|bảy))?|chủ nhật|cập nhật|gmt|[ap]m|ch|sa|giờ|[\s\d(|),:;/.+-])*$/i;
/** A dateline is short (the longest in the corpora has 34 characters): a longer line is not one. */
const MAX_DATELINE = 100;

const isDateline = (text: string): boolean => text.length <= MAX_DATELINE && DATELINE_ONLY.test(text);
const isFurniture = (text: string): boolean => FURNITURE.test(text) || BREADCRUMB.test(text);

export function findTitle(doc: Doc): string | null {
  for (const p of doc.paragraphs.slice(0, 6)) {
    const text = doc.slice(p).trim();
    if (text === '' || METADATA.test(text) || isDateline(text) || isFurniture(text)) continue;
    if (text.length < 12) continue;
    // A title rarely ends with a full stop; a caption or lead does.
    if (text.length > 220 || (/[.;:]$/.test(text) && !/\.\.\.$/.test(text))) return null;
    return text.replace(/\s+/g, ' ');
  }
  return null;
}
