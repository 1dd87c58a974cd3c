/**
 * A page's text assembled from its text nodes, with the map from each of its
 * characters back to the HTML source. A node whose value is its source slice
 * (most of them) is appended as one run; one holding entities, CRLF, NUL or
 * ignored markup is aligned with its source character by character
 * (html-align.ts) and mapped piece by piece, so evidence found in the text
 * points at the words in the HTML.
 */
import { alignText } from './html-align.js';
import { OffsetMap } from './offset-map.js';

const BREAKS = /[\r\n\t]+/g;
const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x09;

export class PageText {
  text = '';
  /** The last character of the text ('' at the start): asking the growing string itself would flatten it each time. */
  last = '';
  readonly map: OffsetMap;

  constructor(private readonly html: string) {
    this.map = new OffsetMap(html);
  }

  get atLineStart(): boolean {
    return this.last === '' || this.last === '\n';
  }

  /** A line break or space between nodes: it stands for the markup between them. */
  separate(c: '\n' | ' '): void {
    this.text += c;
    this.last = c;
  }

  /**
   * A text node's value: a run of line breaks and tabs as one space, spaces
   * at the start of a line dropped. `from`/`to`: the node's source range.
   */
  append(value: string, from: number | undefined, to: number | undefined): void {
    const { html, map } = this;
    if (from === undefined || to === undefined) {
      const piece = value.replace(BREAKS, ' ');
      this.add(this.atLineStart ? piece.replace(/^ +/, '') : piece);
      return;
    }
    // Runs of breaks as one space; the same length means each run was one character.
    let piece = value.replace(BREAKS, ' ');
    if (piece.length === value.length && to - from === value.length && html.startsWith(value, from)) {
      // The value is its source: one run.
      let lead = 0;
      if (this.atLineStart) {
        while (lead < piece.length && piece.charCodeAt(lead) === 0x20) lead++;
        piece = piece.slice(lead);
      }
      map.mark(this.text.length, from + lead);
      this.add(piece);
      map.mark(this.text.length, to);
      return;
    }
    this.appendAligned(value, from, to);
  }

  /** A node whose value differs from its source: each piece (a run read as written, a reference, a run of breaks) mapped to its source. */
  private appendAligned(value: string, from: number, to: number): void {
    const { map } = this;
    const { start, end } = alignText(value, this.html, from, to);
    const pieces: string[] = [];
    let t = this.text.length;
    let expected = -1;
    let j = 0;
    if (this.atLineStart) while (j < value.length && (value.charCodeAt(j) === 0x20 || isBreak(value.charCodeAt(j)))) j++;
    while (j < value.length) {
      let k = j + 1;
      let piece: string;
      if (isBreak(value.charCodeAt(j))) {
        while (k < value.length && isBreak(value.charCodeAt(k))) k++;
        piece = ' ';
      } else if (end[j] - start[j] === 1) {
        // Characters read one for one, each right after the other: one piece.
        while (k < value.length && start[k] === end[k - 1] && end[k] - start[k] === 1 && !isBreak(value.charCodeAt(k))) k++;
        piece = value.slice(j, k);
      } else {
        // The units one reference decoded to.
        while (k < value.length && start[k] === start[j]) k++;
        piece = value.slice(j, k);
      }
      const s = start[j];
      const e = end[k - 1];
      if (s !== expected) {
        // Source the value does not hold (NUL, ignored markup) lies between: evidence starts after it, ends before it.
        if (expected >= 0) map.mark(t, expected);
        map.mark(t, s);
      }
      if (e - s !== piece.length) {
        map.mark(t, s);
        map.mark(t + piece.length, e);
      }
      pieces.push(piece);
      t += piece.length;
      expected = e;
      j = k;
    }
    if (expected >= 0) map.mark(t, expected);
    this.add(pieces.join(''));
  }

  private add(piece: string): void {
    if (piece === '') return;
    this.text += piece;
    this.last = piece[piece.length - 1];
  }
}
