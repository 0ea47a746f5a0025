/**
 * Reading the `adv` prefix off a sender ID in the forms vendors use: "adv Acme", "adv-Acme", "adv_Acme",
 * "adv.Acme", "advAcme", "ADV" — compared case-insensitively, but a glued prefix needs a visible break
 * (a capital or digit after a non-capital "adv") so brands like "Advance" or "Adventure" are not read as
 * promotional. The reading itself is the core sender-ID shape check (core/sender-id), shared by every pack.
 */
import { readSenderMarker, type SenderMarkerForm } from '../core/sender-id.js';

export { senderKey } from '../core/sender-id.js';

export type AdvPrefixForm = SenderMarkerForm;

export interface AdvPrefix {
  form: AdvPrefixForm;
  /** The prefix as written, e.g. `adv`, `ADV-`. */
  written: string;
  /** What follows the prefix and its separator (the brand). */
  brand: string;
}

/**
 * Finds the promotional prefix at the start of a sender ID, or `null`.
 * `ambiguous`: an all-capital ID such as "ADVANCE" that may be a prefix glued to a brand or a plain name.
 */
export function readAdvPrefix(senderId: string, prefix = 'adv'): AdvPrefix | null {
  const found = readSenderMarker(senderId, { marker: prefix, position: 'prefix' });
  return found ? { form: found.form, written: found.written, brand: found.brand } : null;
}
