/**
 * phishing / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'phishing',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'ramz el ta7a2o2', weight: 2 },
    { term: 'kilmet el ser', weight: 3 },
    { term: 'el ra2em el sere', weight: 3 },
    { term: '7sabak mwa2af', weight: 5 },
  ],
  negatives: [],
} satisfies Lexicon;
