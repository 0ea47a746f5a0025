/**
 * SMS segment counting (3GPP TS 23.038 / GSM 03.38).
 *
 * GSM-7 when every character is in the basic set (1 unit) or the extension table (2 units: escape + char):
 * one segment holds 160 units, a concatenated part 153 (a UDH takes the rest). Otherwise UCS-2 in UTF-16
 * units: 70 for one segment, 67 per part. An extension character or a surrogate pair is never split across
 * parts, so a part may hold one unit less than its size.
 */

import { makeIssue } from '../core/_issues.js';
import { PolicyInputError } from '../core/errors.js';

// The GSM 03.38 basic character set, minus ESC (0x1B), which is not a character a user writes.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
// The extension table reached with ESC: form feed, ^ { } \ [ ~ ] | €.
const GSM_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** Message parts; 0 for empty text. */
  segments: number;
  /** Units one part holds: 160/153 for GSM-7, 70/67 for UCS-2. */
  perSegment: number;
}

export const GSM_SINGLE = 160;
export const GSM_PART = 153;
export const UCS2_SINGLE = 70;
export const UCS2_PART = 67;

/** Throws `PolicyInputError` naming `text` unless it is a string (plain JavaScript callers). */
function requireText(text: unknown, name: string): asserts text is string {
  if (typeof text === 'string') return;
  const received = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
  throw new PolicyInputError(
    [
      text === undefined
        ? makeIssue(['text'], 'required')
        : makeIssue(['text'], 'invalid_type', { expected: 'string', received }),
    ],
    `Invalid input to ${name}`,
  );
}

/** True when every character of `text` can be sent in GSM-7. */
export function isGsm7(text: string): boolean {
  requireText(text, 'isGsm7');
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return false;
  return true;
}

/** Units of each character, in order, for the chosen encoding. */
function unitSizes(text: string, gsm: boolean): number[] {
  const sizes: number[] = [];
  for (const ch of text) sizes.push(gsm ? (EXTENSION.has(ch) ? 2 : 1) : ch.length);
  return sizes;
}

function countParts(sizes: number[], perPart: number): number {
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > perPart) {
      parts++;
      used = 0;
    }
    used += size;
  }
  return parts;
}

/**
 * Counts the encoding, units and segments of an SMS body.
 *
 * @example
 * countSegments('Hello'); // { encoding: 'GSM-7', units: 5, segments: 1, perSegment: 160 }
 * countSegments('مرحبا'); // { encoding: 'UCS-2', units: 5, segments: 1, perSegment: 70 }
 */
export function countSegments(text: string): SegmentCount {
  requireText(text, 'countSegments');
  const gsm = isGsm7(text);
  const sizes = unitSizes(text, gsm);
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const single = gsm ? GSM_SINGLE : UCS2_SINGLE;
  const part = gsm ? GSM_PART : UCS2_PART;
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  if (units === 0) return { encoding, units, segments: 0, perSegment: single };
  if (units <= single) return { encoding, units, segments: 1, perSegment: single };
  return { encoding, units, segments: countParts(sizes, part), perSegment: part };
}
