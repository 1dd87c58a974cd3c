/**
 * Checks that every fact's evidence is the words the rules matched: offsets
 * inside the decoded input, `text` the slice they name, line and column of
 * the start, and the evidence — decoded here independently of the normaliser
 * (entities, line ends, NFC, invisible characters, one-for-one folds) — equal
 * to the normalised text the extractor matched and holding the fact's number
 * or words. Shared by the property tests, the metamorphic tests and
 * `scripts/evidence-audit.ts`.
 */
import { decodeHTML, decodeHTMLStrict, DecodingMode } from 'entities/decode';
import { evidenceOf } from '../../src/article.js';
import { ONE_FOR_ONE } from '../../src/normalize/characters.js';
import { modernToneMarks } from '../../src/normalize/tone-marks.js';
import { runArticle } from '../../src/extract-article.js';
import { FACT_TYPES, factsOf } from '../../src/facts/registry.js';
import type { RuleSet } from '../../src/rules/load.js';
import { Article as ArticleSchema, type Article, type Evidence, type FactKey } from '../../src/schema.js';
import { parseAmount, parseDecimal, parseNumberWords, parseOrdinal, romanToInt, SCALE_WORDS } from '../../src/tokenize/numbers.js';

/** Every fact type's key, from the registry. */
export const FACT_KEYS: FactKey[] = FACT_TYPES.map((t) => t.key);

const BLOCK = /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|figure|main|dd|dt|dl|pre|hr|center|caption|tbody|thead)\b/i;
const TEXT_ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const FOLD = new RegExp(`[${Object.keys(ONE_FOR_ONE).join('')}]`, 'g');

/**
 * What the rules would see of a piece of input, decoded without the
 * normaliser: HTML tags (block tags as line breaks), line ends and NUL as an
 * HTML parser reads them, entities, NFC, combining marks that compose with
 * nothing, invisible characters, the one-for-one folds and tone marks.
 */
export function decodeEvidence(text: string, html: boolean): string {
  let t = text;
  if (html) {
    t = t.replace(/<!--[\s\S]*?-->|<[^>]*>/g, (tag) => (BLOCK.test(tag) ? '\n' : ''));
    t = t.replace(/\r\n?/g, '\n').replace(/\0/g, '');
    t = decodeHTML(t, DecodingMode.Legacy);
  }
  // Entities left in the text (plain text, or double-escaped in a page), as the normaliser decodes them: with their `;`.
  t = t.replace(TEXT_ENTITY, (e) => decodeHTMLStrict(e));
  t = t.normalize('NFC').replace(/\p{M}/gu, '').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
  t = t.replace(/\r/g, ' ').replace(FOLD, (c) => ONE_FOR_ONE[c]);
  return modernToneMarks(t);
}

/** Whitespace runs as one space: line joins and HTML block breaks change only whitespace. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');

// ---------------------------------------------------------------- witnesses

const NUMBER_WORD = /^(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|triệu|tỷ|tỉ|nhất)$/i;
const SCALES = Object.keys(SCALE_WORDS).sort((a, b) => b.length - a.length);
const MONTH_WORDS: Record<string, number> = { giêng: 1, chạp: 12 };

/** Every number a reader finds in a piece of text: digits (any grouping, with scale words), Roman numerals, number words. */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  const lower = text.toLowerCase();
  for (const m of text.matchAll(/\d+(?:[., ]\d+)*/g)) {
    const raw = m[0].trim();
    for (const part of raw.split(/[., ]/)) out.push(Number(part));
    out.push(Number(raw.replace(/[., ]/g, '')));
    // A compact date, `20201015`, as scrapers' headers write it.
    if (/^\d{8}$/.test(raw)) out.push(Number(raw.slice(0, 4)), Number(raw.slice(4, 6)), Number(raw.slice(6)));
    for (const piece of raw.split(' ')) {
      const v = parseDecimal(piece);
      if (v !== null) out.push(v);
      const after = lower.slice(m.index! + m[0].length).trimStart();
      // `120 nghìn tỷ` may be read with either scale (`nghìn` alone when `tỷ` is glued to what follows).
      for (const scale of SCALES.filter((s) => after.startsWith(s))) {
        const a = parseAmount(piece, scale);
        if (a !== null) out.push(a);
      }
    }
  }
  for (const m of text.matchAll(/[IVXLCDM]+/g)) {
    const v = romanToInt(m[0]);
    if (v !== null) out.push(v);
  }
  const words = lower.split(/[^\p{L}]+/u);
  for (let i = 0; i < words.length; i++) {
    if (MONTH_WORDS[words[i]]) out.push(MONTH_WORDS[words[i]]);
    for (let j = i + 1; j <= words.length && NUMBER_WORD.test(words[j - 1]); j++) {
      const phrase = words.slice(i, j).join(' ');
      const v = parseNumberWords(phrase) ?? parseOrdinal(phrase);
      if (v !== null) out.push(v);
    }
  }
  return out;
}

