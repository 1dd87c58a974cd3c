/**
 * HTML pages as scrapers save them: parsed with rehype-parse (the unified
 * collective's HTML parser, positions kept), reduced to the article's main
 * text — one paragraph per line — without navigation, scripts, captions or
 * share widgets. The title and dateline are read from the page's metadata
 * where present (`og:title`, `<title>`, `article:published_time`, `<time>`).
 * Every piece of text keeps the offset of its source, so facts found in the
 * text point back into the HTML.
 */
import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { OffsetMap } from './offset-map.js';
import { PageText } from './page-text.js';
import { httpUrl } from './scraper-header.js';
import { stripTags } from './strip-tags.js';

export interface HtmlText {
  /** The main text, a paragraph per line. */
  text: string;
  /** Offsets in `text` back to the HTML source. */
  map: OffsetMap;
  title: string | null;
  /** The page's address: its `<link rel="canonical">`, else its `og:url`, when absolute http(s); else null. */
  url: string | null;
  /** Page dateline, YYYY-MM-DD, with the HTML offsets of the element it came from. */
  published: { value: string; start: number; end: number } | null;
  notes: string[];
  /** Degradations to report as warnings. */
  problems: string[];
}

const parser = unified().use(rehypeParse, { fragment: false });

const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg',
  'button', 'select', 'input', 'textarea', 'figcaption', 'head', 'menu', 'dialog', 'object', 'embed', 'video', 'audio',
  'canvas', 'map',
]);
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section', 'article',
  'blockquote', 'figure', 'main', 'dd', 'dt', 'dl', 'pre', 'hr', 'center', 'caption', 'tbody', 'thead',
]);
/** Class or id of page furniture: share bars, comments, related links, menus, ads, captions. */
const FURNITURE =
  /(?:^|[\s_-])(?:share|sharing|social|comments?|binh-?luan|related|lien-?quan|tin-?khac|breadcrumbs?|menu|navbar|nav|footer|header|banner|ads?|advert\w*|quang-?cao|tags?|keywords?|print|toolbar|sidebar|widget|caption|image-?caption|photo-?caption|expNoEdit|author-box|rating|subscribe|popup|modal|cookie)(?:$|[\s_-])/i;
/** Class or id of the article body, in the order commonly used by news CMSs. */
const BODY = /(?:^|[\s_-])(?:article-?body|articlebody|article-?content|detail-?content|content-?detail|news-?content|post-?content|entry-?content|story-?body|maincontent|main-?content|article|detail|content|post|entry|story|body-?text)(?:$|[\s_-])/i;

const str = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '');
const classId = (e: Element) => `${str(e.properties?.className)} ${str(e.properties?.id)}`.trim();

function isFurniture(e: Element): boolean {
  if (DROP_TAGS.has(e.tagName)) return true;
  if (e.properties?.hidden !== undefined && e.properties?.hidden !== false) return true;
  if (str(e.properties?.ariaHidden) === 'true') return true;
  const ci = classId(e);
  return ci !== '' && FURNITURE.test(ci) && !BODY.test(ci);
}

/**
 * Text length (trimmed runs, without furniture) and place in document order
 * of every element, found in one walk: the candidates for the main text may
 * be nested thousands deep, and measuring or searching each one's subtree
 * anew would cost the square of the page.
 */
interface Measured {
  length: number;
  /** The element's first and last descendant in document order: `inner` is inside `outer` when its range is in outer's. */
  first: number;
  last: number;
}

interface Survey {
  /** Every element in document order, searched as a list rather than walked again. */
  elements: Element[];
  measured: Map<Element | Root, Measured>;
}

function survey(root: Root): Survey {
  const elements: Element[] = [];
  const measured = new Map<Element | Root, Measured>();
  let order = 0;
  // The text length and first place of each open element, innermost last.
  const open: { length: number; first: number }[] = [];
  visit(root, {
    enter(node) {
      if (node.type === 'text') open[open.length - 1].length += node.value.trim().length;
      else if (node.type === 'element' || node.type === 'root') {
        if (node.type === 'element') elements.push(node);
        open.push({ length: 0, first: order++ });
      }
    },
    exit(node) {
      if (node.type !== 'element' && node.type !== 'root') return;
      const { length, first } = open.pop()!;
      measured.set(node, { length, first, last: order - 1 });
      if (node.type === 'element' && !isFurniture(node)) open[open.length - 1].length += length;
    },
  });
  return { elements, measured };
}

function mainContent(root: Root, { elements, measured }: Survey): Element | Root {
  const byItemprop = elements.find((e) => str(e.properties?.itemProp) === 'articleBody');
  if (byItemprop) return byItemprop;
  const candidates = [
    ...elements.filter((e) => e.tagName === 'article'),
    ...elements.filter((e) => BODY.test(classId(e)) && !FURNITURE.test(classId(e))),
    ...elements.filter((e) => e.tagName === 'main'),
  ];
  const body = elements.find((e) => e.tagName === 'body') ?? root;
  const textLength = (e: Element | Root) => measured.get(e)!.length;
  const contains = (outer: Element | Root, inner: Element) => {
    const o = measured.get(outer)!;
    const i = measured.get(inner)!;
    return o.first <= i.first && i.last <= o.last;
  };
  const bodyLength = textLength(body);
  let best: Element | Root = body;
  let bestLength = 0;
  for (const c of candidates) {
    const n = textLength(c);
    // The smallest container that still holds most of the page's text.
    if (n > bestLength && n >= 0.3 * bodyLength) {
      best = c;
      bestLength = n;
    }
  }
  if (best !== body) {
    // Prefer a descendant candidate that keeps nearly all of the text (the body inside an <article>).
    for (const c of candidates) {
      const n = textLength(c);
      if (c !== best && n >= 0.85 * bestLength && n < bestLength && contains(best, c)) {
        best = c;
        bestLength = n;
      }
    }
  }
  return best;
}

