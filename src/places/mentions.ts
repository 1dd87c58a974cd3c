/**
 * Where a text names a province. The scanner looks for the first words of
 * the provinces' spellings (table `province_first_word`, derived from
 * rules/provinces.yaml), capitalised as a name is (`Kiên`, `KIÊN`), and reads
 * from each the longest spelling the map knows (`Places.lookup`, compared
 * loosely: words folded once each and joined). A name counts when it opens
 * its run of capitalised words, or follows a unit word inside it (`Tỉnh Kiên
 * Giang`, `ĐẢNG BỘ TỈNH BÌNH ĐỊNH`), or the run opens a sentence and not with
 * a family name (`Tại Hà Nội`, not `Nguyễn Hà Nam`, nor the club `Núi Ngự
 * Huế` mid-sentence). A name after a lower unit (`huyện Quảng Ninh`, in
 * Quảng Bình) is not the province; a name after `tỉnh`/`thành phố`/`TP` is
 * strong evidence.
 */
import type { Places, Province } from './places.js';
import { alternation, type Vocabulary } from '../rules/vocabulary.js';
import { foldName } from '../util/fold-name.js';
import { remembered } from '../util/remembered.js';

export interface PlaceMention {
  start: number;
  end: number;
  province: Province;
  /** Written after `tỉnh`, `thành phố` or `TP` (or a spelling that holds it, `TP.HCM`). */
  unit: boolean;
}


interface Scanner {
  /** The first word of a spelling, as a name is written (`Kiên`, `KIÊN`). */
  first: RegExp;
  /** A unit word of a province right before a name: `tỉnh`, `thành phố`, `TP`. */
  provinceUnit: RegExp;
  /** A lower unit right before a name: `huyện`, `xã`, `phường`, … */
  lowerUnit: RegExp;
  /** Folded unit words a spelling may open with (`TP.HCM`). */
  foldedUnits: string[];
  familyName: Set<string>;
  /** Folded names that open with a province's name and are something else (`Thái Bình Dương`). */
  notAProvince: Set<string>;
  /** Every beginning of those folded names (a name whose words stop spelling one of them is none of them). */
  notAProvinceStarts: Set<string>;
  /** The most words of those names. */
  notAProvinceWords: number;
}

/** How far before a name its unit word is looked for. */
const UNIT_REACH = 14;
/** How many capitalised words before a name are read to find where its run opens. */
const RUN_REACH = 6;

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Where a word ends: no letter of Vietnamese text (as `isLetterAt` reads one, with × and ÷) follows. */
const WORD_END = '(?![A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])';

/** The capitals among the letters `isLetterAt` knows, as a character class's contents. */
function capitalsClass(): string {
  let out = '';
  for (let x = 0; x < capital.length; x++) {
    const c = String.fromCharCode(x);
    if (isLetterAt(c, 0) && isUpperAt(c, 0)) out += `\\u${x.toString(16).padStart(4, '0')}`;
  }
  return out;
}

const scanners = new WeakMap<Places, Scanner>();

/** The scanner of a rule set (its provinces and its vocabulary), built once. */
function scannerOf(places: Places, v: Vocabulary): Scanner {
  let s = scanners.get(places);
  if (!s) scanners.set(places, (s = buildScanner(places, v)));
  return s;
}