const has = (nums: number[], v: number) => nums.some((n) => Math.abs(n - v) <= 1e-9 * Math.max(1, Math.abs(v)));

/** The numbers an ISO value (`2020-10-15`, `2020-10`, `2021-Q3`, `--10-28`, `A/B`) must show. */
function dateNumbers(value: string, yearImplied: boolean): number[] {
  const need: number[] = [];
  for (const part of value.split('/')) {
    const q = part.match(/^(\d{4})-Q(\d)$/);
    if (q) {
      if (!yearImplied) need.push(Number(q[1]));
      need.push(Number(q[2]));
      continue;
    }
    const d = part.match(/^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/);
    if (!d) continue;
    // A day may share the year written after the next one (`ngày 11/11 và 28/12/2020`).
    if (d[1] !== '-' && !yearImplied && !d[3]) need.push(Number(d[1]));
    need.push(Number(d[2]));
    if (d[3]) need.push(Number(d[3]));
  }
  return need;
}

/** Why the decoded evidence does not show the fact, or null when it does. */
export function witnessProblem(key: FactKey | 'published', fact: Record<string, unknown>, decoded: string): string | null {
  const nums = numbersIn(decoded);
  const missing = (vs: number[]) => vs.filter((v) => !has(nums, v));
  let need: number[] = [];
  switch (key) {
    case 'counts':
      need = [fact.count as number];
      break;
    case 'congresses':
      need = [fact.ordinal as number];
      break;
    case 'terms': {
      const lost = missing([fact.start as number]);
      const end = fact.end as number;
      if (!has(nums, end) && !has(nums, end % 100)) lost.push(end);
      return lost.length ? `term years ${lost.join(', ')} not in the evidence` : null;
    }
    case 'dates':
      need = dateNumbers(fact.value as string, fact.yearImplied as boolean);
      break;
    case 'published':
      // A dateline may give the year alone in words; its day and month are written.
      need = dateNumbers(fact.value as string, true);
      break;
    case 'breakthroughs': {
      if (fact.count !== null) need = [fact.count as number];
      const flat = squash(decoded).toLowerCase();
      const lost = (fact.items as string[]).filter((it) => !flat.includes(squash(it).toLowerCase()));
      if (lost.length) return `breakthrough item(s) not in the evidence: ${JSON.stringify(lost)}`;
      break;
    }
    case 'targets':
      need = ['value', 'min', 'max'].map((k) => fact[k]).filter((v): v is number => typeof v === 'number');
      // `2,5 lần`, `gấp đôi`: a multiple may be written as a word the number readers do not know.
      if (need.length && missing(need).length === need.length && /\b(?:đôi|rưỡi)\b/u.test(decoded)) need = [];
      else if (need.length && missing(need).length < need.length) need = need.filter((v) => has(nums, v));
      break;
  }
  const lost = missing(need);
  return lost.length ? `${lost.join(', ')} not in the evidence` : null;
}

// ---------------------------------------------------------------- the checks

