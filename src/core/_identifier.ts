/**
 * Free-text identifiers (account, sender ID, campaign id): their documented maxima, and the rule that they be
 * well-formed text. SQL databases, Redis and JSON store text as UTF-8, which has no encoding for an unpaired
 * surrogate: the drivers write U+FFFD instead, so two different identifiers would become one stored value and a
 * lookup with the original could never find what was written. NUL is refused by PostgreSQL outright, and no real
 * tenant or sender name holds control characters. Such identifiers are input errors, named by field.
 */
import { z } from 'zod';

/** Longest `account` (the tenant), in UTF-16 units after trimming. */
export const MAX_ACCOUNT_LENGTH = 200;
/** Longest `senderId`; regulators allow far less (Jordan: 11), the room is for other networks' formats. */
export const MAX_SENDER_ID_LENGTH = 64;
/** Longest `campaignId`. */
export const MAX_CAMPAIGN_ID_LENGTH = 200;

// An unpaired surrogate, or a C0/C1 control character (tab, newline and the like included): linear, one
// character of look-around.
const MALFORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u001F\u007F-\u009F]/;

/** True when a string is well-formed Unicode with no control characters. */
export function isWellFormedIdentifier(value: string): boolean {
  return !MALFORMED.test(value);
}

/** A zod schema for an identifier: a trimmed non-empty string of at most `max` units, well-formed. */
export function identifierSchema(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(isWellFormedIdentifier, { params: { code: 'invalid_text' } });
}
