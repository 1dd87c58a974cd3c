/**
 * A word that another one follows closely in the same sentence: what a
 * pattern `(?:HEAD)[^.\n]{0,N}(?:TAIL)` asks (`Đại hội … xác định`), found in
 * linear time. As one regular expression, every head starts a scan of up to
 * N characters, and a text dense with heads (`ủy ủy ủy …`) costs N times its
 * length or more; here each tail looks back once over at most N characters
 * plus a head.
 */

export interface Near {
  /** The words that open the phrase; global flag. */
  heads: RegExp;
  /** The words that close it; global flag. */
  tails: RegExp;
  /** Most characters between the end of a head and the start of a tail. */
  reach: number;
  /** Length of the longest head. */
  longestHead: number;
}

/** Start of the text after the last full stop or line break of `text[from, to)`. */
function afterLastStop(text: string, from: number, to: number): number {
  const piece = text.slice(from, to);
  return from + Math.max(piece.lastIndexOf('.'), piece.lastIndexOf('\n')) + 1;
}

/** Whether `text` holds a head, then within `reach` characters without `.` or a line break, a tail. */
export function headBeforeTail(text: string, near: Near): boolean {
  const { heads, tails, reach, longestHead } = near;
  tails.lastIndex = 0;
  for (let m = tails.exec(text); m; m = tails.exec(text)) {
    const tail = m.index;
    tails.lastIndex = tail + 1;
    // A head lies wholly after the last stop before the tail, and ends at most `reach` before it.
    const from = afterLastStop(text, Math.max(0, tail - reach - longestHead), tail);
    const piece = text.slice(from, tail);
    heads.lastIndex = 0;
    for (let h = heads.exec(piece); h; h = heads.exec(piece)) {
      if (h[0] !== '' && from + h.index + h[0].length >= tail - reach) return true;
      // Heads may overlap (`Đảng ủy` and `ủy`): the next try starts one character on.
      heads.lastIndex = h.index + 1;
    }
  }
  return false;
}