function buildScanner(places: Places, v: Vocabulary): Scanner {
  const province = [...v.wordsOf('body_level', 'province'), ...v.wordsOf('body_level', 'city')];
  const lower = [...v.wordsOf('body_level', 'district'), ...v.wordsOf('body_level', 'commune'), ...v.wordsOf('body_level', 'ward')];
  const firsts = v.wordsOf('province_first_word');
  const written = [...new Set(firsts.flatMap((w) => [w, capitalised(w), w.toUpperCase()]))].sort((a, b) => b.length - a.length);
  // A first word that is no spelling by itself (`Nam`, of Nam Định) starts a name only where a capitalised
  // word follows it, as `nextNameWord` reads one: most of the candidates (`Việt Nam`) stop in the pattern.
  const alone = written.filter((w) => places.lookupFolded(foldName(w)) !== undefined);
  const led = written.filter((w) => places.lookupFolded(foldName(w)) === undefined);
  const followed = `(?= *(?:[-.] *)?[${capitalsClass()}])`;
  const branches = [...(alone.length > 0 ? [`(?:${alone.map(escapeWord).join('|')})${WORD_END}`] : []), ...(led.length > 0 ? [`(?:${led.map(escapeWord).join('|')})${WORD_END}${followed}`] : [])];
  return {
    // Literal alternations, case-sensitive (a name is capitalised, and most positions fail at their
    // first letter), ending where their word ends (`An`, not the first letters of `Anh`).
    // @rule-pattern: escaped words of table province_first_word (checked as its fragment), as written and in capitals, a word that is no spelling by itself followed by a capitalised word.
    first: new RegExp(branches.join('|') || '(?!)', 'g'),
    // @bounded run only on the 14 characters before a name
    // @rule-pattern: escaped words of table body_level (classes province, city), at the end.
    provinceUnit: new RegExp(`(?:^|[^\\p{L}\\p{M}])${alternation(province)}[ .]*$`, 'iu'),
    // @bounded run only on the 14 characters before a name
    // @rule-pattern: escaped words of table body_level (classes district, commune, ward), at the end.
    lowerUnit: new RegExp(`(?:^|[^\\p{L}\\p{M}])${alternation(lower)}[ ]*$`, 'iu'),
    foldedUnits: province.map(foldName),
    familyName: new Set(v.wordsOf('family_name').map((w) => w.toLowerCase())),
    notAProvince: new Set(v.wordsOf('not_a_province').map(foldName)),
    notAProvinceStarts: new Set(v.wordsOf('not_a_province').flatMap((w) => [...foldName(w)].map((_, i, cs) => cs.slice(0, i + 1).join('')))),
    notAProvinceWords: Math.max(0, ...v.wordsOf('not_a_province').map((w) => w.split(/[\s-]+/).length)),
  };
}

/** Words fold the same way wherever they are: each distinct word is folded once. */
const foldWord = remembered(foldName, 50_000);

/*
 * Characters are read by their codes: `text[i]` makes a new string of each
 * accented letter, and the scanner reads tens of thousands of words per pass.
 */

/** Whether the character at `i` is a letter or combining mark of Vietnamese text (Latin, its accented forms and marks); none off either end. */
function isLetterAt(text: string, i: number): boolean {
  const x = text.charCodeAt(i);
  return ((x | 32) >= 97 && (x | 32) <= 122) || (x >= 0xc0 && x <= 0x24f && x !== 0xd7 && x !== 0xf7) || (x >= 0x300 && x <= 0x36f) || (x >= 0x1e00 && x <= 0x1eff);
}

/** Per code of the letters above: 1 a capital (it changes when lowercased), 2 not, 0 not yet asked. */
const capital = new Int8Array(0x1f00);

/** Whether the letter at `i` is a capital. */
function isUpperAt(text: string, i: number): boolean {
  const x = text.charCodeAt(i);
  if (x >= capital.length) return text[i] !== text[i].toLowerCase();
  if (capital[x] === 0) capital[x] = text[i] !== text[i].toLowerCase() ? 1 : 2;
  return capital[x] === 1;
}

/** The end of the word that starts at `at`. */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isLetterAt(text, i)) i++;
  return i;
}

/** Where the next word of a name starts after `at` (spaces, or a hyphen or dot with spaces around it), if it is capitalised. */
function nextNameWord(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x2e) {
    i++;
    while (text.charCodeAt(i) === 0x20) i++;
  } else if (i === at) return -1;
  return i < text.length && isLetterAt(text, i) && isUpperAt(text, i) ? i : -1;
}

/**
 * Reads the capitalised words of a name from its first word `first`, which
 * ends at `firstEnd`, at most `max`, while their folded words joined pass
 * `within`, and returns the end of the last word read whose joined key passes
 * `found` (-1 when none; `key` keeps that key). Read character by character
 * and without building a list, since almost all of the scanner's candidates
 * stop after one word.
 */
class NameReader {
  key = '';

  longest(text: string, first: string, firstEnd: number, max: number, within: (key: string) => boolean, found: (key: string) => boolean): number {
    let key = foldWord(first);
    let end = firstEnd;
    let best = -1;
    for (let n = 1; within(key); n++) {
      if (found(key)) {
        best = end;
        this.key = key;
      }
      if (n >= max) break;
      const next = nextNameWord(text, end);
      if (next < 0) break;
      end = wordEnd(text, next);
      key += foldWord(text.slice(next, end));
    }
    return best;
  }
}

