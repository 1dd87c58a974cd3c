/**
 * Photo captions and credits a page leaves between the items of a list
 * (`Ảnh: Minh Anh`, `(Ảnh: TTXVN)`, `Quang cảnh Đại hội. Ảnh: Hải Nam`,
 * `Nguồn: …`). Extractors that read lists skip them: such a line neither ends
 * the list nor is an item.
 */
const LABEL_FIRST = /^\(?\s*(?:Ảnh|Nguồn|Video|Clip|Caption)(?:\s*:|\s*$)/u;
/** The label of a credit that ends the line, written before its colon. */
const CREDIT_LABEL = /(?:^|[\s.(])Ảnh(?: minh họa)?\s*$/iu;
const NOT_IN_CREDIT = /[.:;\n]/;
/** Longest credit after the colon (a name or an agency), without its closing parenthesis. */
const MAX_CREDIT = 60;

/**
 * `… Ảnh: Hải Nam`, `(Ảnh minh họa: TTXVN)`: the credit follows the line's
 * last colon (it holds no colon, stop or semicolon) and the label comes right
 * before it. Read piece by piece: one regex over the whole shape retried its
 * spaces from every position.
 */
function endsWithCredit(line: string): boolean {
  const colon = line.lastIndexOf(':');
  if (colon < 0) return false;
  const rest = line.slice(colon + 1);
  if (NOT_IN_CREDIT.test(rest)) return false;
  let credit = rest.trim();
  if (credit.endsWith(')')) credit = credit.slice(0, -1);
  return credit.length <= MAX_CREDIT && CREDIT_LABEL.test(line.slice(0, colon));
}

export function isPhotoCaption(line: string): boolean {
  return line.length <= 200 && (LABEL_FIRST.test(line) || endsWithCredit(line));
}
