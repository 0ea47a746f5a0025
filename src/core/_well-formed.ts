/**
 * Well-formed text for storage. UTF-8 (PostgreSQL, SQLite, Redis, files) has no form for an unpaired surrogate,
 * and PostgreSQL refuses NUL in text and JSONB alike. Evidence (an inbound reply, a consent text) is kept as
 * given, except that these become U+FFFD and a cut never splits a surrogate pair: then every store keeps the
 * same thing, and an opt-out can never fail on what the reply held.
 */

const REPLACEMENT = '\uFFFD';
// An unpaired surrogate or a NUL; one character of look-around: linear.
const NOT_STORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/** `text` with every unpaired surrogate and NUL replaced by U+FFFD. */
export function toStorableText(text: string): string {
  NOT_STORABLE.lastIndex = 0;
  return NOT_STORABLE.test(text) ? text.replace(NOT_STORABLE, REPLACEMENT) : text;
}

/** The first `max` UTF-16 units of `text` (one less when the cut would split a surrogate pair), storable. */
export function cutStorableText(text: string, max: number): string {
  let end = Math.min(text.length, max);
  if (end < text.length && end > 0) {
    const last = text.charCodeAt(end - 1);
    const next = text.charCodeAt(end);
    if (last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end--;
  }
  return toStorableText(text.slice(0, end));
}

/** A copy of a JSON-like value with every string (object keys included) storable. */
export function toStorableValue<T>(value: T): T {
  if (typeof value === 'string') return toStorableText(value) as T;
  if (Array.isArray(value)) return value.map((item) => toStorableValue(item)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[toStorableText(key)] = toStorableValue(item);
    return out as T;
  }
  return value;
}
