/**
 * A bounded memo for pure functions of a string (usually a message text). Campaigns send one template to
 * many people, so the same text comes back again and again. Eviction is first-in first-out: a hit costs one
 * lookup and never reorders the map (reordering on every hit measurably slowed 1M-message campaigns).
 * Callers must treat the returned values as read-only: they are shared.
 */
export function memoizeByString<T>(fn: (key: string) => T, size: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as T;
    const value = fn(key);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}
