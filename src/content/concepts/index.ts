// The shared concept classes and the concept ids the channel scanner produces. Re-exports and data only.
import { ARABIZI_WORDS } from '../../text/data/arabizi-words.js';
import type { ConceptSpec } from '../_spec.js';
import { ACCOUNT_CONCEPTS } from './account.js';
import { CHANNEL_CONCEPTS } from './channel.js';
import { COMMERCE_CONCEPTS } from './commerce.js';
import { LEGITIMATE_CONCEPTS } from './legitimate.js';
import { PAYMENT_CONCEPTS } from './payment.js';
import { REWARD_CONCEPTS } from './reward.js';

/** Concepts found by the channel scanner and the brand table, not by words. */
export const CHANNEL_CONCEPT_IDS = [
  'link',
  'link-shortener',
  'link-ip',
  'link-free-host',
  'link-risky-tld',
  'link-punycode',
  'link-lookalike',
  'link-official',
  'link-defanged',
  'link-messaging',
  'email',
  'phone',
  'phone-premium',
  'phone-personal',
  'phone-international',
  'shortcode',
  'money',
  'code-number',
  'reference-number',
  'brand',
] as const;

/** Common Arabizi words: the hint that a Latin text is Arabic and deserves the skeleton view. */
const ARABIZI_MARKER: ConceptSpec = {
  id: 'arabizi-marker',
  description: 'a common Arabizi word',
  arabizi: ARABIZI_WORDS.map((word) => `=${word}`),
};

/** Currency words next to which a number is an amount of money. */
const CURRENCY: ConceptSpec = {
  id: 'currency',
  description: 'a currency name or code',
  en: [
    'jd',
    'jod',
    'dinar',
    'dinars',
    'sar',
    'sr',
    'riyal',
    'riyals',
    'aed',
    'dirham',
    'dirhams',
    'dhs',
    'usd',
    'dollar',
    'dollars',
    'eur',
    'euro',
    'euros',
    'gbp',
    'pound',
    'pounds',
    'quid',
    'egp',
    'le',
    'kwd',
    'kd',
    'qar',
    'qr',
    'omr',
    'ro',
    'bhd',
    'bd',
    'inr',
    'rs',
    'rupees',
    'lakh',
    'crore',
    'cad',
    'aud',
    'sgd',
    'usdt',
    'btc',
    'k',
  ],
  ar: [
    'دينار',
    'دنانير',
    'د.ا',
    'دينار اردني',
    'ريال',
    'ريالات',
    'ريال سعودي',
    'ر.س',
    'درهم',
    'دراهم',
    'درهم اماراتي',
    'دولار',
    'دولارات',
    'يورو',
    'جنيه',
    'جنيهات',
    'جنيه مصري',
    'دينار كويتي',
    'ريال قطري',
    'ريال عماني',
    'دينار بحريني',
    'ليره',
    'ليرات',
    'الف',
    'الاف',
    'مليون',
  ],
  arabizi: ['lira', 'jneh', 'dinar', 'riyal'],
};

export const SHARED_CONCEPTS: readonly ConceptSpec[] = [
  ...ACCOUNT_CONCEPTS,
  ...CHANNEL_CONCEPTS,
  ...REWARD_CONCEPTS,
  ...PAYMENT_CONCEPTS,
  ...LEGITIMATE_CONCEPTS,
  ...COMMERCE_CONCEPTS,
  ARABIZI_MARKER,
  CURRENCY,
];
