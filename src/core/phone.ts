/**
 * The phone-number primitive the message schema needs. Full metadata ("max") so the number type
 * (mobile or not) is known; the text toolkit builds `normalizePhone` on top of this.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { makeIssue } from './_issues.js';
import { PolicyInputError } from './errors.js';
import type { Recipient } from './types.js';

const ARABIC_INDIC_ZERO = 0x0660;
const EASTERN_ARABIC_INDIC_ZERO = 0x06f0;

/** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits to ASCII. */
export function asciiDigits(input: string): string {
  if (typeof input !== 'string') {
    throw new PolicyInputError(
      [
        input === undefined
          ? makeIssue(['input'], 'required')
          : makeIssue(['input'], 'invalid_type', {
              expected: 'string',
              received: input === null ? 'null' : typeof input,
            }),
      ],
      'Invalid input to asciiDigits',
    );
  }
  return input.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const base = code >= EASTERN_ARABIC_INDIC_ZERO ? EASTERN_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - base);
  });
}

export interface ParsedPhone extends Recipient {
  /** libphonenumber-js number type, e.g. `MOBILE`, `FIXED_LINE`, `FIXED_LINE_OR_MOBILE`. */
  type?: string;
  /** Digits after the country calling code. */
  nationalNumber: string;
  /** False when the number is possible for its country but in no allocated range. */
  allocated: boolean;
}

export interface ParsePhoneOptions {
  /**
   * Also return numbers that are possible but not allocated (`allocated: false`), as the message schema does so
   * that the number rules can report them. Default false: such numbers are `null`.
   */
  allowUnallocated?: boolean;
}

const MAX_PHONE_INPUT = 64;

// Parsing with full metadata costs ~10 µs; a message's number is parsed by the schema and again by stores
// (from its E.164 form), so recent results are kept. Bounded; cleared when full.
const PARSE_CACHE_LIMIT = 8_192;
const parseCache = new Map<string, ParsedPhone | null>();

/** Parses a number in any common format; `null` when it is not a valid number (see `allowUnallocated`). */
export function parsePhone(input: string, defaultRegion = 'JO', options: ParsePhoneOptions = {}): ParsedPhone | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_PHONE_INPUT) return null;
  // Plain Jordanian mobiles are answered by one regex, cheaper than the cache (a campaign's numbers are
  // mostly distinct, so caching them would only churn the map).
  const fast = parseJordanMobileFast(input, defaultRegion);
  if (fast) return fast;
  const key = `${defaultRegion}|${input}`;
  let parsed = parseCache.get(key);
  if (parsed === undefined) {
    parsed = parsePossible(input, defaultRegion);
    if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.clear();
    parseCache.set(key, parsed);
    // The E.164 form parses to the same number in any region: remember it too.
    if (parsed) parseCache.set(`${defaultRegion}|${parsed.e164}`, parsed);
  }
  if (parsed === null || (!parsed.allocated && options.allowUnallocated !== true)) return null;
  return { ...parsed };
}

// Jordanian mobiles (most of this library's traffic) in their plain written forms are recognised without the
// full parser, with the national pattern libphonenumber's metadata gives for JO mobiles 77/78/79
// (`7(?:[29]\d|[78][0-25-9])\d{6}`, of which 79, 77 and 78 here; test/text/phone.test.ts checks the two agree). Anything else — spaces,
// other prefixes, 711/427 — takes the full path.
const JO_MOBILE_FAST = /^(?:\+962|00962|0)?(7(?:9\d|[78][0-25-9])\d{6})$/;

/** The fast answer for a plain Jordanian mobile number, or `undefined` to use the full parser. */
export function parseJordanMobileFast(input: string, defaultRegion: string): ParsedPhone | undefined {
  const match = JO_MOBILE_FAST.exec(input);
  if (!match) return undefined;
  if (defaultRegion !== 'JO' && !input.startsWith('+962')) return undefined;
  const national = match[1]!;
  return {
    e164: `+962${national}`,
    country: 'JO',
    mobile: true,
    nationalNumber: national,
    type: 'MOBILE',
    allocated: true,
  };
}

/** The full libphonenumber-js parse of a valid number (exported for the test that keeps the fast path honest). */
export function parseFull(input: string, defaultRegion: string): ParsedPhone | null {
  const parsed = parsePossible(input, defaultRegion);
  return parsed?.allocated ? parsed : null;
}

/** The full parse of any possible number; `allocated` says whether it is also valid. */
function parsePossible(input: string, defaultRegion: string): ParsedPhone | null {
  const cleaned = asciiDigits(input).trim();
  const parsed = parsePhoneNumberFromString(cleaned, { defaultCountry: defaultRegion as CountryCode, extract: false });
  if (!parsed) return null;
  if (!parsed.isValid()) {
    if (!parsed.isPossible()) return null;
    // Not allocated: the country is the calling code's (its main country when it serves several).
    return {
      e164: parsed.number,
      country: parsed.country ?? parsed.getPossibleCountries()[0] ?? 'ZZ',
      mobile: false,
      nationalNumber: parsed.nationalNumber,
      allocated: false,
    };
  }
  const type = parsed.getType();
  const result: ParsedPhone = {
    e164: parsed.number,
    country: parsed.country ?? 'ZZ',
    mobile: type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE',
    nationalNumber: parsed.nationalNumber,
    allocated: true,
  };
  if (type) result.type = type;
  return result;
}

// 7 to 15 digits, optionally written with spaces or dashes between them, not inside a longer digit run.
// Each repetition consumes one digit, so the pattern stays linear.
const PHONE = /(?<![\d.,])\+?\d(?:[ -]?\d){6,14}(?![\d.,/]?\d)/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Phone numbers written in a text (7–15 digits, any digit system, spaces or dashes between them; dates and
 * short codes are not numbers): spans into the original, since `asciiDigits` keeps one unit per digit.
 * Shared by the country packs' link-and-number rules; phrase-like detection that belongs in text/ later.
 *
 * @example
 * findPhoneNumbers('Call +971 50 123 4567, or send B to 7726'); // [[5, 21]]
 */
export function findPhoneNumbers(text: string): Array<[number, number]> {
  const digits = asciiDigits(text);
  const spans: Array<[number, number]> = [];
  for (const match of digits.matchAll(PHONE)) {
    if (DATE.test(match[0])) continue;
    spans.push([match.index, match.index + match[0].length]);
    if (spans.length >= 10) break;
  }
  return spans;
}
