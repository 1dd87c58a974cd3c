/**
 * A value derived from an object, built the first time it is asked for and
 * kept as long as the object lives: what an extractor derives from its rule
 * list (the rules sorted by their `set:`) or from the vocabulary (patterns
 * built from word tables). Rule sets are loaded once and used for many
 * articles, so the derivation is paid once per rule set, not per article.
 */
export function oncePer<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
