/**
 * Masking for findings, logs and reports (policy P6): no full phone number, no full body.
 */

const BULLETS = '•••';

/**
 * Masks a phone number, keeping the country code with two more digits and the last four:
 * `+962791234567` → `+96279•••4567`. Shorter inputs keep less; nothing under 7 digits is shown whole.
 *
 * @example maskPhone('+962791234567') // '+96279•••4567'
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const plus = phone.trim().startsWith('+') ? '+' : '';
  if (digits.length >= 11) return `${plus}${digits.slice(0, 5)}${BULLETS}${digits.slice(-4)}`;
  if (digits.length >= 7) return `${plus}${digits.slice(0, 2)}${BULLETS}${digits.slice(-2)}`;
  return `${plus}${BULLETS}`;
}

// Seven or more digits (with the usual separators inside) look like a phone or card number.
const LONG_NUMBER = /\+?\d(?:[ \-.]?\d){6,}/g;

/** Replaces every run of 7+ digits in a short text with its masked form. */
export function maskNumbersIn(text: string): string {
  return text.replace(LONG_NUMBER, (match) => maskPhone(match));
}

export const EXCERPT_RADIUS = 24;
export const EXCERPT_MAX_MATCH = 60;

/**
 * A short excerpt around `[start, end)` of `text`: up to 24 characters either side, the matched part
 * capped at 60, an ellipsis where text was cut, long digit runs masked.
 *
 * @example excerpt('Win a free iPhone now!', [6, 10]) // 'Win a free iPhone now!'
 */
export function excerpt(text: string, span: [number, number], radius = EXCERPT_RADIUS): string {
  const start = Math.max(0, Math.min(span[0], text.length));
  const end = Math.max(start, Math.min(span[1], text.length));
  const matchEnd = Math.min(end, start + EXCERPT_MAX_MATCH);
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, matchEnd + radius);
  // Never cut a surrogate pair in half.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  // Never cut a number in half either: a cut number would escape masking (`…07912` of `0791234567`).
  for (let k = 0; k < MAX_NUMBER_WIDEN && from > 0 && isNumberPart(text, from - 1); k++) from--;
  for (let k = 0; k < MAX_NUMBER_WIDEN && to < text.length && isNumberPart(text, to); k++) to++;
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${maskNumbersIn(body)}${to < text.length ? '…' : ''}`;
}

const MAX_NUMBER_WIDEN = 20;

/** A digit, or a separator between digits, or a `+` before one. */
function isNumberPart(text: string, index: number): boolean {
  const ch = text[index]!;
  if (ch >= '0' && ch <= '9') return true;
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  const digit = (c: string) => c >= '0' && c <= '9';
  if (ch === '+') return digit(after);
  return (ch === ' ' || ch === '-' || ch === '.') && digit(before) && digit(after);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
