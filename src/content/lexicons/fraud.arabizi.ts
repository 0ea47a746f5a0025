/**
 * fraud / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'fraud',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'rba7t', weight: 5 },
    { term: 'mabrook', weight: 1 },
    { term: 'ja2ze', weight: 3 },
    { term: 'fozt', weight: 5 },
  ],
  negatives: [],
} satisfies Lexicon;
