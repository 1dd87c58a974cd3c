/**
 * The 63 → 34 map of rules/provinces.yaml (Resolution 202/2025/QH15): every
 * one of the 63 in exactly one of the 34, the 11 that did not merge among the
 * 34, no spelling naming two provinces, every merger with its source; a
 * broken map is an error naming the file and the entry; a user's folder may
 * add spellings, and they reach the extractors through the compiled rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compileRuleDirs, compileSources, readRuleFile } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';
import { foldName } from '../src/util/fold-name.js';
import { builtinCompiled, userRuleDir, withUserRules } from './support/rules.js';

const places = builtinCompiled().bundle.places!;
const rulesDir = builtinRulesDir();

const UNCHANGED = ['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng'];

describe('the province map', () => {
  it('has the 63 before the merger and the 34 after it, from 1 July 2025', () => {
    expect(places.before).toHaveLength(63);
    expect(places.now).toHaveLength(34);
    expect(places.mergerDate).toBe('2025-07-01');
    expect(places.mergerSource).toMatch(/202\/2025\/QH15/);
  });

  it('puts every one of the 63 in exactly one of the 34, and lists it there', () => {
    for (const p of places.before) {
      const holders = places.now.filter((n) => n.merged.some((m) => foldName(m) === foldName(p.name)));
      expect(holders.map((n) => n.name), p.name).toEqual([p.now]);
    }
    expect(places.now.flatMap((n) => n.merged)).toHaveLength(63);
  });

  it('keeps the 11 that did not merge among the 34, each alone', () => {
    for (const name of UNCHANGED) {
      const n = places.now.find((x) => x.name === name);
      expect(n, name).toBeDefined();
      expect(n!.merged, name).toHaveLength(1);
    }
    expect(places.now.filter((n) => n.merged.length > 1)).toHaveLength(23);
  });

  it('lets no spelling name two provinces, compared loosely', () => {
    const owner = new Map<string, string>();
    for (const p of places.before) {
      for (const s of [p.name, ...p.variants, ...(p.renamed ? [p.renamed.name] : [])]) {
        const k = foldName(s);
        expect(owner.get(k) ?? p.name, `${s} (${p.name})`).toBe(p.name);
        owner.set(k, p.name);
      }
    }
  });

  it('names the source of every merger, and of the renaming of Thừa Thiên Huế', () => {
    for (const n of places.now) expect(n.source, n.name).toMatch(/Nghị quyết 202\/2025\/QH15/);
    const hue = places.before.find((p) => p.name === 'Thừa Thiên Huế')!;
    expect(hue.renamed).toMatchObject({ name: 'Huế', kind: 'thành phố', from: '2025-01-01' });
    expect(hue.renamed!.source).toMatch(/1314\/NQ-UBTVQH15/);
  });

  it('has six centrally-run cities after the merger', () => {
    expect(places.now.filter((n) => n.kind === 'thành phố').map((n) => n.name).sort()).toEqual(
      ['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế', 'Đà Nẵng'].sort(),
    );
  });
});

describe('folding names', () => {
  it('compares without case, diacritics, tone placement, spaces, hyphens or dots', () => {
    expect(foldName('Đăk Lăk')).toBe(foldName('Đắk Lắk'));
    expect(foldName('Hoà Bình')).toBe(foldName('Hòa Bình'));
    expect(foldName('Bà Rịa - Vũng Tàu')).toBe(foldName('Bà Rịa-Vũng Tàu'));
    expect(foldName('TP.HCM')).toBe(foldName('TP HCM'));
    expect(foldName('Hà Nam')).not.toBe(foldName('Hà Nội'));
  });

  it('maps written names to their province', () => {
    const set = ruleSetFrom(builtinCompiled().bundle);
    expect(set.places.lookup('Đắc Nông')?.province.name).toBe('Đắk Nông');
    expect(set.places.lookup('DAK LAK')?.province.name).toBe('Đắk Lắk');
    expect(set.places.lookup('Thừa Thiên - Huế')?.province.now.name).toBe('Huế');
    expect(set.places.lookup('TP.HCM')?.province.name).toBe('Hồ Chí Minh');
    expect(set.places.lookup('Hồ Chí Minh')?.unitOnly).toBe(true);
    expect(set.places.lookup('Sài Gòn')).toBeUndefined();
  });
});

/** The built-in province file changed by `edit`, compiled with the other built-in files. */
function compileEdited(edit: (data: Record<string, unknown>) => void): () => unknown {
  const text = readFileSync(join(rulesDir, 'provinces.yaml'), 'utf8');
  const data = parse(text) as Record<string, unknown>;
  edit(data);
  const dir = userRuleDir({ 'provinces.yaml': JSON.stringify(data) });
  const others = builtinCompiled().sources.filter((s) => s.data.type !== 'provinces');
  return () => compileSources([...others, readRuleFile(join(dir, 'provinces.yaml'))]);
}

