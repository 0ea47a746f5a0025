/**
 * Masking for findings, errors, logs and reports (policy P6): no full phone or card number, in any digit system,
 * no e-mail address in an error text, no piece of the body in an error text.
 *
 * Every domain that shows a piece of a message calls these (rules through `ctx.excerpt` / `ctx.maskPhone`):
 * `excerpt` for evidence, `maskNumbersIn` for any other short text, `safeErrorText` for the text of an error
 * that may have seen the message. All of them are linear in their input.
 */
import { makeIssue } from './_issues.js';
import { PolicyInputError } from './errors.js';

const BULLETS = '•••';

function requireString(value: unknown, name: string, path: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new PolicyInputError(
      [makeIssue([path], 'invalid_type', { expected: 'string', received: value === null ? 'null' : typeof value })],
      `Invalid input to ${name}`,
    );
  }
}

// Unicode decimal digits (Nd) come in runs of ten, 0 to 9 in order, so a digit's value is its distance from the
// start of its run, modulo ten (some runs, such as the mathematical digits, sit back to back).
const DECIMAL_DIGIT = /\p{Nd}/u;
const digitValues = new Map<number, number>();

/** The value 0-9 of one decimal digit of any script (`٧` → 7, `۷` → 7, `７` → 7), or -1 for anything else. */
export function digitValue(ch: string): number {
  const code = ch.codePointAt(0) ?? -1;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x80 || !DECIMAL_DIGIT.test(ch)) return -1;
  let value = digitValues.get(code);
  if (value === undefined) {
    let run = 0;
    while (run < 100 && DECIMAL_DIGIT.test(String.fromCodePoint(code - run - 1))) run++;
    value = run % 10;
    digitValues.set(code, value);
  }
  return value;
}

/** The digits of a text as ASCII, in order, whatever their script (separators and letters dropped). */
function asciiDigitsOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const value = digitValue(ch);
    if (value >= 0) out += String(value);
  }
  return out;
}

/**
 * Masks a phone number, keeping the country code with two more digits and the last four:
 * `+962791234567` → `+96279•••4567`. Shorter inputs keep less; nothing under 7 digits is shown whole.
 * Digits of any script count (`+٩٦٢٧٩١٢٣٤٥٦٧` → `+96279•••4567`); the masked form is written in ASCII digits.
 *
 * @example maskPhone('+962791234567') // '+96279•••4567'
 */
export function maskPhone(phone: string): string {
  requireString(phone, 'maskPhone', 'phone');
  // Fast path for the E.164 form every checked message carries: no scan by script, no copy of the digits.
  if (phone.length >= 12 && phone.charCodeAt(0) === 43 && allDigits(phone, 1)) {
    return `+${phone.slice(1, 6)}${BULLETS}${phone.slice(-4)}`;
  }
  const digits = asciiDigitsOf(phone);
  const plus = /^\s*[+\uFF0B]/.test(phone) ? '+' : '';
  if (digits.length >= 11) return `${plus}${digits.slice(0, 5)}${BULLETS}${digits.slice(-4)}`;
  if (digits.length >= 7) return `${plus}${digits.slice(0, 2)}${BULLETS}${digits.slice(-2)}`;
  return `${plus}${BULLETS}`;
}

