/**
 * pyramid / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'pyramid',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'taswee2 shabaki', weight: 8 },
    { term: 'eshtghel mn el bet', weight: 5 },
    { term: 'd5el sabet', weight: 4 },
  ],
  negatives: [],
} satisfies Lexicon;
