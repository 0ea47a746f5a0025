/**
 * drugs / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'drugs',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: '7ashish', weight: 7 },
    { term: 'kokain', weight: 8 },
    { term: 'kabtagon', weight: 8 },
    { term: '7bob', weight: 2 },
    { term: 'sho2', weight: 1 },
  ],
  negatives: [],
} satisfies Lexicon;
