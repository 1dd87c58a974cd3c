/**
 * The normaliser: decoded text in, matching text out, with a map back to the
 * input. Order matters: NFC first (it may change lengths), then the
 * one-for-one folds, then tone marks (which expect composed letters), then
 * boilerplate (which compares folded lines).
 */
import { blankBoilerplate } from './boilerplate.js';
import { readScraperHeader } from './scraper-header.js';
import { joinBrokenLines } from './line-joins.js';
import { characterKinds, FOLDABLE, LENGTH_CHANGING, OLD_TONE_PLACE } from './char-kinds.js';
import { composeNfc, foldCharacters, type Composed } from './characters.js';
import { OffsetMap } from './offset-map.js';
import { modernToneMarks } from './tone-marks.js';

export { decode, type Decoded } from './decode.js';

export interface Normalized {
  /** The text rules match against. */
  text: string;
  /** Offsets in `text` back to the decoded input. */
  map: OffsetMap;
  /** What was changed, for the file's messages. */
  notes: string[];
  /** What a scraper's header lines say of the source (`# url = …`, `# doc_id = …`), null where they say nothing. */
  header: { url: string | null; id: string | null };
}

/** What composeNfc returns for a text it has nothing to do in. */
function unchanged(text: string): Composed {
  return { text, map: new OffsetMap(text), composed: 0, dropped: 0, removed: 0, entities: 0 };
}

export function normalize(original: string): Normalized {
  const notes: string[] = [];
  // One survey of the characters tells which steps have work (most texts need none of the first three).
  let kinds = characterKinds(original);
  const nfc = kinds & LENGTH_CHANGING ? composeNfc(original) : unchanged(original);
  if (nfc.composed) notes.push(`composed ${nfc.composed} decomposed (NFD) letter(s) to NFC`);
  if (nfc.entities) notes.push(`decoded ${nfc.entities} HTML entit${nfc.entities === 1 ? 'y' : 'ies'} left in the text (&nbsp; …)`);
  if (nfc.dropped) notes.push(`dropped ${nfc.dropped} combining mark(s) that compose with no letter`);
  if (nfc.removed) notes.push(`removed ${nfc.removed} invisible character(s) (zero-width space, soft hyphen, BOM)`);
  // Composed letters and decoded entities may be quotes, dashes, toned vowels: survey again.
  if (nfc.text !== original) kinds = characterKinds(nfc.text);
  // (Folding replaces non-letters by non-letters: it never makes or hides an old tone place.)
  const folded = kinds & FOLDABLE ? foldCharacters(nfc.text) : nfc.text;
  const toned = kinds & OLD_TONE_PLACE ? modernToneMarks(folded) : folded;
  // The scraper's header items are metadata, not text: read, then blanked (one for one).
  const header = readScraperHeader(toned);
  notes.push(...header.notes);
  const bp = blankBoilerplate(header.text);
  const dropped = bp.widgets + bp.images + bp.repeats;
  if (dropped) notes.push(`ignored ${dropped} boilerplate line(s): ${bp.widgets} widget, ${bp.images} image name, ${bp.repeats} repeated caption`);
  if (bp.comments) notes.push('ignored the reader-comment section at the end');
  const lines = joinBrokenLines(bp.text);
  if (lines.joined) notes.push(`joined ${lines.joined} line(s) broken in the middle of a sentence`);
  return { text: lines.text, map: nfc.map, notes, header: { url: header.url, id: header.id } };
}


