/**
 * The HTML reader (`html.ts`: rehype-parse, parse5 and the hast utilities,
 * some 40 modules and a large part of start-up) is loaded only where HTML can
 * come in. Whoever reads articles either loads it up front (the library's
 * entry, `extract-article.ts`, through `html-eager.ts`) or awaits
 * `loadHtmlReader()` before an input that may be a page (the command line's
 * worker, for inputs not named `.txt` / `.md`), so a corpus of text files
 * never loads it.
 */
import type { HtmlText } from './html.js';

type Reader = (html: string) => HtmlText;

let reader: Reader | undefined;

/** Make `reader` the HTML reader (what `html-eager.ts` does on import). */
export function useHtmlReader(read: Reader): void {
  reader = read;
}

/** The HTML reader, once loaded; else undefined. */
export function htmlReader(): Reader | undefined {
  return reader;
}

/** Load the HTML reader (once). */
export async function loadHtmlReader(): Promise<void> {
  if (!reader) reader = (await import('./html.js')).htmlToText;
}

/** A text that starts like a page (checked when the file name says nothing). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]|<div[\s>]|<p[\s>])/i.test(text.slice(0, 2048));
}
