/**
 * counterfeit / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'counterfeit',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'copy one', weight: 6 },
    { term: 'ta2leed', weight: 5 },
    { term: 'first copy', weight: 7 },
  ],
  negatives: [],
} satisfies Lexicon;
