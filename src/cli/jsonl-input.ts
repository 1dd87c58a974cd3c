/**
 * JSON Lines corpora: one article per line, as scrapers pack archives and as
 * Hadoop Streaming, Spark's `rdd.pipe` and GNU `parallel --pipe` hand a
 * mapper its share. Each line is an object with `id` and `text` or `html`,
 * and optionally `url`, `date` (or `published`) and `title`:
 *
 *   {"id": "tin-17", "url": "https://…", "date": "2020-10-15", "text": "Đại hội …"}
 *
 * The lines are read as a stream, a chunk at a time: a corpus of any size,
 * or standard input fed slowly, never sits in memory whole, and a line
 * longer than --max-bytes is counted through and reported, never kept.
 */
import { isCalendarDate } from '../util/calendar.js';
import { httpUrl } from '../normalize/scraper-header.js';
import type { RecordFields } from '../normalize/read-article.js';
import { formatByteSize } from './byte-size.js';

/** `.jsonl` in any case: read as JSON Lines without --input-format. */
export const isJsonlPath = (path: string): boolean => /\.jsonl$/i.test(path);

/** One line of the input: its bytes (without the line end), or that it was too long. */
export type Line = { line: number; bytes: Buffer } | { line: number; tooLong: true };

/**
 * The lines of a stream of chunks, numbered from 1, blank ones included
 * (the caller skips them, so numbers stay those of the file). A line ends
 * at LF; a CR before it is dropped; the last line needs no LF. A line past
 * `maxBytes` is dropped as it comes and reported once, at its end.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  const take = (): Line => {
    line++;
    if (tooLong) {
      tooLong = false;
      parts = [];
      size = 0;
      return { line, tooLong: true };
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    return bytes.length > maxBytes ? { line, tooLong: true } : { line, bytes };
  };
  const add = (piece: Buffer) => {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes + 1) {
      // +1: a CR ending the line is not the line's (checked again at its end)
      tooLong = true;
      parts = [];
      size = 0;
    } else parts.push(piece);
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const lf = chunk.indexOf(0x0a, start);
      if (lf < 0) break;
      add(chunk.subarray(start, lf));
      yield take();
      start = lf + 1;
    }
    if (start < chunk.length) add(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield take();
}

/** What a record gives the extraction: its body and fields, and its date as the reference date. */
export interface JsonlRecord {
  body: string;
  fields: RecordFields;
  /** `YYYY-MM-DD`, from `date` or `published`, else null. */
  date: string | null;
  /** Fields ignored, each with why (a warning). */
  notes: string[];
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/**
 * A record's date as the reference date: `2020-10-15`, an ISO date-time
 * (`2020-10-15T08:30:00+07:00`: the day as written), or `20201015` (the form
 * of the scraper's `# date =` line). Anything else: null.
 */
export function recordDate(value: string): string | null {
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return isCalendarDate(day) ? day : null;
}

/** A line's record, or why it is not one. */
export function parseRecord(bytes: Buffer): JsonlRecord | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return { reason: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { reason: `not a JSON object but ${typeName(value)}` };
  const o = value as Record<string, unknown>;
  const wrong = (key: string, want: string) => ({ reason: `"${key}" must be ${want}, not ${typeName(o[key])}` });
  const optionalString = (key: string) => o[key] === undefined || o[key] === null || typeof o[key] === 'string';
  for (const key of ['text', 'html', 'url', 'date', 'published', 'title']) if (!optionalString(key)) return wrong(key, 'a string');
  if (!(o.id === undefined || o.id === null || typeof o.id === 'string' || (typeof o.id === 'number' && Number.isFinite(o.id)))) {
    return wrong('id', 'a string or a number');
  }
  // The scraper's clean text when the record has both.
  const kind = typeof o.text === 'string' ? 'text' : typeof o.html === 'string' ? 'html' : null;
  if (!kind) return { reason: 'no "text" or "html" field: nothing to extract' };
  const body = o[kind] as string;
  if (body.trim() === '') return { reason: `the "${kind}" field is empty` };
  const notes: string[] = [];
  let url: string | null = null;
  if (typeof o.url === 'string' && o.url !== '') {
    url = httpUrl(o.url.trim());
    if (url === null) notes.push(`ignored "url": "${o.url.slice(0, 80)}" is not an absolute http(s) URL`);
  }
  let date: string | null = null;
  const dateKey = typeof o.date === 'string' && o.date !== '' ? 'date' : typeof o.published === 'string' && o.published !== '' ? 'published' : null;
  if (dateKey) {
    date = recordDate(o[dateKey] as string);
    if (date === null) notes.push(`ignored "${dateKey}": "${(o[dateKey] as string).slice(0, 40)}" is not a date as YYYY-MM-DD, an ISO date-time or YYYYMMDD`);
  }
  const title = typeof o.title === 'string' && o.title.trim() !== '' ? o.title.trim() : null;
  const id = o.id === undefined || o.id === null ? null : String(o.id);
  return { body, fields: { kind, id, url, title }, date, notes };
}

export const lineTooLong = (maxBytes: number): string => `line longer than --max-bytes ${formatByteSize(maxBytes)}: skipped`;
