/**
 * The text-damage rules of `vnextract check` (src/lint/rules/text.ts): a
 * corpus of damaged inputs made here from one clean article (invalid bytes,
 * legacy encodings, mojibake repaired and left, NFD, replacement characters,
 * HTML left in text, control characters), each giving exactly its findings
 * at their line and column, and clean look-alikes giving none.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuiltCli } from './support/built-cli.js';
import { lintInput } from '../src/lint/lint-text.js';
import { SCRAPE_RULES } from '../src/lint/rules/scrape.js';
import { TEXT_RULES } from '../src/lint/rules/text.js';
import '../src/normalize/html-eager.js';
import { ARTICLE, where } from './support/damage.js';
import { rules } from './support/rules.js';
import { toMojibake, toTcvn3, toVni, toWindows1258 } from './support/legacy-encoders.js';

const DAMAGE_RULES = [...TEXT_RULES, ...SCRAPE_RULES];

/** Findings of the damage rules as `ruleId severity line:column`. */
function findings(input: string | Uint8Array, path = 'a.txt'): string[] {
  return lintInput(input, rules, { path, rules: DAMAGE_RULES }).findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`);
}

function lint(input: string | Uint8Array, path = 'a.txt') {
  return lintInput(input, rules, { path, rules: DAMAGE_RULES });
}

describe('the clean article', () => {
  it('gives no finding, as text or as bytes', () => {
    expect(findings(ARTICLE)).toEqual([]);
    expect(findings(Buffer.from(ARTICLE, 'utf8'))).toEqual([]);
    expect(lint(ARTICLE).article.published?.value).toBe('2020-10-10');
  });
});

describe('decode/invalid-utf8', () => {
  it('points at the first bad byte and counts them', () => {
    const text = ARTICLE.replace('khẩn trương', 'khẩn \uFFFDtrương').replace('đoàn kết', 'đoàn \uFFFDkết');
    const [a, b] = text.split('\uFFFD');
    const bytes = Buffer.concat([Buffer.from(a, 'utf8'), Buffer.from([0xff]), Buffer.from(b, 'utf8'), Buffer.from([0xff]), Buffer.from(text.split('\uFFFD')[2], 'utf8')]);
    const r = lint(bytes);
    expect(r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`)).toEqual([`decode/invalid-utf8 error ${where(text, '\uFFFD')}`]);
    expect(r.findings[0].message).toMatch(/^2 byte sequences not valid UTF-8/);
    // Extraction's own message: the same id, still a warning (letters are lost).
    expect(r.article.messages.filter((m) => m.ruleId?.startsWith('decode'))).toMatchObject([{ ruleId: 'decode/invalid-utf8', fatal: false }]);
  });
});

