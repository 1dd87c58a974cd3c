/**
 * The file extensions a folder walk or a glob reads (`--ext`), with no
 * dependency: the option parser reads them before any input is touched.
 */

/** What a folder walk or a glob reads by default; `.md` only when asked (`--ext txt,html,htm,md`): a corpus's README or notes are no articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'];

/** `--ext txt,html,md` as extensions (`.txt`, …), lower case; null when the list names none. */
export function parseExtensions(list: string): string[] | null {
  const exts = list
    .split(',')
    .map((x) => x.trim().toLowerCase().replace(/^\.+/, ''))
    .filter(Boolean);
  return exts.length && exts.every((x) => /^[a-z0-9][a-z0-9._-]{0,15}$/.test(x)) ? exts.map((x) => `.${x}`) : null;
}
