/**
 * Reading the `adv` prefix off a sender ID in the forms vendors use: "adv Acme", "adv-Acme", "adv_Acme",
 * "adv.Acme", "advAcme", "ADV" — compared case-insensitively, but a glued prefix needs a visible break
 * (a capital or digit after a non-capital "adv") so brands like "Advance" or "Adventure" are not read as
 * promotional.
 */

export type AdvPrefixForm = 'bare' | 'separated' | 'joined' | 'ambiguous';

export interface AdvPrefix {
  form: AdvPrefixForm;
  /** The prefix as written, e.g. `adv`, `ADV-`. */
  written: string;
  /** What follows the prefix and its separator (the brand). */
  brand: string;
}

const SEPARATOR = /^[\s\-_.]+/;

/**
 * Finds the promotional prefix at the start of a sender ID, or `null`.
 * `ambiguous`: an all-capital ID such as "ADVANCE" that may be a prefix glued to a brand or a plain name.
 */
export function readAdvPrefix(senderId: string, prefix = 'adv'): AdvPrefix | null {
  const id = senderId.trim();
  const head = id.slice(0, prefix.length);
  if (head.toLowerCase() !== prefix.toLowerCase()) return null;
  const rest = id.slice(prefix.length);
  if (rest.length === 0) return { form: 'bare', written: head, brand: '' };
  const separator = SEPARATOR.exec(rest);
  if (separator) {
    return { form: 'separated', written: head + separator[0], brand: rest.slice(separator[0].length) };
  }
  const next = rest[0]!;
  if (/[0-9]/.test(next)) return { form: 'joined', written: head, brand: rest };
  const headUpper = head === head.toUpperCase();
  if (/[A-Z]/.test(next)) {
    return { form: headUpper ? 'ambiguous' : 'joined', written: head, brand: rest };
  }
  return null;
}

/** The sender ID folded for counting per brand: case and separators ignored ("ADV-Acme" = "adv acme"). */
export function senderKey(senderId: string): string {
  return senderId.toLowerCase().replace(/[\s\-_.]+/g, '');
}
