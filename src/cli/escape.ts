/**
 * Text from outside (file names, user rule names) inside our diagnostics,
 * made unable to forge one. Diagnostics are lines of `path:line:col: level
 * reason [rule]` that editors and CI parse, and go to a terminal:
 *   - control characters (C0, DEL, C1), line and paragraph separators and
 *     bidirectional controls never reach the output: they are written as
 *     C-style escapes, `\n`, `\r`, `\t`, `\x1b`, `\u202e`;
 *   - a path is printed as it is unless it could be misread: when it holds
 *     such a character, a `:` (the field separator: `a:12:5: error x`), a
 *     `"`, or starts or ends with a space, it is printed in double quotes,
 *     with `\` and `"` escaped as well (`"a:12:5: error fake.txt"`).
 */

// C0, DEL, C1; U+061C, U+200E/F, U+2028/9, U+202A–E, U+2066–9 (bidi and line separators).
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NEEDS_QUOTES = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069":]|^ | $|^$/;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** Free text (a reason, a rule id) with its control characters escaped. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** A path as diagnostics print it: as it is, or quoted when it could be misread. */
export function displayPath(path: string): string {
  if (!NEEDS_QUOTES.test(path)) return path;
  return `"${path.replace(/[\\"]/g, '\\$&').replace(UNSAFE, escapeChar)}"`;
}