/** True for a card-number-like run: 13 to 19 digits that pass the Luhn check. */
function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function allDigits(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A card number shows its last four digits only (the most PCI DSS lets a display keep): `•••• 1234`. */
function maskCard(digits: string): string {
  return `••••${digits.slice(-4)}`;
}

// Characters that may sit between the digits of one written number: spaces of every width, bidi and zero-width
// marks (which also hide numbers from naive filters), dashes, dots, slashes and brackets. At most three in a row
// (`079 - 123 - 4567`).
const MAX_SEPARATORS = 3;
const NUMBER_SEPARATOR =
  '[\\s\\u00AD\\u061C\\u200B-\\u200F\\u2010-\\u2015\\u202A-\\u202E\\u2060-\\u2064\\uFEFF\\-./()]';
// Seven or more digits of any script (with separators inside) look like a phone or card number. Separators and
// digits are disjoint, so each repetition is decided by one character: linear.
const LONG_NUMBER = new RegExp(`[+\\uFF0B]?\\p{Nd}(?:${NUMBER_SEPARATOR}{0,${MAX_SEPARATORS}}\\p{Nd}){6,}`, 'gu');

function maskNumber(match: string): string {
  const digits = asciiDigitsOf(match);
  return isCardNumber(digits) ? maskCard(digits) : maskPhone(match);
}

/**
 * Replaces every written number of 7 or more digits in a text with its masked form: phone numbers in any digit
 * system, spaced or dashed (`٠٧٩ ١٢٣ ٤٥٦٧`, `+962-79-123-4567`) as `maskPhone` does, card numbers (13 to 19
 * digits passing the Luhn check) down to their last four. Shorter numbers (prices, codes) stay.
 *
 * @example maskNumbersIn('call 079 123 4567') // 'call 07•••67'
 */
export function maskNumbersIn(text: string): string {
  requireString(text, 'maskNumbersIn', 'text');
  return text.replace(LONG_NUMBER, maskNumber);
}

const EMAIL_LOCAL = /[\p{L}\p{N}._%+\-'!#$&*=?^`{|}~]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}\-.]/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/**
 * Masks e-mail addresses: the local part keeps its first character (`jane.doe@example.com` → `j•••@example.com`).
 * Each `@` is looked at once, with bounded scans either side, so the cost is linear in the text.
 */
export function maskEmailsIn(text: string): string {
  requireString(text, 'maskEmailsIn', 'text');
  if (!text.includes('@')) return text;
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > copied && at - start < MAX_LOCAL && EMAIL_LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && EMAIL_DOMAIN.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(at + 1, end);
    if (start === at || !/[^.]\.[^.]/.test(domain)) continue;
    out += `${text.slice(copied, start)}${text[start]}${BULLETS}@${domain}`;
    copied = end;
    at = end - 1;
  }
  return out + text.slice(copied);
}

// Error texts: any run of this many characters that also occurs in the body is taken out.
const BODY_PIECE = 8;
const MAX_ERROR_SCAN = 600;
export const MAX_ERROR_TEXT = 200;

/** Marks every `[start, end)` of `text` covered by a piece of `body` at least BODY_PIECE long; merged, in order. */
function bodyPieces(text: string, body: string): Array<[number, number]> {
  if (text.length < BODY_PIECE || body.length < BODY_PIECE) return [];
  // The error text is short (capped), the body may be long: index the text's pieces, then walk the body once.
  const pieces = new Map<string, number[]>();
  for (let i = 0; i + BODY_PIECE <= text.length; i++) {
    const piece = text.slice(i, i + BODY_PIECE);
    const at = pieces.get(piece);
    if (at) at.push(i);
    else pieces.set(piece, [i]);
  }
  const covered = new Uint8Array(text.length);
  let any = false;
  for (let j = 0; j + BODY_PIECE <= body.length; j++) {
    const at = pieces.get(body.slice(j, j + BODY_PIECE));
    if (!at) continue;
    any = true;
    for (const i of at) covered.fill(1, i, i + BODY_PIECE);
    pieces.delete(body.slice(j, j + BODY_PIECE));
  }
  if (!any) return [];
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (!covered[i]) continue;
    let end = i;
    while (end < text.length && covered[end]) end++;
    ranges.push([i, end]);
    i = end;
  }
  return ranges;
}

/** Cuts a text to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/**
 * The text of an error, safe to put in a finding, a log line or a report: any piece of `body` (8 characters or
 * more) replaced by `[…]`, phone and card numbers masked (any digit system, spaced or dashed), e-mail addresses
 * masked, at most 200 characters. Store and rule errors can echo keys, values or the message itself.
 *
 * @example safeErrorText(new Error('no route to 0791234567 for jane@example.com')) // 'no route to 07•••67 for j•••@example.com'
 */
