/**
 * adult / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'adult',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'porn', weight: 9 },
    { term: 'porno', weight: 9 },
    { term: 'xxx', weight: 7 },
    { term: 'nude', weight: 6 },
    { term: 'nudes', weight: 7 },
    { term: 'sex video', weight: 8 },
    { term: 'sexy girls', weight: 7 },
    { term: 'escort', weight: 7 },
    { term: 'escorts', weight: 7 },
    { term: 'hot girls', weight: 5 },
    { term: 'adult videos', weight: 8 },
    { term: 'hookup', weight: 5 },
    { term: 'webcam girls', weight: 8 },
    { term: 'onlyfans', weight: 5 },
    { term: 'erotic', weight: 6 },
    { term: 'sex chat', weight: 8 },
    { term: 'horny', weight: 6 },
    { term: 'cam girls', weight: 7 },
    { term: 'live cam', weight: 5 },
    { term: 'private shows', weight: 5 },
  ],
  negatives: [
    { term: 'breast cancer', weight: -6 },
    { term: 'sussex', weight: -1 },
  ],
} satisfies Lexicon;
