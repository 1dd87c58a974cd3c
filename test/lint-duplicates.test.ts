/** Duplicate detection across a corpus: exact copies, near copies, and articles that only share their topic. */
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, MIN_WORDS, signatureOf, similarity } from '../src/lint/duplicates.js';

/** A text of `n` distinct words built from a seed (no two seeds share a 5-word run). */
function words(seed: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `${seed}${(i * 7919) % 10007}`).join(' ');
}
const sig = (text: string) => {
  const s = signatureOf(text);
  if (!s) throw new Error('too short to sign');
  return s;
};

describe('duplicate signatures', () => {
  it('gives no signature to a text too short to compare', () => {
    expect(signatureOf(words('w', MIN_WORDS - 1))).toBeNull();
    expect(signatureOf(words('w', MIN_WORDS))).not.toBeNull();
  });

  it('estimates the share of 5-word runs two texts have in common', () => {
    const base = words('đại', 400);
    const edited = base.split(' ');
    edited[100] = 'khác';
    edited[300] = 'mới';
    const near = similarity(sig(base).minhash, sig(edited.join(' ')).minhash);
    expect(near).toBeGreaterThan(0.9); // 10 of 396 runs changed
    const half = `${base.split(' ').slice(0, 200).join(' ')} ${words('hội', 200)}`;
    const mid = similarity(sig(base).minhash, sig(half).minhash);
    expect(mid).toBeGreaterThan(0.2);
    expect(mid).toBeLessThan(0.55); // 196 of 596 distinct runs shared: about a third
    expect(similarity(sig(base).minhash, sig(words('xã', 400)).minhash)).toBeLessThan(0.1);
  });

  it('reports an exact copy (spacing and punctuation aside) and a near copy against the first, and nothing else', () => {
    const index = new DuplicateIndex();
    const first = words('tỉnh', 300);
    expect(index.add('a.txt', sig(first))).toBeNull();
    expect(index.add('b.txt', sig(words('huyện', 300)))).toBeNull();
    expect(index.add('c.txt', sig(first.replace(/ /g, ',  ')))).toEqual({ kind: 'exact', of: 'a.txt', similarity: 1 });
    const edited = first.split(' ');
    edited[150] = 'sửa';
    expect(index.add('d.txt', sig(edited.join(' ')))).toMatchObject({ kind: 'near', of: 'a.txt' });
    expect(index.add('e.txt', sig(words('xã', 300)))).toBeNull();
  });
});