/** The end of the `max`-th capitalised word of a name whose first word ends at `firstEnd`, or of its last word before that (the words a name that is not a province spans). */
function endOfWords(text: string, firstEnd: number, max: number): number {
  let end = firstEnd;
  for (let n = 1; n < max; n++) {
    const next = nextNameWord(text, end);
    if (next < 0) break;
    end = wordEnd(text, next);
  }
  return end;
}

/**
 * Whether a name at `start`, inside a run of capitalised words, counts: after
 * a unit word, or when the run opens a sentence and not with a family name.
 */
function countsInsideRun(text: string, start: number, s: Scanner): boolean {
  if (s.provinceUnit.test(text.slice(Math.max(0, start - UNIT_REACH), start))) return true;
  // Walk back over the run's words (a few at most) to where it opens.
  let open = start;
  for (let n = 0; n < RUN_REACH; n++) {
    let i = open - 1;
    while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2d)) i--;
    if (i === open - 1 || !isLetterAt(text, i)) return opensSentence(text, open) && !s.familyName.has(firstWordAt(text, open));
    let j = i;
    while (j > 0 && isLetterAt(text, j - 1)) j--;
    if (!isUpperAt(text, j)) return false;
    open = j;
  }
  return false;
}

/** Whether the word before `at`, joined to it by spaces or a hyphen, is capitalised. */
function insideRun(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2d)) i--;
  if (i === at - 1 || !isLetterAt(text, i)) return false;
  while (i > 0 && isLetterAt(text, i - 1)) i--;
  return isUpperAt(text, i);
}

const firstWordAt = (text: string, at: number): string => text.slice(at, wordEnd(text, at)).toLowerCase();

/** Whether the text at `at` opens a sentence, a line, a quote or a bracket (so a capital there says nothing). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  return i < 0 || '.!?…:;"“\'(\n-'.includes(text[i]);
}

/** Every province the text names, in order. */
export function placeMentions(text: string, places: Places, vocabulary: Vocabulary): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (places.empty) return out;
  const s = scannerOf(places, vocabulary);
  let consumed = 0;
  const reader = new NameReader();
  const isPrefix = (k: string): boolean => places.isPrefix(k);
  const isName = (k: string): boolean => places.lookupFolded(k) !== undefined;
  const startsOther = (k: string): boolean => s.notAProvinceStarts.has(k);
  const isOther = (k: string): boolean => s.notAProvince.has(k);
  s.first.lastIndex = 0;
  for (let m = s.first.exec(text); m; m = s.first.exec(text)) {
    const start = m.index;
    if (start < consumed || isLetterAt(text, start - 1)) continue;
    const firstEnd = start + m[0].length;
    const end = reader.longest(text, m[0], firstEnd, places.maxWords, isPrefix, isName);
    if (end < 0) continue;
    const key = reader.key;
    const hit = places.lookupFolded(key)!;
    // `Thái Bình Dương`: the words running on spell something else.
    if (reader.longest(text, m[0], firstEnd, s.notAProvinceWords, startsOther, isOther) >= 0) {
      consumed = endOfWords(text, firstEnd, s.notAProvinceWords);
      continue;
    }
    const before = text.slice(Math.max(0, start - UNIT_REACH), start);
    const unit = s.provinceUnit.test(before) || s.foldedUnits.some((u) => key.startsWith(u) && key !== u);
    if (!unit && s.lowerUnit.test(before)) continue;
    if (hit.unitOnly && !unit) continue;
    // Inside a run of capitalised words (`Nguyễn Hà Nam`, `Núi Ngự Huế`)?
    if (!unit && insideRun(text, start) && !countsInsideRun(text, start, s)) continue;
    out.push({ start, end, province: hit.province, unit });
    consumed = end;
  }
  return out;
}

const cache = new WeakMap<object, PlaceMention[]>();

/** `placeMentions` of a document's text, found once per document. */
export function placeMentionsOf(doc: { text: string }, places: Places, vocabulary: Vocabulary): PlaceMention[] {
  let list = cache.get(doc);
  if (!list) cache.set(doc, (list = placeMentions(doc.text, places, vocabulary)));
  return list;
}
