/**
 * The province files of a rule set merged into one map, checked whole: every
 * one of the 63 belongs to exactly one of the 34 and is listed among its
 * merged units, no spelling names two provinces (compared loosely), and every
 * merger names its source. A problem is an error naming the file and entry.
 */
import { RuleError } from '../rules/rule-error.js';
import type { ProvinceFile } from '../rules/schema.js';
import { foldName } from '../util/fold-name.js';
import type { PlacesRecord, ProvinceRecord } from './record.js';

export interface ProvinceSource {
  path: string;
  data: ProvinceFile;
}

/** The merged map, or null when no file defines one. */
export function mergePlaces(sources: readonly ProvinceSource[]): PlacesRecord | null {
  const defining = sources.filter((s) => s.data.before || s.data.now || s.data.merger);
  if (defining.length === 0) {
    const extra = sources.find((s) => s.data.variants);
    if (extra) throw new RuleError(extra.path, 'variants', 'no province map to add spellings to (rules/provinces.yaml defines it)');
    return null;
  }
  if (defining.length > 1) {
    throw new RuleError(defining[1].path, '', `the province map is already defined in ${defining[0].path}; a further file may only add variants`);
  }
  const { path, data } = defining[0];
  if (!data.merger || !data.now || !data.before) {
    throw new RuleError(path, '', 'a province map needs `merger`, `now` (the 34) and `before` (the 63)');
  }
  const before: ProvinceRecord[] = data.before.map((p) => ({
    name: p.name,
    kind: p.kind,
    now: p.now,
    variants: [...p.variants],
    unitOnly: [...p.unit_only],
    ...(p.renamed ? { renamed: { ...p.renamed } } : {}),
  }));
  const byName = new Map<string, ProvinceRecord>();
  for (const p of before) {
    if (byName.has(foldName(p.name))) throw new RuleError(path, `province "${p.name}"`, 'listed twice in `before`');
    byName.set(foldName(p.name), p);
  }
  const claimed = checkMap(path, before, data.now);
  // Spellings a file adds, to the province they name, each checked against the others.
  for (const s of sources) {
    for (const [name, spellings] of Object.entries(s.data.variants ?? {})) {
      const p = byName.get(foldName(name));
      if (!p) throw new RuleError(s.path, `variants "${name}"`, 'is not one of the provinces before the merger');
      for (const v of spellings) {
        const other = claimed.get(foldName(v));
        if (other && other !== p.name) throw new RuleError(s.path, `variants "${name}"`, `"${v}" already names "${other}"`);
        claimed.set(foldName(v), p.name);
        p.variants.push(v);
      }
    }
  }
  return { mergerDate: data.merger.date, mergerSource: data.merger.source, before, now: data.now.map((n) => ({ ...n, merged: [...n.merged] })) };
}

/** Checks the map; returns which province each folded spelling names. */
function checkMap(path: string, before: ProvinceRecord[], now: NonNullable<ProvinceFile['now']>): Map<string, string> {
  const nowByName = new Map<string, (typeof now)[number]>();
  for (const n of now) {
    if (nowByName.has(foldName(n.name))) throw new RuleError(path, `province "${n.name}"`, 'listed twice in `now`');
    nowByName.set(foldName(n.name), n);
  }
  // Each of the 63 in exactly one of the 34, both ways round.
  const memberOf = new Map<string, string>();
  for (const n of now) {
    for (const m of n.merged) {
      const k = foldName(m);
      if (!before.some((p) => foldName(p.name) === k)) throw new RuleError(path, `province "${n.name}"`, `merges "${m}", which is not one of the provinces before the merger`);
      const prior = memberOf.get(k);
      if (prior) throw new RuleError(path, `province "${n.name}"`, `merges "${m}", already merged into "${prior}"`);
      memberOf.set(k, n.name);
    }
  }
  for (const p of before) {
    const target = nowByName.get(foldName(p.now));
    if (!target) throw new RuleError(path, `province "${p.name}"`, `belongs to "${p.now}", which is not one of the provinces after the merger`);
    if (memberOf.get(foldName(p.name)) !== target.name) {
      throw new RuleError(path, `province "${p.name}"`, `belongs to "${p.now}", but "${p.now}" does not list it among its merged units`);
    }
    for (const u of p.unitOnly) {
      if (![p.name, ...p.variants].some((v) => foldName(v) === foldName(u))) throw new RuleError(path, `province "${p.name}"`, `unit_only "${u}" is not one of its names`);
    }
  }
  // No spelling may name two provinces.
  const claimed = new Map<string, string>();
  for (const p of before) {
    const names = new Set([p.name, ...p.variants, ...(p.renamed ? [p.renamed.name] : [])].map(foldName));
    for (const k of names) {
      const other = claimed.get(k);
      if (other && other !== p.name) throw new RuleError(path, `province "${p.name}"`, `a spelling of it also names "${other}"`);
      claimed.set(k, p.name);
    }
  }
  // Each of the 34 is written as one of its units is (`Huế`, a spelling of Thừa Thiên Huế).
  for (const n of now) {
    const owner = claimed.get(foldName(n.name));
    if (!owner || !n.merged.some((m) => foldName(m) === foldName(owner))) {
      throw new RuleError(path, `province "${n.name}"`, 'its name is not a spelling of one of the units it was formed from');
    }
  }
  return claimed;
}

/** The first word of every spelling of every province (`Kiên`, `TP`, `BR`), each once. */
export function provinceFirstWords(places: PlacesRecord): string[] {
  const words = new Set<string>();
  for (const p of places.before) {
    for (const s of [p.name, ...p.variants, ...(p.renamed ? [p.renamed.name] : [])]) words.add(s.split(/[\s.-]+/)[0]);
  }
  return [...words];
}
