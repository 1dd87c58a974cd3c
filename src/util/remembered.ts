/**
 * `f`, remembering its answers: the same names, titles and words come back
 * from article to article, and a lookup costs a fraction of computing again.
 * The memory is bounded (forgotten whole when full).
 */
export function remembered(f: (s: string) => string, limit = 4096): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size >= limit) seen.clear();
      seen.set(s, (v = f(s)));
    }
    return v;
  };
}
