/**
 * The same article in the forms scrapers and editors produce: NBSP, soft
 * hyphens, NFD, CRLF, BOM, UTF-16, `&nbsp;` left in text, and wrapped as an
 * HTML page. Deterministic (the n-th space or letter is chosen by position),
 * so a failure names its twin and is replayed as is.
 */

/** Every `every`-th match of `re` in `text` replaced by `by(match)`. */
function everyNth(text: string, re: RegExp, every: number, by: (m: string) => string): string {
  let i = 0;
  return text.replace(re, (m) => (i++ % every === every - 1 ? by(m) : m));
}

export const nbspTwin = (t: string) => everyNth(t, / /g, 3, () => '\u00A0');
/** Soft hyphens inside longer words, as a hyphenating editor leaves them. */
export const softHyphenTwin = (t: string) => everyNth(t, /\p{L}{3,}/gu, 2, (w) => `${w.slice(0, 2)}\u00AD${w.slice(2)}`);
export const nfdTwin = (t: string) => t.normalize('NFD');
export const crlfTwin = (t: string) => t.replace(/\n/g, '\r\n');
export const entityNbspTwin = (t: string) => everyNth(t, / /g, 4, () => '&nbsp;');
export const bomTwin = (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]);
export const utf16leTwin = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
export const utf16beTwin = (t: string) => {
  const le = Buffer.from(t, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
};

const NAMED: Record<string, string> = {
  à: 'agrave', á: 'aacute', â: 'acirc', ã: 'atilde', è: 'egrave', é: 'eacute', ê: 'ecirc', ì: 'igrave', í: 'iacute',
  ò: 'ograve', ó: 'oacute', ô: 'ocirc', õ: 'otilde', ù: 'ugrave', ú: 'uacute', ý: 'yacute', Đ: 'Dstrok', đ: 'dstrok',
  '"': 'quot', '–': 'ndash', '“': 'ldquo', '”': 'rdquo',
};

/**
 * Text as an HTML editor escapes it: markup characters always, and (with
 * `letters`) Vietnamese letters by turns as named, decimal and hexadecimal
 * references.
 */
export function escapeHtml(text: string, letters = true): string {
  let turn = 0;
  return text.replace(/[&<>"]|[^\x00-\x7F]/g, (c) => {
    if (c === '&') return '&amp;';
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (!letters && c !== '"') return c;
    const k = turn++ % 4;
    if (k === 0 && NAMED[c]) return `&${NAMED[c]};`;
    if (k === 1) return `&#${c.codePointAt(0)};`;
    if (k === 2) return `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`;
    return c;
  });
}

export interface WrapOptions {
  /** Escape Vietnamese letters as entity references too (markup characters are always escaped). */
  letters?: boolean;
  /** Write every n-th space as `&nbsp;` (0: none). */
  nbspEvery?: number;
  /** Line break between tags. */
  eol?: string;
  /** Leave the text unescaped (`&`, `<` as they are): the page a careless scraper writes. */
  raw?: boolean;
}

/** A page with one `<p>` per line of the text. */
export function htmlTwin(text: string, o: WrapOptions = {}): string {
  const eol = o.eol ?? '\r\n';
  const paragraphs = text.split(/\r\n|\r|\n/).map((line) => {
    let body = o.raw ? line : escapeHtml(line, o.letters ?? true);
    if (o.nbspEvery) body = everyNth(body, / /g, o.nbspEvery, () => '&nbsp;');
    return `<p>${body}</p>`;
  });
  return ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"></head><body><article>', ...paragraphs, '</article></body></html>', ''].join(eol);
}
