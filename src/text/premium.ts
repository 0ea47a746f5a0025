/**
 * Premium-rate, revenue-share and personal numbers (`09…` in the UK, `0900…` in Jordan and Egypt, `1-900` in
 * North America): the ranges of `data/premium-numbers.ts` applied to a number written in international or
 * national form.
 */
import { PREMIUM_RANGES, type PremiumRange, type PremiumType } from './data/premium-numbers.js';

export type { PremiumType } from './data/premium-numbers.js';

function matches(range: PremiumRange, national: string): boolean {
  return range.lengths.includes(national.length) && range.prefixes.some((prefix) => national.startsWith(prefix));
}

/**
 * The premium range a number falls in, or null. `digits` are ASCII digits; `international` says the number was
 * written with `+` or `00` (then it must start with the range's calling code).
 *
 * @example
 * premiumRange('09061701461', false); // { country: 'GB', type: 'premium-rate', … }
 * premiumRange('962790000000', true); // null
 */
export function premiumRange(digits: string, international: boolean): { country: string; type: PremiumType } | null {
  const bare = international && digits.startsWith('00') ? digits.slice(2) : digits;
  for (const range of PREMIUM_RANGES) {
    if (international) {
      if (bare.startsWith(range.callingCode) && matches(range, bare.slice(range.callingCode.length))) {
        return { country: range.country, type: range.type };
      }
      continue;
    }
    // Written nationally: with the trunk prefix (`0906…`), or without it as some writers do (`900-555-0123`).
    const withoutTrunk = range.trunk !== '' && bare.startsWith(range.trunk) ? bare.slice(range.trunk.length) : null;
    if ((withoutTrunk !== null && matches(range, withoutTrunk)) || (range.trunk !== '0' && matches(range, bare))) {
      return { country: range.country, type: range.type };
    }
  }
  return null;
}
