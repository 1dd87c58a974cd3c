/** Small text helpers that read a string once, where a regex would retry positions. */

/** `text` without the characters at its end that `drop` tells (read from the end: a regex `[…]+$` tries every position). */
export function withoutEnd(text: string, drop: (c: number) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/** `text.split(separator)`, piece by piece: a caller that needs the first few pieces does not split the rest. */
export function* splitOn(text: string, separator: string): Generator<string> {
  let from = 0;
  for (let i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, from)) {
    yield text.slice(from, i);
    from = i + separator.length;
  }
  yield text.slice(from);
}
