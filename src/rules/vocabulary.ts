/**
 * Word tables as the extractors read them (see `Tables` in `schema.ts`): the
 * class of a word a rule matched, e.g. the qualifier `hơn` → `more_than`.
 * The words come from the rule files, so a `--rules` folder that adds a
 * word to a class changes both what the patterns match and how it is read.
 */

/** A table as stored in the bundle: class → words. */
export type TableRecord = Record<string, string[]>;

/** Words compare in lower case with runs of spaces as one. */
const key = (words: string): string => words.toLowerCase().replace(/\s+/g, ' ').trim();

export class Vocabulary {
  private readonly classes = new Map<string, Map<string, string>>();

  constructor(readonly tables: Record<string, TableRecord>) {
    for (const [table, byClass] of Object.entries(tables)) {
      const words = new Map<string, string>();
      for (const [cls, list] of Object.entries(byClass)) for (const w of list) words.set(key(w), cls);
      this.classes.set(table, words);
    }
  }

  /** The class of `words` in `table`, or undefined when the table does not list them. */
  classOf(table: string, words: string | undefined): string | undefined {
    if (words === undefined) return undefined;
    return this.classes.get(table)?.get(key(words));
  }

  /** The words of one class, or of every class when `cls` is omitted (empty when unknown). */
  wordsOf(table: string, cls?: string): string[] {
    const t = this.tables[table];
    if (!t) return [];
    return cls === undefined ? Object.values(t).flat() : (t[cls] ?? []);
  }
}

/**
 * Merge tables in file order: a later file adds words to a class; a word
 * listed again under another class moves to it (the later file wins).
 */
export function mergeTables(list: Record<string, TableRecord>[]): Record<string, TableRecord> {
  const out: Record<string, TableRecord> = {};
  for (const tables of list) {
    for (const [table, byClass] of Object.entries(tables)) {
      const merged = (out[table] ??= {});
      for (const [cls, words] of Object.entries(byClass)) {
        const moved = new Set(words.map(key));
        for (const other of Object.keys(merged)) merged[other] = merged[other].filter((w) => !moved.has(key(w)));
        merged[cls] = [...(merged[cls] ?? []), ...words.filter((w) => !(merged[cls] ?? []).some((x) => key(x) === key(w)))];
      }
    }
  }
  return out;
}

const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The fragments a table defines: `{{table}}` for any of its words and
 * `{{table_class}}` for one class. Longest words first, so `khoảng chừng`
 * is read whole before `khoảng`. Spaces in a word stay literal spaces: the
 * rule compiler lets each match one or more.
 */
/**
 * A pattern source matching any of `words` as written (lower case, one space
 * between words): a non-capturing alternation of escaped literals, longest
 * first, which cannot backtrack super-linearly. Empty list: never matches.
 */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words.map((w) => key(w)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return sorted.length ? `(?:${sorted.map(escapeWord).join('|')})` : '(?!)';
}

export function tableFragments(name: string, table: TableRecord): Record<string, string> {
  const alt = alternation;
  const out: Record<string, string> = { [name]: alt(Object.values(table).flat()) };
  for (const [cls, words] of Object.entries(table)) out[`${name}_${cls}`] = alt(words);
  return out;
}
