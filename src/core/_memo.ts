/**
 * A bounded memo for pure functions of a string (usually a message text). Campaigns send one template to
 * many people, so the same text comes back again and again; the least recently used entry leaves first.
 * Callers must treat the returned values as read-only: they are shared.
 */
export function memoizeByString<T>(fn: (key: string) => T, size: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) {
      const value = cache.get(key) as T;
      cache.delete(key);
      cache.set(key, value);
      return value;
    }
    const value = fn(key);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}
