/**
 * gambling / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'gambling',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'mrahanat', weight: 7 },
    { term: 'kazino', weight: 6 },
    { term: '2mar', weight: 6 },
  ],
  negatives: [],
} satisfies Lexicon;
