/**
 * The normaliser: decoded text in, matching text out, with a map back to the
 * input. Order matters: NFC first (it may change lengths), then the
 * one-for-one folds, then tone marks (which expect composed letters), then
 * boilerplate (which compares folded lines).
 */
import { blankBoilerplate } from './boilerplate.js';
import { composeNfc, foldCharacters } from './characters.js';
import { OffsetMap } from './offset-map.js';
import { modernToneMarks } from './tone-marks.js';

export { decode, type Decoded } from './decode.js';
export { OffsetMap } from './offset-map.js';

export interface Normalized {
  /** The text rules match against. */
  text: string;
  /** Offsets in `text` back to the decoded input. */
  map: OffsetMap;
  /** What was changed, for the file's messages. */
  notes: string[];
}

export function normalize(original: string): Normalized {
  const notes: string[] = [];
  const nfc = composeNfc(original);
  if (nfc.composed) notes.push(`composed ${nfc.composed} decomposed (NFD) letter(s) to NFC`);
  if (nfc.entities) notes.push(`decoded ${nfc.entities} HTML entit${nfc.entities === 1 ? 'y' : 'ies'} left in the text (&nbsp; …)`);
  if (nfc.removed) notes.push(`removed ${nfc.removed} invisible character(s) (zero-width space, soft hyphen, BOM)`);
  const folded = modernToneMarks(foldCharacters(nfc.text));
  const bp = blankBoilerplate(folded);
  const dropped = bp.widgets + bp.images + bp.repeats;
  if (dropped) notes.push(`ignored ${dropped} boilerplate line(s): ${bp.widgets} widget, ${bp.images} image name, ${bp.repeats} repeated caption`);
  if (bp.comments) notes.push('ignored the reader-comment section at the end');
  return { text: bp.text, map: nfc.map, notes };
}