type Before = { name: string; now: string; variants?: string[] }[];
type Now = { name: string; merged: string[]; source?: string }[];

describe('a broken map is an error naming the file and the entry', () => {
  it('a province of the 63 that belongs to none of the 34', () => {
    const run = compileEdited((d) => {
      (d.before as Before).find((p) => p.name === 'Yên Bái')!.now = 'Yên Bình';
    });
    expect(run).toThrow(/provinces\.yaml: province "Yên Bái": belongs to "Yên Bình", which is not one of the provinces after the merger/);
  });

  it('a unit merged into two provinces', () => {
    const run = compileEdited((d) => {
      (d.now as Now).find((n) => n.name === 'Lào Cai')!.merged.push('Hà Giang');
    });
    expect(run).toThrow(/province "Lào Cai": merges "Hà Giang", already merged into "Tuyên Quang"/);
  });

  it('a spelling that names two provinces', () => {
    const run = compileEdited((d) => {
      (d.before as Before).find((p) => p.name === 'Hà Nam')!.variants = ['Hà Nội'];
    });
    expect(run).toThrow(/provinces\.yaml: province "Hà Nội": a spelling of it also names "Hà Nam"|province "Hà Nam": a spelling of it also names "Hà Nội"/);
  });

  it('a merger without its source', () => {
    const run = compileEdited((d) => {
      delete (d.now as Now).find((n) => n.name === 'Gia Lai')!.source;
    });
    expect(run).toThrow(/provinces\.yaml: now province "Gia Lai" source: /);
  });

  it('a second map in a user folder', () => {
    const dir = userRuleDir({ 'mine.yaml': readFileSync(join(rulesDir, 'provinces.yaml'), 'utf8') });
    expect(() => compileRuleDirs([rulesDir, dir])).toThrow(/mine\.yaml: the province map is already defined in .*provinces\.yaml/);
  });

  it('a user spelling for a province that does not exist, or that names another', () => {
    const unknown = userRuleDir({ 'v.yaml': 'type: provinces\nvariants:\n  Sài Gòn: [SG]\n' });
    expect(() => compileRuleDirs([rulesDir, unknown])).toThrow(/v\.yaml: variants "Sài Gòn": is not one of the provinces before the merger/);
    const clash = userRuleDir({ 'v.yaml': 'type: provinces\nvariants:\n  Hà Nam: [Hà Nội]\n' });
    expect(() => compileRuleDirs([rulesDir, clash])).toThrow(/v\.yaml: variants "Hà Nam": "Hà Nội" already names "Hà Nội"/);
  });
});

describe("a user's folder adds spellings", () => {
  const text = 'Đại hội đại biểu Đảng bộ huyện Đăk Tô lần thứ XIII, nhiệm kỳ 2020 - 2025 khai mạc tại Công Tum.\nCác đại biểu đến từ khắp Công Tum.';

  it('reaches the congresses and the place of the article through the compiled rules', async () => {
    const plain = await extract(text);
    expect(plain.congresses[0].province).toBeNull();
    const dir = userRuleDir({ 'spellings.yaml': 'type: provinces\nvariants:\n  Kon Tum: [Công Tum]\n' });
    const rules = withUserRules(dir);
    const mine = await extract(text, { rules });
    expect(mine.congresses[0]).toMatchObject({ province: 'Kon Tum', provinceNow: 'Quảng Ngãi', level: 'district' });
    expect(mine.place).toMatchObject({ province: 'Kon Tum', provinceNow: 'Quảng Ngãi' });
    expect(mine.place!.evidence.text).toBe('Công Tum');
  });
});