export function safeErrorText(error: unknown, body?: string): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message : String(error);
  } catch {
    text = 'unprintable error';
  }
  if (typeof text !== 'string') text = 'unprintable error';
  text = text.length > MAX_ERROR_SCAN ? text.slice(0, MAX_ERROR_SCAN) : text;
  if (typeof body === 'string') {
    const ranges = bodyPieces(text, body);
    if (ranges.length > 0) {
      let out = '';
      let last = 0;
      for (const [start, end] of ranges) {
        out += `${text.slice(last, start)}[…]`;
        last = end;
      }
      text = out + text.slice(last);
    }
  }
  return cut(maskEmailsIn(maskNumbersIn(text.replace(/\s+/g, ' '))), MAX_ERROR_TEXT);
}

export const EXCERPT_RADIUS = 24;
export const EXCERPT_MAX_MATCH = 60;

/**
 * A short excerpt around `[start, end)` of `text`: up to 24 characters either side, the matched part
 * capped at 60, an ellipsis where text was cut, phone and card numbers masked (`maskNumbersIn`). This is the one
 * function evidence excerpts go through (rules reach it as `ctx.excerpt`).
 *
 * @example excerpt('Win a free iPhone now!', [6, 10]) // 'Win a free iPhone now!'
 */
export function excerpt(text: string, span: [number, number], radius = EXCERPT_RADIUS): string {
  requireString(text, 'excerpt', 'text');
  if (!Array.isArray(span) || typeof span[0] !== 'number' || typeof span[1] !== 'number') {
    throw new PolicyInputError(
      [makeIssue(['span'], 'invalid_type', { expected: '[start, end]', received: typeof span })],
      'Invalid input to excerpt',
    );
  }
  const start = Math.max(0, Math.min(span[0] || 0, text.length));
  const end = Math.max(start, Math.min(span[1] || 0, text.length));
  const matchEnd = Math.min(end, start + EXCERPT_MAX_MATCH);
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, matchEnd + radius);
  // Never cut a surrogate pair in half.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  // Never cut a number in half either: a cut number would escape masking (`…07912` of `0791234567`).
  for (let k = 0; k < MAX_NUMBER_WIDEN && from > 0 && isNumberPart(text, from - 1); k++) from--;
  for (let k = 0; k < MAX_NUMBER_WIDEN && to < text.length && isNumberPart(text, to); k++) to++;
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${maskNumbersIn(body)}${to < text.length ? '…' : ''}`;
}

// A number written with separators is at most ~19 digits and as many separators; widen a little further.
const MAX_NUMBER_WIDEN = 48;
const SEPARATOR_CHAR = new RegExp(`^${NUMBER_SEPARATOR}$`, 'u');

/** The digit (any script) at `index`, or the low half of a non-BMP digit. */
function isDigitAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0x30 && code <= 0x39) return true;
  if (code < 0x80) return false;
  if (isLowSurrogate(code)) return index > 0 && digitValue(text.slice(index - 1, index + 1)) >= 0;
  if (isHighSurrogate(code)) return digitValue(text.slice(index, index + 2)) >= 0;
  return digitValue(text[index]!) >= 0;
}

/** A digit, or one of up to three separators between digits, or a `+` before one. */
function isNumberPart(text: string, index: number): boolean {
  if (isDigitAt(text, index)) return true;
  const ch = text[index]!;
  if (ch === '+' || ch === '\uFF0B') return isDigitAt(text, index + 1);
  if (!SEPARATOR_CHAR.test(ch)) return false;
  return digitWithin(text, index, -1) && digitWithin(text, index, 1);
}

/** True when a digit follows `index` in `direction` with only separators (at most three in all) between. */
function digitWithin(text: string, index: number, direction: 1 | -1): boolean {
  for (let step = 1; step <= MAX_SEPARATORS; step++) {
    const at = index + direction * step;
    if (isDigitAt(text, at)) return true;
    if (!SEPARATOR_CHAR.test(text[at] ?? '')) return false;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
