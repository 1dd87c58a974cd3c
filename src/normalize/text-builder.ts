/**
 * Text built piece by piece that knows its length and its last character
 * without being joined: asking a growing string for its end (`endsWith`, a
 * regex) flattens it each time, which makes a page of many small pieces cost
 * the square of its length.
 */
export class TextBuilder {
  private readonly pieces: string[] = [];
  length = 0;
  /** The last character, '' while empty. */
  last = '';

  add(piece: string): void {
    if (piece === '') return;
    this.pieces.push(piece);
    this.length += piece.length;
    this.last = piece[piece.length - 1];
  }

  toString(): string {
    return this.pieces.join('');
  }
}