function metaContent(elements: Element[], keys: string[]): { value: string; start: number; end: number } | null {
  for (const e of elements) {
    if (e.tagName !== 'meta') continue;
    const key = str(e.properties?.property) || str(e.properties?.name) || str(e.properties?.itemProp);
    if (keys.includes(key.toLowerCase()) && str(e.properties?.content).trim()) {
      return { value: str(e.properties?.content).trim(), start: e.position?.start.offset ?? 0, end: e.position?.end.offset ?? 0 };
    }
  }
  return null;
}

/** The first date in a page's metadata value (ISO or day/month/year), as YYYY-MM-DD. */
function isoDateIn(raw: string): string | null {
  const iso = raw.match(/(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const vn = raw.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})/);
  if (vn) return `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}`;
  return null;
}

function pagePublished(elements: Element[]): HtmlText['published'] {
  const meta = metaContent(elements, ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'og:published_time', 'article:modified_time']);
  if (meta) {
    const value = isoDateIn(meta.value);
    if (value) return { ...meta, value };
  }
  for (const e of elements) {
    if (e.tagName !== 'time' && str(e.properties?.itemProp) !== 'datePublished') continue;
    const raw = str(e.properties?.dateTime) || str(e.properties?.content) || plainText(e);
    const value = isoDateIn(raw);
    if (value) return { value, start: e.position?.start.offset ?? 0, end: e.position?.end.offset ?? 0 };
  }
  return null;
}

function plainText(node: Element): string {
  return hastToString(node).replace(/\s+/g, ' ').trim();
}

function pageTitle(elements: Element[]): string | null {
  const og = metaContent(elements, ['og:title', 'twitter:title']);
  if (og) return og.value;
  const title = elements.find((e) => e.tagName === 'title');
  if (title) return plainText(title) || null;
  const h1 = elements.find((e) => e.tagName === 'h1');
  return h1 ? plainText(h1) || null : null;
}

/**
 * The page's own address: the canonical link, else `og:url`. A relative or
 * non-http value (`/bai-viet.htm`, `javascript:…`) is skipped with a note.
 */
function pageUrl(elements: Element[], notes: string[]): string | null {
  const canonical = elements.filter((e) => e.tagName === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(str(e.properties?.rel)));
  const candidates = [...canonical.map((e) => str(e.properties?.href).trim()), metaContent(elements, ['og:url'])?.value ?? ''];
  for (const value of candidates) {
    if (value === '') continue;
    const url = httpUrl(value);
    if (url) return url;
    notes.push(`ignored the page's address "${value.slice(0, 80)}": not an absolute http(s) URL`);
  }
  return null;
}

export { looksLikeHtml } from './html-reader.js';

export function htmlToText(html: string): HtmlText {
  try {
    return treeText(html, parser.parse(html) as Root);
  } catch (e) {
    // Too deep for the call stack: in the parser or in a walk of its tree.
    if (e instanceof RangeError) return stripTags(html);
    throw e;
  }
}

/** The page's main text and metadata, read from its tree. */
function treeText(html: string, root: Root): HtmlText {
  const found = survey(root);
  const title = pageTitle(found.elements);
  const published = pagePublished(found.elements);
  const addressNotes: string[] = [];
  const url = pageUrl(found.elements, addressNotes);
  const main = mainContent(root, found);
  const page = new PageText(html);
  let dropped = 0;
  const newline = () => {
    if (!page.atLineStart) page.separate('\n');
  };
  // A furniture element is skipped with its content; its exit follows its enter at once.
  let skipped: Element | null = null;
  visit(main, {
    enter(c) {
      if (c.type === 'text') {
        const { value } = c;
        if (value.trim() === '') {
          if (page.last !== '' && !/\s/.test(page.last)) page.separate(' ');
          return;
        }
        page.append(value, c.position?.start.offset, c.position?.end.offset);
        return;
      }
      if (c.type !== 'element') return;
      if (isFurniture(c)) {
        dropped++;
        skipped = c;
        return SKIP;
      }
      if (BLOCK_TAGS.has(c.tagName)) newline();
    },
    exit(c) {
      if (c.type === 'element' && c !== skipped && BLOCK_TAGS.has(c.tagName)) newline();
    },
  });
  const notes = [`read HTML: kept the main text${dropped ? `, dropped ${dropped} navigation/script/caption/share element(s)` : ''}`, ...addressNotes];
  return { text: page.text, map: page.map, title, url, published, notes, problems: [] };
}
