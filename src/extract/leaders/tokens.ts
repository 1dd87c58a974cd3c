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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (c: string): boolean => c.length > 0 && LETTER_OR_DIGIT.test(c);
const isUpper = (c: string): boolean => c !== c.toLowerCase();
const isLower = (c: string): boolean => c !== c.toUpperCase();
/** Characters that join two parts of one word: K'Mák, T.Ư, TP.HCM. */
const JOINERS = new Set(["'", '’', '.']);

/**
 * The words and punctuation of `text`; offsets count from `base`. A word
 * holds letters and digits, with an apostrophe or a dot between two of them;
 * a capital right after two lower-case letters starts a new word (a space
 * lost by a scraper: `chíDương`).
 */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c.trim() === '') {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      out.push(make(text, i, i + 1, base, false));
      i++;
      continue;
    }
    let j = i + 1;
    let lowerRun = isLower(c) ? 1 : 0;
    while (j < n) {
      const d = text[j];
      if (isWordChar(d)) {
        if (isUpper(d) && lowerRun >= 2) break;
        lowerRun = isLower(d) ? lowerRun + 1 : 0;
        j++;
      } else if (JOINERS.has(d) && j + 1 < n && isWordChar(text[j + 1])) {
        lowerRun = 0;
        j++;
      } else break;
    }
    out.push(make(text, i, j, base, true));
    i = j;
  }
  return out;
}

function make(text: string, start: number, end: number, base: number, word: boolean): Token {
  const t = text.slice(start, end);
  const letters = t.replace(/[^\p{L}]/gu, '');
  return {
    text: t,
    key: t.toLowerCase(),
    start: base + start,
    end: base + end,
    word,
    cap: word && isUpper(t[0]),
    acronym: word && letters.length >= 2 && letters === letters.toUpperCase(),
  };
}

interface Node {
  next: Map<string, Node>;
  /** The class of the phrase that ends here. */
  cls?: string;
}

/**
 * Phrases (a word table's words, each split as a sentence is) looked up at a
 * token: the longest that starts there, in any case.
 */
export class PhraseTable {
  private readonly root: Node = { next: new Map() };
  /** The first word of every phrase, for a one-lookup test. */
  readonly firstWords = new Set<string>();

  constructor(byClass: Record<string, readonly string[]>) {
    for (const [cls, phrases] of Object.entries(byClass)) {
      for (const phrase of phrases) {
        const keys = tokenize(phrase).map((t) => t.key);
        if (keys.length === 0) continue;
        this.firstWords.add(keys[0]);
        let node = this.root;
        for (const k of keys) {
          let child = node.next.get(k);
          if (!child) node.next.set(k, (child = { next: new Map() }));
          node = child;
        }
        node.cls = cls;
      }
    }
  }

  /** The longest phrase starting at `tokens[at]`: the index after its last token and its class, or null. */
  match(tokens: readonly Token[], at: number): { end: number; cls: string } | null {
    let node: Node | undefined = this.root;
    let best: { end: number; cls: string } | null = null;
    for (let i = at; i < tokens.length && node; i++) {
      node = node.next.get(tokens[i].key);
      if (node?.cls !== undefined) best = { end: i + 1, cls: node.cls };
    }
    return best;
  }

  has(tokens: readonly Token[], at: number): boolean {
    return at < tokens.length && this.firstWords.has(tokens[at].key) && this.match(tokens, at) !== null;
  }
}
