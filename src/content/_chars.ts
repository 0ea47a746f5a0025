/** Character classes shared by the views and the matcher. */

const ARABIC_WORD_CACHE = new Map<number, boolean>();

export function isArabicLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || (code >= 0x06fa && code <= 0x06ff);
}

export function isLatinOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

/** A letter or digit of any script. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return isLatinOrDigit(code);
  if (isArabicLetter(code) || (code >= 0x0660 && code <= 0x0669)) return true;
  let known = ARABIC_WORD_CACHE.get(code);
  if (known === undefined) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
    if (ARABIC_WORD_CACHE.size < 4_096) ARABIC_WORD_CACHE.set(code, known);
  }
  return known;
}

/** Builds a string from the first `length` UTF-16 units of a buffer. */
export function toText(codes: Uint16Array, length: number): string {
  let result = '';
  for (let i = 0; i < length; i += 8_192)
    result += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8_192)));
  return result;
}
