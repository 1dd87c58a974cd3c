/**
 * A breakthrough is a task, and its item starts with a verb (`phát triển`,
 * `siết chặt`, table `breakthrough_item_verb`). Where a list's `;` do not
 * give the stated count, the verbs show the other item boundaries:
 * `A; B và siết chặt C` (3 items), `phát triển A, thúc đẩy B, chuyển đổi số
 * và hoàn thiện C` (3 items: `chuyển đổi số` is no item verb).
 */
import { splitOn } from '../../util/text.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `text` at `at` starts with one of `verbs` (lower case) as whole words, in any case. */
export function startsWithItemVerb(text: string, at: number, verbs: readonly string[]): boolean {
  const head = text.slice(at, at + 32).toLowerCase();
  return verbs.some((v) => head.startsWith(v) && !WORD_CHAR.test(head.charAt(v.length)));
}

/** `piece` cut before each `separator` that an item verb follows. */
function cutBeforeVerbs(piece: string, separator: string, verbs: readonly string[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = piece.indexOf(separator); i >= 0; i = piece.indexOf(separator, i + separator.length)) {
    const next = i + separator.length;
    if (!startsWithItemVerb(piece, next, verbs)) continue;
    out.push(piece.slice(from, i));
    from = next;
  }
  out.push(piece.slice(from));
  return out;
}

/**
 * The pieces of a list cut at `;`, then, while they are fewer than `count`,
 * before the verbs that follow a `và`, then a `,`: the cuts of the strongest
 * separator are all made before a weaker one is tried. Empty when no level
 * gives exactly `count` pieces.
 */
export function splitAtItemVerbs(text: string, count: number, verbs: readonly string[]): string[] {
  let pieces = [...splitOn(text, ';')];
  for (const separator of [' và ', ', ']) {
    if (pieces.length >= count) break;
    pieces = pieces.flatMap((p) => cutBeforeVerbs(p, separator, verbs));
  }
  return pieces.length === count ? pieces : [];
}
