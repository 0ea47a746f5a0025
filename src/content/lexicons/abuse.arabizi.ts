/**
 * abuse / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'abuse',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'ya 7mar', weight: 5 },
    { term: 'ya kalb', weight: 5 },
    { term: 'ra7 a2tlak', weight: 9 },
    { term: 'kos omak', weight: 8 },
    { term: 'shar2ota', weight: 7 },
  ],
  negatives: [],
} satisfies Lexicon;
