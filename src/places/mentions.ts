/**
 * Where a text names a province: runs of capitalised words (`Kiên Giang`,
 * `TP.HCM`, `BÌNH ĐỊNH`), each read from its first word for the longest
 * spelling the province map knows (`Places.lookup`, compared loosely). A
 * name counts when it opens its run, or follows a unit word inside it
 * (`Tỉnh Kiên Giang`, `ĐẢNG BỘ TỈNH BÌNH ĐỊNH`), or any word of a run that
 * opens a sentence and not with a family name (`Tại Hà Nội`, not `Nguyễn Hà
 * Nam`, nor the club `Núi Ngự Huế` mid-sentence).
 * A name after a lower unit (`huyện Quảng Ninh`, in Quảng Bình) is not the
 * province; a name after `tỉnh`/`thành phố`/`TP` is strong evidence.
 */
import type { Places, Province } from './places.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import { oncePer } from '../util/once-per.js';
import { foldName } from '../util/fold-name.js';

export interface PlaceMention {
  start: number;
  end: number;
  province: Province;
  /** Written after `tỉnh`, `thành phố` or `TP` (or a spelling that holds it, `TP.HCM`). */
  unit: boolean;
}

/** A run of capitalised words joined by spaces or hyphens, optionally after `TP.`. */
export const CAPITALISED_RUN = /(?:T[Pp]\.[ ]*)?\p{Lu}[\p{L}\p{M}]*(?:(?:[ ]+|[ ]*-[ ]*)\p{Lu}[\p{L}\p{M}]*)*/gu;
/** The words of a run: letters, and `TP` before its dot. */
export const RUN_WORD = /[\p{L}\p{M}]+/gu;

interface UnitWords {
  /** A unit word of a province right before a name: `tỉnh`, `thành phố`, `TP`. */
  provinceUnit: RegExp;
  /** A lower unit right before a name: `huyện`, `xã`, `phường`, … */
  lowerUnit: RegExp;
  /** Folded unit words a spelling may open with (`TP.HCM`). */
  foldedUnits: string[];
  familyName: Set<string>;
  /** Folded names that open with a province's name and are something else (`Thái Bình Dương`). */
  notAProvince: Set<string>;
  /** The most words of those names. */
  notAProvinceWords: number;
}

/** How far before a name its unit word is looked for. */
const UNIT_REACH = 14;

const unitWordsOf = oncePer((v: Vocabulary): UnitWords => {
  const province = [...v.wordsOf('body_level', 'province'), ...v.wordsOf('body_level', 'city')];
  const lower = [...v.wordsOf('body_level', 'district'), ...v.wordsOf('body_level', 'commune'), ...v.wordsOf('body_level', 'ward')];
  return {
    // @bounded run only on the 14 characters before a name
    // @rule-pattern: escaped words of table body_level (classes province, city), at the end.
    provinceUnit: new RegExp(`(?:^|[^\\p{L}\\p{M}])${alternation(province)}[ .]*$`, 'iu'),
    // @bounded run only on the 14 characters before a name
    // @rule-pattern: escaped words of table body_level (classes district, commune, ward), at the end.
    lowerUnit: new RegExp(`(?:^|[^\\p{L}\\p{M}])${alternation(lower)}[ ]*$`, 'iu'),
    foldedUnits: province.map(foldName),
    familyName: new Set(v.wordsOf('family_name').map((w) => w.toLowerCase())),
    notAProvince: new Set(v.wordsOf('not_a_province').map(foldName)),
    notAProvinceWords: Math.max(0, ...v.wordsOf('not_a_province').map((w) => w.split(/[\s-]+/).length)),
  };
});

interface Word {
  start: number;
  end: number;
}

/** Every province the text names, in order. */
export function placeMentions(text: string, places: Places, vocabulary: Vocabulary): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (places.empty) return out;
  const units = unitWordsOf(vocabulary);
  CAPITALISED_RUN.lastIndex = 0;
  for (let run = CAPITALISED_RUN.exec(text); run; run = CAPITALISED_RUN.exec(text)) {
    const words: Word[] = [];
    RUN_WORD.lastIndex = 0;
    for (let w = RUN_WORD.exec(run[0]); w; w = RUN_WORD.exec(run[0])) words.push({ start: run.index + w.index, end: run.index + w.index + w[0].length });
    // Further into a run, a name counts after a unit word (`TỈNH BÌNH ĐỊNH`), or when the run
    // opens a sentence and not with a family name (`Tại Hà Nội`, not `Nguyễn Hà Nam` nor a
    // club's `Núi Ngự Huế` mid-sentence).
    const inner = opensSentence(text, run.index) && !units.familyName.has(text.slice(words[0].start, words[0].end).toLowerCase());
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && !inner && !units.provinceUnit.test(text.slice(Math.max(0, words[i].start - UNIT_REACH), words[i].start))) continue;
      let hit = null;
      let last = i;
      for (let j = Math.min(words.length, i + places.maxWords) - 1; j >= i && !hit; j--) {
        const found = places.lookup(text.slice(words[i].start, words[j].end));
        if (found) {
          hit = found;
          last = j;
        }
      }
      if (!hit) continue;
      const start = words[i].start;
      if (namesSomethingElse(text, words, i, last, units)) {
        i = Math.min(words.length - 1, last + 1);
        continue;
      }
      const before = text.slice(Math.max(0, start - UNIT_REACH), start);
      const spelled = foldName(text.slice(start, words[last].end));
      const unit = units.provinceUnit.test(before) || units.foldedUnits.some((u) => spelled.startsWith(u) && spelled !== u);
      if (units.lowerUnit.test(before) && !unit) {
        i = last;
        continue;
      }
      if (hit.unitOnly && !unit) continue;
      out.push({ start, end: words[last].end, province: hit.province, unit });
      i = last;
    }
  }
  return out;
}

/** Whether the text at `at` opens a sentence, a line, a quote or a bracket (so a capital there says nothing). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  return i < 0 || '.!?…:;"“\'(\n-'.includes(text[i]);
}

/** Whether the words from `i`, running on past the name, spell one of the `not_a_province` names. */
function namesSomethingElse(text: string, words: readonly Word[], i: number, last: number, units: UnitWords): boolean {
  for (let j = last + 1; j < words.length && j < i + units.notAProvinceWords; j++) {
    if (units.notAProvince.has(foldName(text.slice(words[i].start, words[j].end)))) return true;
  }
  return false;
}

const cache = new WeakMap<object, PlaceMention[]>();

/** `placeMentions` of a document's text, found once per document. */
export function placeMentionsOf(doc: { text: string }, places: Places, vocabulary: Vocabulary): PlaceMention[] {
  let list = cache.get(doc);
  if (!list) cache.set(doc, (list = placeMentions(doc.text, places, vocabulary)));
  return list;
}
