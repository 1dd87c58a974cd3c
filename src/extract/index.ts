/**
 * The extractors, in the order they run. `published` runs first (yearless
 * dates resolve against it), `terms` before `congresses` (a congress takes
 * its term from the article). Adding a fact type means adding a module and a
 * rule file and one line here; the pipeline does not change.
 */
import type { Extractor } from '../types.js';
import { breakthroughs } from './breakthroughs.js';
import { congresses } from './congresses.js';
import { counts } from './counts.js';
import { dates } from './dates.js';
import { published } from './published.js';
import { targets } from './targets.js';
import { terms } from './terms.js';

export const EXTRACTORS: readonly Extractor[] = [
  published,
  terms,
  congresses,
  dates,
  counts,
  breakthroughs,
  targets,
] as Extractor[];
