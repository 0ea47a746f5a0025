/**
 * piracy / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'piracy',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'iptv', weight: 5 },
    { term: 'kol el 2anawat', weight: 4 },
    { term: '2anawat moshafara', weight: 7 },
  ],
  negatives: [],
} satisfies Lexicon;
