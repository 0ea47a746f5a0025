/**
 * prescription / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'prescription',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'viagra', weight: 6 },
    { term: 'tramadol', weight: 7 },
    { term: 'bdoun wasfa', weight: 6 },
    { term: 'bala wasfa', weight: 6 },
    { term: '7oboob', weight: 2 },
  ],
  negatives: [],
} satisfies Lexicon;