describe('decode/converted: a legacy encoding converted is a note, not a failure', () => {
  const cases: [string, Buffer, string][] = [
    ['TCVN3', toTcvn3(ARTICLE), 'tcvn3'],
    ['VNI', toVni(ARTICLE), 'vni'],
    ['Windows-1258', toWindows1258(ARTICLE), 'windows-1258'],
    // TCVN3 glyphs typed with a legacy font, saved as UTF-8.
    ['TCVN3 glyphs in UTF-8', Buffer.from(toTcvn3(ARTICLE).toString('latin1'), 'utf8'), 'utf-8+tcvn3'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(`${name}: one info finding and nothing else`, () => {
      const r = lint(bytes);
      expect(r.article.source.encoding).toBe(encoding);
      expect(r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`)).toEqual(['decode/converted info 1:1']);
      // Extraction's message is information (fatal null): `extract --strict` does not fail on it.
      expect(r.article.messages.filter((m) => m.ruleId?.startsWith('decode'))).toMatchObject([{ ruleId: 'decode/converted', fatal: null }]);
    });
  }
});

describe('extract --strict and the decode messages', () => {
  it('a correctly converted TCVN3 file passes --strict (a note, printed with --verbose); a file with invalid bytes fails it', () => {
    assertBuiltCli();
    const dir = mkdtempSync(join(tmpdir(), 'vnextract-decode-'));
    writeFileSync(join(dir, 'tcvn3.txt'), toTcvn3(ARTICLE));
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from(ARTICLE, 'utf8'), Buffer.from([0xff, 0x0a])]));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'vnextract.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const ok = run(join(dir, 'tcvn3.txt'), '--strict', '--verbose');
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/tcvn3\.txt: info input is not UTF-8: read as TCVN3 \(ABC\) and converted to Unicode \[decode\/converted\]/);
    const bad = run(join(dir, 'bad.txt'), '--strict');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.txt: warning input is not valid UTF-8: 1 byte sequence\(s\) replaced by U\+FFFD \[decode\/invalid-utf8\]/);
  });
});

describe('decode/unknown-encoding', () => {
  it('bytes that read as no Vietnamese encoding are an error', () => {
    // Bytes that are not UTF-8 and not Vietnamese in any legacy encoding.
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => [0x41 + (i % 26), 0xe9, 0x20, 0xfc, 0x20][i % 5]));
    const r = lint(bytes);
    expect(r.findings.filter((f) => f.ruleId.startsWith('decode/')).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['decode/unknown-encoding error']);
  });
});

describe('mojibake', () => {
  it('decode/mojibake-repaired: a double-encoded article, repaired, is one info finding', () => {
    const r = lint(toMojibake(ARTICLE));
    expect(r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`)).toEqual(['decode/mojibake-repaired info 1:1']);
    expect(r.article.messages.filter((m) => m.ruleId?.startsWith('decode'))).toMatchObject([{ ruleId: 'decode/mojibake-repaired', fatal: null }]);
  });
  it('decode/mojibake: a run too short to repair with certainty is left, and is an error at its place', () => {
    const text = ARTICLE.replace('cán bộ', 'cÃ¡n bộ');
    const r = lint(Buffer.from(text, 'utf8'));
    expect(r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`)).toEqual([`decode/mojibake error ${where(text, 'Ã¡')}`]);
    expect(r.findings[0].message).toContain('"Ã¡" is "á"');
  });
  it('two runs, in different words, still left: one finding at the first, counting both', () => {
    const text = ARTICLE.replace('đồng chí Trần', 'Ä‘ồng chí Trần').replace('mỗi năm', 'mỗi nÄƒm');
    const r = lint(text);
    expect(r.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual([`decode/mojibake ${where(text, 'Ä‘')}`]);
    expect(r.findings[0].message).toContain('(2 runs)');
  });
  it('punctuation in three bytes is mojibake too: â€œ for “', () => {
    const text = ARTICLE.replace('Phát biểu bế mạc,', 'Phát biểu bế mạc, â€œ');
    expect(findings(text)).toEqual([`decode/mojibake error ${where(text, 'â€œ')}`]);
  });
  it('clean look-alikes are no mojibake: capitals before a quote or NBSP, symbols', () => {
    for (const line of [
      'Khẩu hiệu “MÔI TRƯỜNG XANH - CUỘC SỐNG NGÃ” được treo tại hội trường.',
      'Đồng chí Hà Văn Ý\u00A0Yên, xã Ô\u00A0Diên, phát biểu tham luận.',
      'Giá vé 5€, nhiệt độ 30°C, tỷ lệ ≥ 90% - “Â” và “Ê” là hai chữ cái.',
    ]) {
      expect(findings(ARTICLE.replace('Minh Châu', `${line}\nMinh Châu`))).toEqual([]);
    }
  });
});

describe('text/nfd', () => {
  it('counts decomposed letters and words, points at the first, says when mixed', () => {
    const line = 'Nhiệm kỳ tới, huyện phấn đấu';
    const text = ARTICLE.replace(line, line.normalize('NFD'));
    const r = lint(text);
    // The first decomposed letter is the `e` of `Nhiệm` (e + two marks).
    expect(r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`)).toEqual([`text/nfd info ${where(text, 'Nhie', 3)}`]);
    // Nhiệm, kỳ, tới, huyện, phấn, đấu: đ has no decomposition, ấ/ệ are one letter each.
    expect(r.findings[0].message).toMatch(/^6 decomposed \(NFD\) letters in 6 words, mixed with composed letters/);
  });
  it('a text all in NFD is not called mixed (đ has no decomposed form)', () => {
    const r = lint(ARTICLE.normalize('NFD'));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['text/nfd']);
    expect(r.findings[0].message).not.toContain('mixed');
    // `Đ` stays one letter: the first decomposed one is the `a` of `Đại`.
    expect(r.findings[0]).toMatchObject({ line: 1, column: 2 });
  });
});

