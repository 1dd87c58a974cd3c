/**
 * Exact and near-duplicate articles across a corpus: a scraper that fetched
 * one story under two addresses, or a page and its print version. Each
 * article gets a signature on the worker (a hash of its words, and a MinHash
 * of its 5-word shingles, 64 values); the main thread keeps the signatures
 * in 16 bands of 4 (locality-sensitive hashing), so an article is compared
 * only with those sharing a band, and memory grows by about 300 bytes per
 * article. MinHash estimates the Jaccard similarity of the shingle sets:
 * two articles with 0.8 of their shingles in common share at least one band
 * with probability 0.9995 (1 - (1 - 0.8^4)^16).
 */

/** Articles with fewer words are not compared (a headline, a caption: alike by nature). */
export const MIN_WORDS = 60;
/** Shingles of this many words. */
const SHINGLE = 5;
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity from which two articles are near-duplicates. */
export const NEAR = 0.8;

export interface Signature {
  /** Two hashes of the article's words in order (case and punctuation aside): equal for exact duplicates. */
  exact: [number, number];
  minhash: Uint32Array;
}

/** 32-bit FNV-1a of a string. */
function fnv(s: string, from = 0x811c9dc5): number {
  let h = from;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The permutations h → a·h + b (mod 2^32), a odd, from a fixed seed: signatures compare across runs and threads. */
const PERM_A = new Uint32Array(HASHES);
const PERM_B = new Uint32Array(HASHES);
{
  let x = 0x9e3779b9;
  const next = () => {
    // xorshift32
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < HASHES; i++) {
    PERM_A[i] = next() | 1;
    PERM_B[i] = next();
  }
}

// @rule-pattern: a run of letters and digits (Unicode), one pass
const WORD = /[\p{L}\p{N}]+/gu;

/** The signature of a normalised text, or null when it is too short to compare. */
export function signatureOf(text: string): Signature | null {
  const words = text.toLowerCase().match(WORD);
  if (!words || words.length < MIN_WORDS) return null;
  const minhash = new Uint32Array(HASHES).fill(0xffffffff);
  const hashes = words.map((w) => fnv(w));
  let exact = 0x811c9dc5;
  let exact2 = 0x01000193;
  for (const h of hashes) {
    exact = Math.imul(exact ^ h, 0x01000193) >>> 0;
    exact2 = Math.imul(exact2 + h, 0x5bd1e995) >>> 0;
  }
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    let s = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) s = Math.imul(s ^ hashes[i + k], 0x01000193);
    s >>>= 0;
    for (let j = 0; j < HASHES; j++) {
      const v = (Math.imul(PERM_A[j], s) + PERM_B[j]) >>> 0;
      if (v < minhash[j]) minhash[j] = v;
    }
  }
  return { exact: [exact, (exact2 ^ words.length) >>> 0], minhash };
}

/** The estimated Jaccard similarity of two signatures' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export interface Duplicate {
  kind: 'exact' | 'near';
  /** The earlier article it repeats. */
  of: string;
  /** Estimated similarity (1 for an exact duplicate). */
  similarity: number;
}

/** A band's four values as one small integer (a V8 Smi: no allocation as a Map key). */
function bandKey(m: Uint32Array, b: number): number {
  let h = 0x811c9dc5 ^ b;
  for (let i = b * ROWS; i < b * ROWS + ROWS; i++) h = Math.imul(h ^ m[i], 0x01000193);
  return (h >>> 1) & 0x3fffffff;
}

/**
 * The articles seen so far, stored compactly (signatures in one growing
 * array, bands as maps from small integers). `add` returns the earlier
 * article the new one repeats (exactly, else the most similar one at or
 * above NEAR), or null.
 */
export class DuplicateIndex {
  private readonly bands: Map<number, number | number[]>[] = Array.from({ length: BANDS }, () => new Map());
  private readonly paths: string[] = [];
  private store = new Uint32Array(1024 * (HASHES + 2));

  add(path: string, sig: Signature): Duplicate | null {
    const keys = Array.from({ length: BANDS }, (_, b) => bandKey(sig.minhash, b));
    let best = -1;
    let bestSim = 0;
    const seen = new Set<number>();
    keys.forEach((key, b) => {
      const at = this.bands[b].get(key);
      for (const other of at === undefined ? [] : typeof at === 'number' ? [at] : at) {
        if (seen.has(other)) continue;
        seen.add(other);
        const sim = this.similarityTo(other, sig.minhash);
        if (sim > bestSim || (sim === bestSim && this.isExact(other, sig))) {
          best = other;
          bestSim = sim;
        }
      }
    });
    if (best >= 0 && this.isExact(best, sig)) return { kind: 'exact', of: this.paths[best], similarity: 1 };
    if (best >= 0 && bestSim >= NEAR) return { kind: 'near', of: this.paths[best], similarity: bestSim };
    // A duplicate is not indexed itself: the next copy is reported against the first.
    const id = this.paths.length;
    this.paths.push(path);
    const width = HASHES + 2;
    if ((id + 1) * width > this.store.length) {
      const grown = new Uint32Array(this.store.length * 2);
      grown.set(this.store);
      this.store = grown;
    }
    this.store.set(sig.minhash, id * width);
    this.store[id * width + HASHES] = sig.exact[0];
    this.store[id * width + HASHES + 1] = sig.exact[1];
    keys.forEach((key, b) => {
      const at = this.bands[b].get(key);
      if (at === undefined) this.bands[b].set(key, id);
      else if (typeof at === 'number') this.bands[b].set(key, [at, id]);
      // A band shared by very many articles (a common boilerplate run) adds nothing but work.
      else if (at.length < 32) at.push(id);
    });
    return null;
  }

  private similarityTo(other: number, m: Uint32Array): number {
    const base = other * (HASHES + 2);
    let same = 0;
    for (let i = 0; i < HASHES; i++) if (this.store[base + i] === m[i]) same++;
    return same / HASHES;
  }

  private isExact(other: number, sig: Signature): boolean {
    const base = other * (HASHES + 2) + HASHES;
    return this.store[base] === sig.exact[0] && this.store[base + 1] === sig.exact[1];
  }
}
