/**
 * pyramid — English terms.
 * Source: Own compilation (2026-11) of common SMS-spam and scam phrasing; English ham of the UCI SMS Spam Collection (Almeida & Gomez Hidalgo, UCI ML Repository dataset 228, CC BY 4.0) was read only to check that terms are not everyday chat words; no term copied from it. Scope: platform policy P9b (pyramid and multi-level marketing schemes); own compilation of recruitment vocabulary. Company names are widely reported network-marketing brands, listed at low weight as a signal only.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'pyramid',
  language: 'en',
  source:
    'Own compilation (2026-11) of common SMS-spam and scam phrasing; English ham of the UCI SMS Spam Collection (Almeida & Gomez Hidalgo, UCI ML Repository dataset 228, CC BY 4.0) was read only to check that terms are not everyday chat words; no term copied from it. Scope: platform policy P9b (pyramid and multi-level marketing schemes); own compilation of recruitment vocabulary. Company names are widely reported network-marketing brands, listed at low weight as a signal only.',
  terms: [
    { term: 'network marketing', weight: 6, tag: 'scheme' },
    { term: 'multi-level marketing', weight: 7, tag: 'scheme' },
    { term: 'multi level marketing', weight: 7, tag: 'scheme' },
    { term: 'mlm', weight: 6, tag: 'scheme' },
    { term: 'pyramid scheme', weight: 6, tag: 'scheme' },
    { term: 'ponzi', weight: 6, tag: 'scheme' },
    { term: 'gifting circle', weight: 9, tag: 'scheme' },
    { term: 'blessing loom', weight: 9, tag: 'scheme' },
    { term: 'cash gifting', weight: 9, tag: 'scheme' },
    { term: 'binary plan', weight: 8, tag: 'scheme' },
    { term: 'matrix plan', weight: 8, tag: 'scheme' },
    { term: 'qnet', weight: 6, tag: 'scheme' },
    { term: 'amway', weight: 2, tag: 'scheme' },
    { term: 'herbalife', weight: 2, tag: 'scheme' },
    { term: 'downline', weight: 9, tag: 'recruit' },
    { term: 'upline', weight: 9, tag: 'recruit' },
    { term: 'recruit two people', weight: 8, tag: 'recruit' },
    { term: 'recruit 2 people', weight: 8, tag: 'recruit' },
    { term: 'recruit 3 people', weight: 8, tag: 'recruit' },
    { term: 'bring 2 people', weight: 7, tag: 'recruit' },
    { term: 'bring two people', weight: 7, tag: 'recruit' },
    { term: 'recruit your friends', weight: 6, tag: 'recruit' },
    { term: 'left and right leg', weight: 8, tag: 'recruit' },
    { term: 'level commissions', weight: 7, tag: 'recruit' },
    { term: 'earn from your referrals', weight: 6, tag: 'recruit' },
    { term: 'referral commission', weight: 4, tag: 'recruit' },
    { term: 'joining fee', weight: 5, tag: 'recruit' },
    { term: 'join my team', weight: 4, tag: 'recruit' },
    { term: 'build your team', weight: 4, tag: 'recruit' },
    { term: 'passive income', weight: 3, tag: 'income' },
    { term: 'residual income', weight: 4, tag: 'income' },
    { term: 'be your own boss', weight: 3, tag: 'income' },
    { term: 'financial freedom', weight: 3, tag: 'income' },
    { term: 'earn while you sleep', weight: 5, tag: 'income' },
    { term: 'six figure income', weight: 4, tag: 'income' },
  ],
  negatives: [
    { term: 'beware of pyramid schemes', weight: -7 },
    { term: 'loyalty points', weight: -4 },
    { term: 'loyalty programme', weight: -4 },
    { term: 'loyalty program', weight: -4 },
  ],
} satisfies Lexicon;
