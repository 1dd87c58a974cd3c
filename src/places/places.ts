/**
 * The provinces as the extractors read them: a written name to its province
 * (compared loosely, see `foldName`), and a province's name at a given time
 * (one of the 63 before the merger, with Thừa Thiên Huế renamed Huế on
 * 1 January 2025; one of the 34 from the merger on).
 */
import { foldName } from '../util/fold-name.js';
import type { PlaceKind, PlacesRecord, ProvinceRecord } from './record.js';

export interface PlaceName {
  name: string;
  kind: PlaceKind;
}

/** One of the 63, with the one of the 34 it belongs to. */
export interface Province extends PlaceName {
  now: PlaceName;
  renamed?: PlaceName & { from: string };
}

export interface NameHit {
  province: Province;
  /** The spelling names the province only after a unit word (`thành phố Hồ Chí Minh`). */
  unitOnly: boolean;
}

export class Places {
  private readonly byKey = new Map<string, NameHit>();
  /** Every folded spelling's beginnings at its word ends (`kien`, `kiengiang`). */
  private readonly prefixes = new Set<string>();
  /** The most words any spelling has (the scanner tries no longer runs). */
  readonly maxWords: number;
  readonly mergerDate: string | null;
  readonly provinces: readonly Province[];

  constructor(record: PlacesRecord | null | undefined) {
    this.mergerDate = record?.mergerDate ?? null;
    const nowOf = new Map((record?.now ?? []).map((n) => [foldName(n.name), { name: n.name, kind: n.kind }]));
    const provinces: Province[] = [];
    let maxWords = 0;
    for (const p of record?.before ?? []) {
      const province: Province = {
        name: p.name,
        kind: p.kind,
        now: nowOf.get(foldName(p.now)) ?? { name: p.now, kind: p.kind },
        ...(p.renamed ? { renamed: { name: p.renamed.name, kind: p.renamed.kind, from: p.renamed.from } } : {}),
      };
      provinces.push(province);
      const unitOnly = new Set(p.unitOnly.map(foldName));
      for (const spelling of spellings(p)) {
        const k = foldName(spelling);
        if (!this.byKey.has(k)) this.byKey.set(k, { province, unitOnly: unitOnly.has(k) });
        const words = spelling.split(/[\s.-]+/).filter(Boolean);
        maxWords = Math.max(maxWords, words.length);
        let prefix = '';
        for (const w of words) this.prefixes.add((prefix += foldName(w)));
      }
    }
    this.provinces = provinces;
    this.maxWords = maxWords;
  }

  /** The province a written name stands for, compared loosely. */
  lookup(written: string): NameHit | undefined {
    return this.byKey.get(foldName(written));
  }

  /** `lookup` of a name already folded (`foldName`). */
  lookupFolded(key: string): NameHit | undefined {
    return this.byKey.get(key);
  }

  /** Whether some spelling, folded, starts with `key` (a reader of words stops when none does). */
  isPrefix(key: string): boolean {
    return this.prefixes.has(key);
  }

  /** Whether any provinces are known (a rule set without rules/provinces.yaml has none). */
  get empty(): boolean {
    return this.byKey.size === 0;
  }

  /**
   * The province's name and kind at a time: `after` the merger, the one of
   * the 34 it belongs to; before it, its own, renamed from the day of a
   * renaming on (`day` YYYY-MM-DD, YYYY-MM, or null when unknown).
   */
  at(p: Province, day: string | null, after: boolean): PlaceName {
    if (after) return p.now;
    if (p.renamed && day !== null && dayStart(day) >= p.renamed.from) return { name: p.renamed.name, kind: p.renamed.kind };
    return { name: p.name, kind: p.kind };
  }

  /** Whether `day` is on or after the merger. */
  isAfterMerger(day: string): boolean {
    return this.mergerDate !== null && dayStart(day) >= this.mergerDate;
  }
}

/** `2025-07` → `2025-07-01`, so a month compares with days. */
const dayStart = (day: string): string => (day.length === 7 ? `${day}-01` : day.length === 4 ? `${day}-01-01` : day);

function spellings(p: ProvinceRecord): string[] {
  return [p.name, ...p.variants, ...(p.renamed ? [p.renamed.name] : [])];
}
