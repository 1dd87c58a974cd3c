/**
 * The word tables of rules/leaders.yaml as the extractor reads them: phrase
 * tables matched on a sentence's tokens, built once per vocabulary.
 */
import type { Vocabulary } from '../../rules/vocabulary.js';
import { oncePer } from '../../util/once-per.js';
import { PhraseTable, startMasks, tokenize, WordTable } from './tokens.js';

export interface LeaderWords {
  /** Titles by canonical code (class names, `_` for `-`). */
  title: PhraseTable;
  /** Bodies read as a title only before a list of their members. */
  listBody: PhraseTable;
  head: PhraseTable;
  bodyWord: PhraseTable;
  /** A word that joins two parts of one body's name (Bộ Tài nguyên và Môi trường). */
  bodyJoin: PhraseTable;
  notBody: PhraseTable;
  notBefore: PhraseTable;
  honorific: PhraseTable;
  /** First syllables of names, lower case: the family names, and the prefixes of ethnic names (which may run to 5 syllables). */
  family: WordTable<true>;
  ethnic: WordTable<true>;
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
  /** Word → the bits of the tables with a phrase starting with it. */
  starts: WordTable<number>;
}

const firstSyllables = (words: readonly string[]): WordTable<true> =>
  new WordTable(new Map(words.map((w) => tokenize(w)[0]?.key).filter((k): k is string => k !== undefined).map((k) => [k, true] as const)));

export const leaderWords = oncePer((v: Vocabulary): LeaderWords => {
  let bit = 1;
  const table = (name: string): PhraseTable => {
    const t = new PhraseTable(v.tables[name] ?? {}, bit);
    bit *= 2;
    return t;
  };
  const words = {
    title: table('leader_title'),
    listBody: table('leader_list_body'),
    head: table('leader_head'),
    bodyWord: table('leader_body_word'),
    bodyJoin: table('leader_body_join'),
    notBody: table('leader_not_body'),
    notBefore: table('leader_not_before'),
    honorific: table('leader_honorific'),
    family: firstSyllables(v.wordsOf('leader_surname', 'family')),
    ethnic: firstSyllables(v.wordsOf('leader_surname', 'ethnic')),
    place: table('leader_place'),
    placeUnit: table('leader_place_unit'),
    link: table('leader_link'),
    qualifier: table('leader_qualifier'),
    former: table('leader_former'),
    fresh: table('leader_new'),
    plural: table('leader_plural'),
    cueFiller: table('leader_cue_filler'),
    cueTarget: table('leader_cue_target'),
    listIntro: table('leader_list_intro'),
  };
  const tables = Object.values(words).filter((x): x is PhraseTable => x instanceof PhraseTable);
  return { ...words, starts: startMasks(tables) };
});
