/**
 * pyramid / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'pyramid',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'pyramid scheme', weight: 8 },
    { term: 'recruit', weight: 3 },
    { term: 'downline', weight: 7 },
    { term: 'upline', weight: 6 },
    { term: 'mlm', weight: 6 },
    { term: 'network marketing', weight: 5 },
    { term: 'passive income', weight: 4 },
    { term: 'join my team', weight: 5 },
    { term: 'be your own boss', weight: 4 },
    { term: 'referral bonus', weight: 3 },
    { term: 'financial freedom', weight: 4 },
    { term: 'earn from home', weight: 5 },
    { term: 'residual income', weight: 5 },
  ],
  negatives: [],
} satisfies Lexicon;
