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
  ],
  negatives: [],
} satisfies Lexicon;
