/**
 * The word tables of rules/leaders.yaml as the extractor reads them: phrase
 * tables matched on a sentence's tokens, built once per vocabulary.
 */
import type { Vocabulary } from '../../rules/vocabulary.js';
import { oncePer } from '../../util/once-per.js';
import { PhraseTable, tokenize } from './tokens.js';

export interface LeaderWords {
  /** Titles by canonical code (class names, `_` for `-`). */
  title: PhraseTable;
  /** Bodies read as a title only before a list of their members. */
  listBody: PhraseTable;
  head: PhraseTable;
  bodyWord: PhraseTable;
  notBody: PhraseTable;
  notBefore: PhraseTable;
  honorific: PhraseTable;
  /** First syllables of names, lower case: the family names, and the prefixes of ethnic names (which may run to 5 syllables). */
  family: Set<string>;
  ethnic: Set<string>;
  place: PhraseTable;
  placeUnit: PhraseTable;
  link: PhraseTable;
  qualifier: PhraseTable;
  former: PhraseTable;
  fresh: PhraseTable;
  plural: PhraseTable;
  cueFiller: PhraseTable;
  cueTarget: PhraseTable;
  listIntro: PhraseTable;
}

const table = (v: Vocabulary, name: string): PhraseTable => {
  const t = v.tables[name] ?? {};
  return new PhraseTable(t);
};

const firstSyllables = (words: readonly string[]): Set<string> =>
  new Set(words.map((w) => tokenize(w)[0]?.key).filter((k): k is string => k !== undefined));

export const leaderWords = oncePer(
  (v: Vocabulary): LeaderWords => ({
    title: table(v, 'leader_title'),
    listBody: table(v, 'leader_list_body'),
    head: table(v, 'leader_head'),
    bodyWord: table(v, 'leader_body_word'),
    notBody: table(v, 'leader_not_body'),
    notBefore: table(v, 'leader_not_before'),
    honorific: table(v, 'leader_honorific'),
    family: firstSyllables(v.wordsOf('leader_surname', 'family')),
    ethnic: firstSyllables(v.wordsOf('leader_surname', 'ethnic')),
    place: table(v, 'leader_place'),
    placeUnit: table(v, 'leader_place_unit'),
    link: table(v, 'leader_link'),
    qualifier: table(v, 'leader_qualifier'),
    former: table(v, 'leader_former'),
    fresh: table(v, 'leader_new'),
    plural: table(v, 'leader_plural'),
    cueFiller: table(v, 'leader_cue_filler'),
    cueTarget: table(v, 'leader_cue_target'),
    listIntro: table(v, 'leader_list_intro'),
  }),
);
