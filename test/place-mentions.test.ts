/**
 * The province scanner (src/places/mentions.ts) on the ways a name's words
 * are joined. Its pattern lets a first word that is no spelling by itself
 * (`Nam`, `Bà`, `Quảng`) start a name only where a capitalised word follows
 * it as the reader of words reads one (spaces, or a hyphen or dot with
 * spaces around it), so these cases guard that the pattern and the reader
 * agree. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { placeMentions } from '../src/places/mentions.js';
import { rules } from './support/rules.js';

const named = (text: string) => placeMentions(text, rules.places, rules.vocabulary).map((m) => [text.slice(m.start, m.end), m.province.name]);

describe('the province scanner', () => {
  it('reads a name whose words are joined by spaces, a hyphen or a dot, with or without spaces around it', () => {
    expect(named('Đoàn công tác đến Nam Định và Bà Rịa - Vũng Tàu, rồi BR-VT.')).toEqual([
      ['Nam Định', 'Nam Định'],
      ['Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
      ['BR-VT', 'Bà Rịa - Vũng Tàu'],
    ]);
    expect(named('Cán bộ TP.HCM và TP. Hồ Chí Minh dự họp.')).toEqual([
      ['TP.HCM', 'Hồ Chí Minh'],
      ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ]);
  });

  it('reads a one-word spelling wherever it ends: before lowercase, punctuation or the end of the text', () => {
    expect(named('Về Huế hôm nay. Đến Daklak, rồi về Huế')).toEqual([
      ['Huế', 'Thừa Thiên Huế'],
      ['Daklak', 'Đắk Lắk'],
      ['Huế', 'Thừa Thiên Huế'],
    ]);
  });

  it('reads no name where a first word is followed by lowercase, a comma or nothing', () => {
    expect(named('Việt Nam phát triển, Quảng bá du lịch ở Bà')).toEqual([]);
    expect(named('Khách từ Nam, Bắc đều tới.')).toEqual([]);
  });

  it('after a first word with no name, still reads a name that starts at the next capitalised word', () => {
    // `Tây` reads no name (`Tây Hà Nội` spells none), so `Hà Nội` is read from its own first word.
    expect(named('Tây Hà Nội có thêm hai khu đô thị.')).toEqual([['Hà Nội', 'Hà Nội']]);
  });
});
