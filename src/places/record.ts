/**
 * The provinces as the compiled bundle stores them (plain JSON, made from
 * rules/provinces.yaml and any `--rules` variants by `merge.ts`).
 */
export type PlaceKind = 'tỉnh' | 'thành phố';

/** One of the 63 provinces and centrally-run cities before 1 July 2025. */
export interface ProvinceRecord {
  name: string;
  kind: PlaceKind;
  /** Name of the one of the 34 it belongs to from the merger on. */
  now: string;
  /** Spellings other than the name (the name itself is always accepted). */
  variants: string[];
  /** Spellings that name it only after a unit word (`thành phố Hồ Chí Minh`, not the President). */
  unitOnly: string[];
  /** A change of name and kind before the merger (Thừa Thiên Huế → the city Huế, 1 January 2025). */
  renamed?: { name: string; kind: PlaceKind; from: string; source: string };
}

/** One of the 34 from 1 July 2025. */
export interface MergedRecord {
  name: string;
  kind: PlaceKind;
  /** The names of the units of the 63 it was formed from. */
  merged: string[];
  source: string;
}

export interface PlacesRecord {
  /** The day the 34 replace the 63 (YYYY-MM-DD). */
  mergerDate: string;
  mergerSource: string;
  before: ProvinceRecord[];
  now: MergedRecord[];
}
