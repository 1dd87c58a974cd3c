/**
 * The leaders' cells of `--csv articles`: the Bí thư and the Phó Bí thư of
 * the article's own congress body. A title's body belongs to the congress's
 * body when it names the same place (the capitalised words of the congress
 * body: `tỉnh Bắc Giang` → `Tỉnh ủy Bắc Giang`), or, when either names no
 * place, the same level (its first syllable: `tỉnh` → `Tỉnh ủy`, `huyện` →
 * `Huyện ủy`). People reported elected come first.
 */
import type { FactOf } from '../../schema.js';
import { withoutMarks } from '../../util/fold-name.js';

type Leader = FactOf<'leaders'>;
type Pos = Leader['positions'][number];

const fold = withoutMarks;
const words = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The body of the article's own congress: the first that is not the national one. */
function congressBody(article: Readonly<Record<string, unknown>>): string | null {
  const list = article.congresses;
  if (!Array.isArray(list)) return null;
  const own = list.find((c) => c && typeof c === 'object' && (c as { body?: unknown }).body !== 'toàn quốc') as { body?: unknown } | undefined;
  return typeof own?.body === 'string' ? own.body : null;
}

/** Whether a title's body is the congress's body (see the module comment). Unknown either way: yes. */
export function sameBody(body: string | null, congress: string | null): boolean {
  if (body === null || congress === null) return true;
  const place = words(congress).filter((w) => w[0] !== w[0].toLowerCase()).map(fold);
  const mine = words(body);
  const minePlace = mine.slice(1).filter((w) => w[0] !== w[0].toLowerCase()).map(fold);
  if (place.length > 0 && minePlace.length > 0) {
    const have = new Set(mine.map(fold));
    return place.every((w) => have.has(w));
  }
  return fold(words(congress)[0] ?? '') === fold(mine[0] ?? '');
}

function holders(ls: readonly Leader[], article: Readonly<Record<string, unknown>>, titles: readonly string[]): Leader[] {
  const congress = congressBody(article);
  const holds = (l: Leader) => l.positions.some((p: Pos) => titles.includes(p.title) && !p.former && sameBody(p.body, congress));
  const found = ls.filter(holds);
  const elected = found.filter((l) => l.elected);
  return elected.length ? elected : found;
}

/** The name of the Bí thư of the article's own body, or null. */
export function secretaryOf(ls: readonly Leader[], article: Readonly<Record<string, unknown>>): string | null {
  return holders(ls, article, ['secretary'])[0]?.name ?? null;
}

/** The names of the Phó Bí thư of the article's own body (not the Bí thư). */
export function deputySecretariesOf(ls: readonly Leader[], article: Readonly<Record<string, unknown>>): string[] {
  const secretary = secretaryOf(ls, article);
  return holders(ls, article, ['deputy-secretary', 'standing-deputy-secretary'])
    .map((l) => l.name)
    .filter((n) => n !== secretary);
}
