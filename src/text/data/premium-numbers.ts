/**
 * Premium-rate, revenue-share and personal-number ranges: numbers whose caller pays the called party, the
 * call-back numbers of prize and chat lures ("call 09061… to claim").
 *
 * Source: the number-type data of Google's libphonenumber as shipped in libphonenumber-js 1.13.16 (metadata
 * `max`, read 2026-12-02), cross-read with Ofcom's National Telephone Numbering Plan for the United Kingdom
 * (09 premium rate, 084/087 service-charge numbers that share revenue, 070 personal numbering, which Ofcom's
 * 2001–2004 guidance describes as abused for premium services) and the Telecommunications Regulatory Authority
 * of Oman's decision 81/2007 (900 prime-value numbers). A test checks one number of each range against
 * libphonenumber-js's own metadata, so a data update that moves a range shows up there.
 * Licence: facts; libphonenumber's data is Apache-2.0. Review with each libphonenumber-js update.
 */

export type PremiumType = 'premium-rate' | 'revenue-share' | 'personal';

export interface PremiumRange {
  /** ISO 3166 alpha-2. */
  country: string;
  callingCode: string;
  /** National trunk prefix dialled before national numbers inside the country ('' when none). */
  trunk: string;
  /** Leading digits of the national significant number. */
  prefixes: readonly string[];
  /** Length of the national significant number. */
  lengths: readonly number[];
  type: PremiumType;
  /** A number of the range, checked against libphonenumber-js in the tests. */
  example: string;
}

export const PREMIUM_RANGES_DATE = '2026-12-02';

export const PREMIUM_RANGES = [
  {
    country: 'GB',
    callingCode: '44',
    trunk: '0',
    prefixes: ['9'],
    lengths: [10],
    type: 'premium-rate',
    example: '+449012345678',
  },
  {
    country: 'GB',
    callingCode: '44',
    trunk: '0',
    prefixes: ['871', '872', '873', '844', '845'],
    lengths: [10],
    type: 'revenue-share',
    example: '+448712345678',
  },
  {
    country: 'GB',
    callingCode: '44',
    trunk: '0',
    prefixes: ['70'],
    lengths: [10],
    type: 'personal',
    example: '+447012345678',
  },
  {
    country: 'JO',
    callingCode: '962',
    trunk: '0',
    prefixes: ['900'],
    lengths: [8],
    type: 'premium-rate',
    example: '+96290012345',
  },
  {
    country: 'EG',
    callingCode: '20',
    trunk: '0',
    prefixes: ['900'],
    lengths: [10],
    type: 'premium-rate',
    example: '+209001234567',
  },
  {
    country: 'OM',
    callingCode: '968',
    trunk: '',
    prefixes: ['900'],
    lengths: [8],
    type: 'premium-rate',
    example: '+96890012345',
  },
  {
    country: 'BH',
    callingCode: '973',
    trunk: '',
    prefixes: ['900'],
    lengths: [8],
    type: 'premium-rate',
    example: '+97390012345',
  },
  {
    country: 'MA',
    callingCode: '212',
    trunk: '0',
    prefixes: ['89'],
    lengths: [9],
    type: 'premium-rate',
    example: '+212890123456',
  },
  {
    country: 'US',
    callingCode: '1',
    trunk: '1',
    prefixes: ['900'],
    lengths: [10],
    type: 'premium-rate',
    example: '+19005551234',
  },
  {
    country: 'AU',
    callingCode: '61',
    trunk: '',
    prefixes: ['190'],
    lengths: [10],
    type: 'premium-rate',
    example: '+611900123456',
  },
] as const satisfies readonly PremiumRange[];