/** 1-based line and column of an offset, lines ending at LF, CRLF or a lone CR. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Whether `offset` falls between two grapheme clusters of `text` (looked at locally). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset === 0 || offset === text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  // Below U+0300 nothing extends or prepends a cluster; CR LF is the one pair.
  if (before < 0x300 && at < 0x300) return !(before === 13 && at === 10);
  const from = Math.max(0, offset - 32);
  const segment = graphemes.segment(text.slice(from, Math.min(text.length, offset + 32))).containing(offset - from);
  return segment !== undefined && segment.index === offset - from;
}

export interface Checked {
  article: Article;
  /** The decoded input the offsets count in. */
  original: string;
  /** The normalised text the rules matched. */
  text: string;
  problems: string[];
  /** Facts whose evidence was compared with their matched text. */
  facts: number;
  /** Facts whose evidence, decoded, is not the matched text. */
  mismatched: number;
  /** Facts whose evidence matches but does not show the fact's number or words. */
  unwitnessed: number;
}

function evidenceProblems(e: Evidence, original: string, plain: boolean): string[] {
  const out: string[] = [];
  if (!(0 <= e.start && e.start <= e.end && e.end <= original.length)) out.push(`offsets ${e.start}..${e.end} outside 0..${original.length}`);
  if (e.text !== original.slice(e.start, e.end)) out.push(`text ${JSON.stringify(e.text)} is not the input's slice ${JSON.stringify(original.slice(e.start, e.end))}`);
  const lc = lineColumnOf(original, e.start);
  if (lc.line !== e.line || lc.column !== e.column) out.push(`line:column ${e.line}:${e.column}, expected ${lc.line}:${lc.column}`);
  if (plain && !(isGraphemeBoundary(original, e.start) && isGraphemeBoundary(original, e.end))) out.push(`evidence ${e.start}..${e.end} cuts a grapheme cluster`);
  return out;
}

/**
 * Extract one input and check every fact's evidence. `html`: the input is
 * read as an HTML page (its evidence is HTML source).
 */
export function checkArticle(input: string | Uint8Array, rules: RuleSet, path: string): Checked {
  const { article, tree } = runArticle(input, rules, { path });
  const { original, text } = tree.data;
  const html = tree.data.page !== undefined;
  const problems: string[] = [];
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) problems.push(`article does not validate: ${parsed.error.message.slice(0, 300)}`);
  // An extractor that threw is reported as a fatal message: a bug, whatever the input.
  for (const m of article.messages) if (m.fatal) problems.push(`fatal message: ${m.reason}`);
  const listed: [string, { evidence: Evidence }][] = [];
  for (const key of FACT_KEYS) for (const f of factsOf(article, key) as { evidence: Evidence }[]) listed.push([key, f]);
  for (const [key, f] of listed) for (const p of evidenceProblems(f.evidence, original, !html)) problems.push(`${key}: ${p}`);
  let facts = 0;
  let mismatched = 0;
  let unwitnessed = 0;
  for (const key of FACT_KEYS) {
    for (const found of tree.data.found[key as FactKey] ?? []) {
      facts++;
      const e = evidenceOf(tree, found);
      const matched = text.slice(found.span.start, found.span.end);
      const decoded = decodeEvidence(e.text, html);
      const where = `${key} ${JSON.stringify(found.fact).slice(0, 80)} [${found.rule}]`;
      if (squash(decoded) !== squash(matched)) {
        problems.push(`${where}: evidence ${JSON.stringify(e.text)} reads ${JSON.stringify(decoded)}, the rule matched ${JSON.stringify(matched)}`);
        mismatched++;
        continue;
      }
      const w = witnessProblem(key, found.fact as Record<string, unknown>, decoded);
      if (w) {
        problems.push(`${where}: ${w} (${JSON.stringify(decoded)})`);
        unwitnessed++;
      }
    }
  }
  return { article, original, text, problems, facts, mismatched, unwitnessed };
}
