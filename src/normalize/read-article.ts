/**
 * Reading one article: bytes (or text) in, the text the rules read out, with
 * the map back to the input and what an HTML page's metadata says. The one
 * reading stage, used by the pipeline's parser and by `vnextract tokenize`, so
 * what the tokenizer shows is what the rules see.
 */
import { decode, DECODE_NOTES, type DecodeKind } from './decode.js';
import { htmlReader, looksLikeHtml } from './html-reader.js';
import { normalize } from './index.js';
import { compose, type SourceMap } from './offset-map.js';

const HTML_PATH = /\.x?html?$/i;
const TEXT_PATH = /\.(?:txt|md)$/i;

/** What reading found, in the order it was found; `info` ones are notes, not warnings. */
export interface ReadMessage {
  reason: string;
  ruleId: `decode/${DecodeKind}` | 'html' | 'normalize' | 'empty';
  info?: true;
}

export interface PageMetadata {
  title: string | null;
  /** The page's dateline, with the offsets of the element it came from (into `original`). */
  published: { value: string; start: number; end: number } | null;
}

/**
 * What the input says of its own source, beside the text: the scraper's
 * header lines of a text file, or a page's canonical address. The one place
 * these are gathered, so another input form (a JSON Lines record's fields)
 * fills the same object.
 */
export interface SourceMetadata {
  /** The article's address: an absolute http(s) URL, else null. */
  url: string | null;
  /** The scraper's identifier of the article (`# doc_id = …`, a record's `id`), else null. */
  id: string | null;
  /** The title the input names beside the text (a record's `title`), else null: the page's or the text's is found later. */
  title: string | null;
}

/**
 * The fields of a JSON Lines record that come beside its text
 * (`src/cli/jsonl-input.ts`): whether the body is text or HTML, and what the
 * record says of its source. They take precedence over what the body says
 * (header lines, canonical link); its date is the caller's reference date.
 */
export interface RecordFields {
  kind: 'text' | 'html';
  id: string | null;
  url: string | null;
  title: string | null;
  /** The record's own date (`YYYY-MM-DD`), when it has one: the extraction takes it as the reference date; `check` knows the article is dated. */
  date?: string | null;
}

export interface ReadArticle {
  /** The decoded input, before normalisation (the HTML source for a page). */
  original: string;
  /** The normalised text: what the rules read. */
  text: string;
  /** Offsets in `text` back to `original`, and its lines and columns. */
  map: SourceMap;
  /** Set for an HTML page. */
  page?: PageMetadata;
  /** Where the article comes from, as the input says (`source.url`, `source.id`). */
  metadata: SourceMetadata;
  /** How the input was decoded (`utf-8`, `windows-1258`, …). */
  encoding: string;
  /** Size of the input in bytes. */
  bytes: number;
  messages: ReadMessage[];
}

/** A page by its name (`.html`, `.htm`, `.xhtml`), or by its start when the name says nothing (`-`, no extension). */
function isHtml(path: string, text: string): boolean {
  return HTML_PATH.test(path) || (!TEXT_PATH.test(path) && looksLikeHtml(text));
}

/**
 * Whether reading this input may need the HTML reader: a JSON Lines record
 * whose body is HTML, or a file by any name but `.txt` and `.md`.
 */
export function mayBeHtml(path: string, record?: RecordFields): boolean {
  return record ? record.kind === 'html' : !TEXT_PATH.test(path);
}

export function readArticle(input: string | Uint8Array, path = '-', record?: RecordFields): ReadArticle {
  const decoded = decode(input);
  // A conversion or a repair that reads as Vietnamese is a note (a correctly converted TCVN3 file is no warning).
  const messages: ReadMessage[] = decoded.problems.map(({ reason, kind }) =>
    DECODE_NOTES.has(kind) ? { reason, ruleId: `decode/${kind}`, info: true } : { reason, ruleId: `decode/${kind}` },
  );
  const notes: string[] = [];
  let source = decoded.text;
  let htmlMap: SourceMap | undefined;
  let page: PageMetadata | undefined;
  let pageUrl: string | null = null;
  if (record ? record.kind === 'html' : isHtml(path, decoded.text)) {
    const htmlToText = htmlReader();
    if (!htmlToText) throw new Error('an HTML input needs the HTML reader: await loadHtmlReader() before reading it (normalize/html-reader.ts)');
    const html = htmlToText(decoded.text);
    htmlMap = html.map;
    source = html.text;
    page = { title: html.title, published: html.published };
    pageUrl = html.url;
    notes.push(...html.notes);
    for (const reason of html.problems) messages.push({ reason, ruleId: 'html' });
  }
  const normalized = normalize(source);
  const { text } = normalized;
  notes.push(...normalized.notes);
  for (const reason of notes) messages.push({ reason, ruleId: 'normalize', info: true });
  if (text.trim() === '') messages.push({ reason: 'the article is empty', ruleId: 'empty' });
  return {
    original: decoded.text,
    text,
    map: htmlMap ? compose(normalized.map, htmlMap) : normalized.map,
    page,
    // A record's fields first; then a page's own address; header lines, where a text (or a page's text) has them.
    metadata: { url: record?.url ?? pageUrl ?? normalized.header.url, id: record?.id ?? normalized.header.id, title: record?.title ?? null },
    // A record's text was UTF-8 in its JSON Lines file (decoded with the line).
    encoding: record ? 'utf-8' : decoded.encoding,
    bytes: typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength,
    messages,
  };
}
