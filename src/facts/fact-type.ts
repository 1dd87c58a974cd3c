/**
 * What a fact type declares, in its own module (`src/extract/<key>.ts`):
 * everything the pipeline, the output contract, the CSV shapes and the
 * consistency check need to know about it. The registry (`registry.ts`)
 * lists the fact types; nothing else names them.
 *
 * zod is imported here for its types only: a fact type's schema is a
 * function that is handed zod, so extracting (the worker thread, the
 * library's `extract`) never loads it — only `vnextract schema`, the rule
 * compiler and the library's schema exports do.
 */
import type { z } from 'zod';
import type { CompiledRule } from '../rules/compiled.js';
import type { ArticleRoot } from '../tree.js';
import type { Doc, ExtractContext, Found } from '../types.js';

/** The output fields every fact carries besides its own (see `schema.ts`). */
export interface ProvenanceShape {
  rule: z.ZodString;
  confidence: z.ZodNumber;
  evidence: z.ZodObject<{ text: z.ZodString; start: z.ZodNumber; end: z.ZodNumber; line: z.ZodNumber; column: z.ZodNumber }>;
}

/** What a schema function is handed: zod, and `fact(shape)` (the shape plus provenance). */
export interface SchemaKit {
  z: typeof z;
  fact<S extends z.ZodRawShape>(shape: S): z.ZodObject<S & ProvenanceShape>;
  /** `YYYY-MM-DD` */
  dayString: z.ZodString;
  /** `YYYY-YYYY` */
  termString: z.ZodString;
}

/** The output of the provenance fields. */
export interface Provenance {
  rule: string;
  confidence: number;
  evidence: { text: string; start: number; end: number; line: number; column: number };
}

/** A schema of one fact: any zod type whose output carries the provenance fields. */
export type FactSchema = z.ZodType<Provenance>;

type ProvenanceKey = keyof ProvenanceShape;
/** One fact as output: its fields, rule, confidence and evidence. */
export type OutputOfSchema<S extends FactSchema> = z.infer<S>;
/** One fact as an extractor produces it: the pipeline adds rule, confidence and evidence. */
export type BareOfSchema<S extends FactSchema> = Omit<z.infer<S>, ProvenanceKey>;

export type Cell = string | number | boolean | null | undefined;
export type Row = Partial<Record<string, Cell>>;

/**
 * A column of `--csv articles`: a cell from the article's facts of this type,
 * or `{ list }`, values joined with spaces. List columns (long, of any
 * length) come after every other fact column, so a sheet stays readable.
 * The whole article is passed too, for a cell that reads this type's facts
 * in the light of another's (the Bí thư of the congress's own body).
 */
export type ArticleColumn<O> =
  | ((facts: readonly O[], article: Readonly<Record<string, unknown>>) => Cell)
  | { list(facts: readonly O[], article: Readonly<Record<string, unknown>>): readonly string[] };

/** A consistency check on the facts of one type: `report` makes a warning with the check's id at a fact. */
export interface Check<F> {
  /** Rule id of its warnings (`consistency/range-order`). */
  id: string;
  run<T extends F>(facts: readonly Found<T>[], report: (reason: string, at: Found<T>) => void): void;
}

export interface FactType<K extends string = string, S extends FactSchema = FactSchema, One extends boolean = false> {
  /** Output key (`targets`), also the `type` of its rule files. */
  key: K;
  /**
   * Keys of the fact types whose results `extract` reads (`ctx.found`; `published`
   * also for `ctx.published`). The run order is derived from them.
   */
  needs: readonly string[];
  /** zod schema of one fact: `fact({ …fields })`, which adds the provenance fields. */
  schema(kit: SchemaKit): S;
  /** One value (the fact or null) rather than a list. */
  single?: One;
  /** For a single-value type: the fact when the text states none (e.g. from an HTML page's metadata). */
  fromPage?(tree: ArticleRoot): OutputOfSchema<S> | null;
  /** Every fact the rules find, in text order; duplicates are fine (the first of equal facts is kept). */
  extract(doc: Doc, rules: readonly CompiledRule[], ctx: ExtractContext): Found<BareOfSchema<S>>[];
  /** Key under which two facts count as the same (defaults to JSON of the fact). */
  identity?(fact: BareOfSchema<S>): string;
  /** Consistency checks on this type's facts of one article. */
  checks?: readonly Check<BareOfSchema<S>>[];
  csv: {
    /** Value of the `type` column of its rows in `--csv facts`. */
    type: string;
    /**
     * Its columns in `--csv facts`, in order; a column another type uses too is
     * shared. New columns go after the columns of the types before it in the
     * registry, or right after `placeAfter` when given.
     */
    columns: readonly string[];
    placeAfter?: string;
    /** Its row of `--csv facts`, or its rows (a leader: one per position). */
    row(fact: OutputOfSchema<S>): Row | readonly Row[];
    /** Columns this type fills in every fact row of the article (the dateline beside each fact), after `path`. */
    everyRow?: Readonly<Record<string, (facts: readonly OutputOfSchema<S>[]) => Cell>>;
  };
  /** Its columns in `--csv articles`, in order. */
  articleColumns?: Readonly<Record<string, ArticleColumn<OutputOfSchema<S>>>>;
}

/** Any fact type, whatever its key and schema (for lists of them). */
// biome-ignore lint/suspicious/noExplicitAny: a list holds fact types of different schemas
export type AnyFactType = FactType<string, any, boolean>;

/** A fact type with its types checked and inferred: `defineFactType({ key: 'mottos', … })`. */
export function defineFactType<K extends string, S extends FactSchema, One extends boolean = false>(
  type: FactType<K, S, One>,
): FactType<K, S, One> {
  return type;
}
