/**
 * Words of a sentence with their offsets, and phrase tables matched on them.
 * The leaders extractor reads titles, bodies and names word by word (a
 * capitalised syllable, an acronym, a word of a table), so a sentence is
 * split once and every test after that is a lookup, not a pattern run over
 * the text again.
 */

export interface Token {
  text: string;
  /** Lower case, for table lookups. */
  key: string;
  start: number;
  end: number;
  /** A word (letters or digits), else one punctuation character. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals (an acronym: UBND, HĐND, TP.HCM; a Roman numeral). */
  acronym: boolean;
}

/** What a character is to the tokenizer, by code (codes from 0x3000 up are word characters, but for U+FEFF). */
const WORD = 0;
const SPACE = 1;
const PUNCT = 2;
/** Punctuation that joins two parts of one word: K'Mák, T.Ư, TP.HCM, GD&ĐT. */
const JOINER = 3;
const KIND = new Uint8Array(0x3001);
for (let c = 0; c <= 0x20; c++) KIND[c] = SPACE;
for (const c of [0xa0, 0x202f, 0x3000]) KIND[c] = SPACE;
for (let c = 0x2000; c <= 0x200b; c++) KIND[c] = SPACE;
for (const ch of ',;:()[]{}"“”‘!?…/\\|<>*+=#%@~`^-–—·•') KIND[ch.charCodeAt(0)] = PUNCT;
for (const ch of "'’.&") KIND[ch.charCodeAt(0)] = JOINER;
const kindOf = (c: number): number => (c < 0x3001 ? KIND[c] : c === 0xfeff ? SPACE : WORD);

/** Two lower-case letters then a capital: a space lost by a scraper (`chíDương`). */
const GLUED = /\p{Ll}{2}(?=\p{Lu})/u;

/**
 * The words and punctuation of `text`; offsets count from `base`. A word
 * runs to a space or a punctuation mark, except a joiner between two word
 * characters. One pass over the character codes: sentences are read by
 * the thousand, and a pattern per character costs ten times more.
 */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // Lower case once for the whole text (a call per word costs more); word by word where it changes a length.
  const whole = text.toLowerCase();
  const lower = whole.length === n ? whole : null;
  let i = 0;
  while (i < n) {
    const k = kindOf(text.charCodeAt(i));
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k !== WORD) {
      const t = text[i];
      out.push({ text: t, key: t, start: base + i, end: base + i + 1, word: false, cap: false, acronym: false });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = kindOf(text.charCodeAt(j));
      if (d === WORD || (d === JOINER && j + 1 < n && kindOf(text.charCodeAt(j + 1)) === WORD)) j++;
      else break;
    }
    if (lower) {
      const key = lower.slice(i, j);
      // Most words are in lower case: then the word is its key, one string instead of two.
      push(out, isLower(text, lower, i, j) ? key : text.slice(i, j), key, base + i);
    } else push(out, text.slice(i, j), text.slice(i, j).toLowerCase(), base + i);
    i = j;
  }
  return out;
}

/** Whether `text` and its lower case agree on [i, j). */
function isLower(text: string, lower: string, i: number, j: number): boolean {
  for (let c = i; c < j; c++) if (text.charCodeAt(c) !== lower.charCodeAt(c)) return false;
  return true;
}

function push(out: Token[], t: string, key: string, start: number): void {
  // A word that starts in lower case and holds a capital may be two words glued together.
  // (Character codes, not t[0]: a one-character string outside Latin-1 is a new string each time.)
  const glued = key !== t && key.charCodeAt(0) === t.charCodeAt(0) ? GLUED.exec(t) : null;
  if (glued) {
    const cut = glued.index + 2;
    out.push(make(t.slice(0, cut), key.slice(0, cut), start));
    out.push(make(t.slice(cut), key.slice(cut), start + cut));
  } else out.push(make(t, key, start));
}

function make(t: string, key: string, start: number): Token {
  const cap = t.charCodeAt(0) !== key.charCodeAt(0);
  return {
    text: t,
    key,
    start,
    end: start + t.length,
    word: true,
    cap,
    // Two or more characters, all capitals, at least one of them a letter.
    acronym: cap && t.length >= 2 && isUpper(t),
  };
}

/** Per character code below 0x3001: 0 not yet known, 1 its upper case is itself, 2 it is not (a lower-case letter). */
const UPPER = new Uint8Array(0x3001);

