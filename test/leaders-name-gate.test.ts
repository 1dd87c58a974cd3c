/**
 * The leaders reader skips a sentence with a title but no word that may start
 * a name: it cannot name anyone. The check must take every start `nameAt`
 * and `validName` take (a capitalised family name or ethnic prefix, an
 * honorific in any case), or leaders would be lost.
 */
import { describe, expect, it } from 'vitest';
import { link } from '../src/extract/leaders/link.js';
import { mayNameSomeone, SentenceReader } from '../src/extract/leaders/read.js';
import { tokenize } from '../src/extract/leaders/tokens.js';
import { leaderWords } from '../src/extract/leaders/words.js';
import { extractSync } from '../src/index.js';
import { rules } from './support/rules.js';

const may = (text: string) => mayNameSomeone(tokenize(text), leaderWords(rules.vocabulary));
/** What the reader finds in the sentence when it is read regardless of the check. */
const namesRead = (text: string) => {
  const tokens = tokenize(text);
  const reader = new SentenceReader(tokens, leaderWords(rules.vocabulary), (s) => text.slice(s.start, s.end));
  return link(reader.items([]), reader).map((m) => m.name.text);
};

describe('which sentences with a title may name someone', () => {
  it('a title with no name: not read, and reading it would find no one', () => {
    const text = 'Bí thư Tỉnh ủy chủ trì phiên họp về công tác cán bộ.';
    expect(may(text)).toBe(false);
    expect(namesRead(text)).toEqual([]);
    expect(extractSync(text, rules).leaders).toEqual([]);
  });

  it('a family name in lower case or in capitals starts no name', () => {
    expect(may('Phó Bí thư Tỉnh ủy về thăm xã ven sông hà.')).toBe(false);
    expect(may('BÍ THƯ TỈNH ỦY LÊ VĂN AN')).toBe(false);
  });

  it.each([
    ['a capitalised family name', 'Bí thư Tỉnh ủy Lục Văn Khang chủ trì.', 'Lục Văn Khang'],
    ['an ethnic prefix with an apostrophe', "Phó Bí thư Huyện ủy K'Brơi Ha Nhi phát biểu.", "K'Brơi Ha Nhi"],
    ['a one-letter ethnic prefix', 'Đồng chí Y Niêm Êban, Phó Bí thư Tỉnh ủy, dự họp.', 'Y Niêm Êban'],
    ['an honorific in lower case before any capitalised run', 'Tham dự có ông Kim Ngọc Bảo, Phó Chủ tịch UBND tỉnh.', 'Kim Ngọc Bảo'],
  ])('%s: read, and the reader finds the name', (_, text, name) => {
    expect(may(text)).toBe(true);
    expect(namesRead(text)).toContain(name);
  });
});
