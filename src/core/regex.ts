/** The one regex escape: a literal text as a pattern that matches exactly that text. */

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * Escapes every character with a meaning in a regular expression (valid with and without the `u` flag).
 *
 * @example new RegExp(`^${escapeRegExp('a.b')}$`).test('axb'); // false
 */
export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}
