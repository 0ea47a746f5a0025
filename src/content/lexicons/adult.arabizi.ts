/**
 * adult / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'adult',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'seks', weight: 8 },
    { term: 'banat sa5na', weight: 8 },
    { term: 'aflam sex', weight: 9 },
    { term: 'sakhen', weight: 3 },
    { term: 'chat s5en', weight: 6 },
    { term: 'sex', weight: 5 },
    { term: 'lal mot3a', weight: 6 },
  ],
  negatives: [],
} satisfies Lexicon;
