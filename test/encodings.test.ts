/**
 * Inputs as scrapers and old archives produce them give the same facts as
 * their clean UTF-8 twin: legacy encodings (Windows-1258, TCVN3, VNI),
 * decomposed text, mojibake, UTF-16, BOM + CRLF + entities, HTML.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf } from './support/facts.js';
import { extract } from '../src/index.js';
import { decode } from '../src/normalize/decode.js';
import { fromTcvn3, fromVni, repairMojibake } from '../src/normalize/legacy.js';
import { toMojibake } from './support/legacy-encoders.js';

const dir = new URL('../fixtures/encodings/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir));

describe('legacy tables against known strings', () => {
  it('reads TCVN3 (ABC)', () => {
    expect(fromTcvn3('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fromTcvn3('§¹i héi §¶ng')).toBe('Đại hội Đảng');
  });
  it('reads VNI', () => {
    expect(fromVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fromVni('Ñaïi hoäi Ñaûng, ngöôøi daân, naêm')).toBe('Đại hội Đảng, người dân, năm');
  });
  it('repairs mojibake only where the bytes are UTF-8', () => {
    expect(repairMojibake('Ä‘áº¡i há»™i').text).toBe('đại hội');
    expect(repairMojibake('Hà Nội – “Đoàn kết”, giá 5€').repaired).toBe(0);
  });
});

describe('mojibake repair leaves valid text alone', () => {
  // A Vietnamese capital before NBSP or a soft hyphen is valid UTF-8 by chance: Ý + NBSP is DD A0, the bytes of ݠ.
  const clean = [
    'Đại hội đại biểu Đảng bộ huyện Ý\u00A0Yên lần thứ XXV, nhiệm kỳ 2020 - 2025.',
    'Ô\u00A0tô điện: thị trường Ô\u00A0tô năm 2025 tăng 20%',
    'CÔ\u00ADNG TY CỔ PHẦN MÁY TÍ\u00ADNH; xem TẠI ĐÂ\u00ADY; Thái BÌ\u00ADnh Dương; châu Â\u00ADu',
    'Ông Ê\u00A0Ban, xã Ý\u00A0Ly, “Â\u00A0Châu” – Ô“ và Ý”…',
  ];
  for (const text of clean) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
      expect(decode(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8', problems: [] });
    });
  }

  it('repairs a double-encoded article, its NBSP, quotes and symbols included', () => {
    const original =
      'Sáng 14/10, Đại hội đại biểu Đảng bộ huyện Ý\u00A0Yên lần thứ XXV, nhiệm kỳ 2020 – 2025 khai mạc với “250 đại biểu” ' +
      'dự; tỷ lệ hộ nghèo ≤ 1%, thu nhập ≥ 80 triệu đồng/người… Ô\u00A0tô đưa đón đại biểu.';
    const bytes = toMojibake(original, false);
    expect(bytes.toString('utf8')).toContain('Ä‘áº¡i');
    const d = decode(bytes);
    expect(d.text).toBe(original);
    expect(d.problems).toEqual([{ reason: expect.stringMatching(/mojibake/), kind: 'mojibake-repaired' }]);
  });

  it('needs several runs that read as Vietnamese: one or two may be chance', () => {
    expect(repairMojibake('Báo Ä‘áº¡i').repaired).toBe(0);
    expect(repairMojibake('Báo Ä‘áº¡i há»™i').text).toBe('Báo đại hội');
  });
});

describe('the twins of one article', () => {
  const clean = read('dai-hoi.utf8.txt');
  const twins: [string, string, RegExp | null][] = [
    ['dai-hoi.tcvn3.txt', 'tcvn3', /TCVN3/],
    ['dai-hoi.vni.txt', 'vni', /VNI/],
    ['dai-hoi.cp1258.txt', 'windows-1258', /Windows-1258/],
    ['dai-hoi.nfd.txt', 'utf-8', null],
    ['dai-hoi.mojibake.txt', 'utf-8', /mojibake/],
    ['dai-hoi.utf16le.txt', 'utf-16le', null],
    ['dai-hoi.bom.txt', 'utf-8-bom', null],
    ['dai-hoi.html', 'utf-8', null],
  ];

  it('the clean article has facts to compare', async () => {
    const a = await extract(clean, { path: 'dai-hoi.utf8.txt' });
    expect(a.terms.map((t) => t.value)).toContain('2020-2025');
  });

  for (const [name, encoding, warning] of twins) {
    it(`${name} gives the same facts as the clean text`, async () => {
      const expected = factsOf(await extract(clean, { path: 'dai-hoi.utf8.txt' }));
      const twin = await extract(read(name), { path: name });
      expect(twin.source.encoding).toBe(encoding);
      expect(factsOf(twin)).toEqual(expected);
      if (warning) expect(twin.messages.map((m) => m.reason).join('\n')).toMatch(warning);
    });
  }

  it('reads the decoded legacy text back to the clean text', () => {
    const text = readFileSync(new URL('dai-hoi.utf8.txt', dir), 'utf8');
    for (const name of ['dai-hoi.cp1258.txt', 'dai-hoi.mojibake.txt', 'dai-hoi.nfd.txt']) {
      expect(decode(read(name)).text.normalize('NFC')).toBe(text);
    }
    // TCVN3 has no capital toned letters: they come back in lower case.
    expect(decode(read('dai-hoi.tcvn3.txt')).text.toLowerCase()).toBe(text.toLowerCase());
  });
});