/** `t === t.toUpperCase()`, without making the upper-case copy (capitalised words are many; acronyms few). */
function isUpper(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // Outside the table (a surrogate pair, say), the whole word decides.
    if (c >= 0x3001) return t === t.toUpperCase();
    let u = UPPER[c];
    if (u === 0) u = UPPER[c] = String.fromCharCode(c).toUpperCase() === String.fromCharCode(c) ? 1 : 2;
    if (u === 2) return false;
  }
  return true;
}

interface Node {
  /** The words that go on from here, or null at the end of every phrase through here. */
  next: WordTable<Node> | null;
  /** The class of the phrase that ends here. */
  cls: string | undefined;
}

/** A node as the phrases are added; made a `Node` when all are in. */
interface Draft {
  next: Map<string, Draft>;
  cls: string | undefined;
}

const freeze = (d: Draft): Node => ({
  next: d.next.size === 0 ? null : new WordTable(new Map([...d.next].map(([k, c]) => [k, freeze(c)]))),
  cls: d.cls,
});

/**
 * Phrases (a word table's words, each split as a sentence is) looked up at a
 * token: the longest that starts there, in any case.
 */
export class PhraseTable {
  private readonly root: Node;
  /** The first word of every phrase. */
  readonly firstWords = new Set<string>();

  /** `bit`: this table's bit in a mask of the tables whose phrases start with a word (see `startMasks`). */
  constructor(
    byClass: Record<string, readonly string[]>,
    readonly bit = 0,
  ) {
    const root: Draft = { next: new Map(), cls: undefined };
    for (const [cls, phrases] of Object.entries(byClass)) {
      for (const phrase of phrases) {
        const keys = tokenize(phrase).map((t) => t.key);
        if (keys.length === 0) continue;
        this.firstWords.add(keys[0]);
        let node = root;
        for (const k of keys) {
          let child = node.next.get(k);
          if (!child) node.next.set(k, (child = { next: new Map(), cls: undefined }));
          node = child;
        }
        node.cls = cls;
      }
    }
    this.root = freeze(root);
  }

  /** The longest phrase starting at `tokens[at]`: the index after its last token and its class, or null. */
  match(tokens: readonly Token[], at: number): { end: number; cls: string } | null {
    let node: Node | undefined = this.root;
    // One answer object, made at the end: most lookups end on the first word.
    let end = -1;
    let cls = '';
    for (let i = at; i < tokens.length && node?.next; i++) {
      node = node.next.get(tokens[i].key);
      if (node?.cls !== undefined) {
        end = i + 1;
        cls = node.cls;
      }
    }
    return end < 0 ? null : { end, cls };
  }

  has(tokens: readonly Token[], at: number): boolean {
    return this.match(tokens, at) !== null;
  }
}

/**
 * For each word that starts a phrase of any of `tables`, the bits of those
 * tables: one lookup per token tells which tables may match there.
 */
export function startMasks(tables: readonly PhraseTable[]): WordTable<number> {
  const out = new Map<string, number>();
  for (const table of tables) for (const w of table.firstWords) out.set(w, (out.get(w) ?? 0) | table.bit);
  return new WordTable(out);
}

/**
 * Words and what each stands for (a node of a phrase table, the bits of
 * the tables a word starts), asked about for every word of every sentence
 * read, nearly always for a word that is not there. A `Map` lookup costs
 * several times more than hashing the few characters of a word here and
 * finding its slot empty (an open-addressed table, at most an eighth
 * full); the word itself is compared only when the hashes agree.
 */
export class WordTable<T> {
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: T[] = [];

  constructor(byWord: ReadonlyMap<string, T>) {
    let size = 16;
    while (size < byWord.size * 8) size *= 2;
    this.slots = new Int32Array(size);
    for (const [word, value] of byWord) {
      const h = hashOf(word);
      let at = h & (size - 1);
      while (this.slots[at] !== 0) at = (at + 1) & (size - 1);
      this.words.push(word);
      this.hashes.push(h);
      this.values.push(value);
      this.slots[at] = this.words.length;
    }
  }

  get(word: string): T | undefined {
    const h = hashOf(word);
    const last = this.slots.length - 1;
    for (let at = h & last; this.slots[at] !== 0; at = (at + 1) & last) {
      const e = this.slots[at] - 1;
      if (this.hashes[e] === h && this.words[e] === word) return this.values[e];
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }
}

/** A 32-bit FNV-1a hash of the character codes. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