describe('text/replacement-char', () => {
  it('U+FFFD in valid UTF-8 is damage upstream: a warning at the first', () => {
    const text = ARTICLE.replace('Yên Lạc lần thứ XXIII, nhiệm', 'Yên L\uFFFD\uFFFDc lần thứ XXIII, nhiệm');
    expect(findings(Buffer.from(text, 'utf8'))).toEqual([`text/replacement-char warning ${where(text, '\uFFFD')}`]);
    expect(lint(text).findings[0].message).toMatch(/^2 replacement characters/);
  });
});

describe('text/html-leftover', () => {
  it('tags and entities left in a text file: one finding for each, at the first', () => {
    const text = ARTICLE.replace('Sáng 9/10,', '<p class="lead">Sáng 9/10,').replace('khẩn trương', 'khẩn&nbsp;trương').replace('mỗi năm,', 'mỗi năm,<br/>');
    expect(findings(text)).toEqual([`text/html-leftover warning ${where(text, '<p')}`, `text/html-leftover warning ${where(text, '&nbsp;')}`]);
    const [tags, entities] = lint(text).findings;
    expect(tags.message).toMatch(/^2 HTML tags left in the text \(the first: "<p class=\\"lead\\">"\)/);
    expect(entities.message).toMatch(/^1 HTML entity left/);
  });
  it('&amp; and numeric entities count; R&D, AT&T, <<book>>, a < b do not', () => {
    const text = ARTICLE.replace('Minh Châu', 'Vốn cho R&D và AT&T; cuốn <<Đường Kách mệnh>>; chỉ số a < b, <Tên sách>, 3<5.\nMinh Châu');
    expect(findings(text)).toEqual([]);
    const amp = ARTICLE.replace('cán bộ, đảng viên', 'cán bộ &amp; đảng viên &#7841;');
    expect(findings(amp)).toEqual([`text/html-leftover warning ${where(amp, '&amp;')}`]);
    expect(lint(amp).findings[0].message).toMatch(/^2 HTML entities/);
  });
  it('a page (.html) is made of tags: none reported', () => {
    const page = `<html><head><title>Đại hội</title></head><body><article>${ARTICLE.split('\n').map((l) => `<p>${l}&nbsp;</p>`).join('\n')}</article></body></html>`;
    expect(findings(page, 'a.html').filter((f) => f.startsWith('text/html-leftover'))).toEqual([]);
  });
});

describe('text/control-char', () => {
  it('a backspace, a C1 control, a bidirectional override: one warning at the first, counting all', () => {
    const text = ARTICLE.replace('Sáng 9/10', '\bSáng 9/10').replace('mỗi năm', 'mỗi\u0085năm').replace('Minh Châu', '\u202EMinh Châu');
    expect(findings(text)).toEqual([`text/control-char warning ${where(text, '\b')}`]);
    expect(lint(text).findings[0].message).toBe('3 control characters in the text (the first: U+0008): remove them in the scraper or clean the file');
  });
  it('tabs and Windows line ends are text', () => {
    expect(findings(ARTICLE.replace('Sáng 9/10,', 'Sáng\t9/10,').replace(/\n/g, '\r\n'))).toEqual([]);
  });
});
