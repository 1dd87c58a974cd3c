/**
 * Photo captions and credits a page leaves between the items of a list
 * (`Ảnh: Minh Anh`, `(Ảnh: TTXVN)`, `Quang cảnh Đại hội. Ảnh: Hải Nam`,
 * `Nguồn: …`). Extractors that read lists skip them: such a line neither ends
 * the list nor is an item.
 */
const LABEL_FIRST = /^\(?\s*(?:Ảnh|Nguồn|Video|Clip|Caption)(?:\s*:|\s*$)/u;
const CREDIT_LAST = /(?:^|[\s.(])Ảnh(?: minh họa)?\s*:\s*[^.:;\n]{0,60}\)?\s*$/iu;

export function isPhotoCaption(line: string): boolean {
  return line.length <= 200 && (LABEL_FIRST.test(line) || CREDIT_LAST.test(line));
}
