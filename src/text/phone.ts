/**
 * Phone numbers: E.164 normalisation (libphonenumber-js, full metadata) and Jordan's mobile operators.
 */
import { parsePhone } from '../core/phone.js';
import type { Recipient } from '../core/types.js';
import { JORDAN_MOBILE_PREFIXES, type JordanOperator } from './data/jordan-operators.js';

export interface NormalizedPhone extends Recipient {
  /** libphonenumber-js type (`MOBILE`, `FIXED_LINE`, ...), when known. */
  type?: string;
  /** For Jordanian mobiles: the operator that holds the prefix (numbers can be ported; see the data file). */
  operator?: JordanOperator;
}

/**
 * Parses a number in any common format (spaces, dashes, `00` or `+`, Arabic-Indic digits) to E.164;
 * `null` when it is not a valid number.
 *
 * @example
 * normalizePhone('079 123 4567'); // { e164: '+962791234567', country: 'JO', mobile: true, type: 'MOBILE', operator: 'Zain' }
 */
export function normalizePhone(input: string, defaultRegion = 'JO'): NormalizedPhone | null {
  const parsed = parsePhone(input, defaultRegion);
  if (!parsed) return null;
  const result: NormalizedPhone = { e164: parsed.e164, country: parsed.country, mobile: parsed.mobile };
  if (parsed.type) result.type = parsed.type;
  const operator = jordanOperator(parsed.e164);
  if (operator) result.operator = operator;
  return result;
}

/** The operator a Jordanian mobile number's prefix was allocated to, or `undefined`. */
export function jordanOperator(e164: string): JordanOperator | undefined {
  if (!e164.startsWith('+9627') || e164.length !== 13) return undefined;
  return JORDAN_MOBILE_PREFIXES[e164.slice(4, 6)];
}

/** True for a Jordanian mobile number: +962 7x xxx xxxx with a known operator prefix. */
export function isJordanianMobile(e164: string): boolean {
  return jordanOperator(e164) !== undefined;
}
