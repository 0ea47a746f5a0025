/**
 * fraud / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'fraud',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'you have won', weight: 6 },
    { term: "you've won", weight: 6 },
    { term: 'you won', weight: 5 },
    { term: 'winner', weight: 3 },
    { term: 'claim your prize', weight: 7 },
    { term: 'lottery', weight: 4 },
    { term: 'cash prize', weight: 5 },
    { term: 'prize', weight: 2 },
    { term: 'congratulations', weight: 1 },
    { term: 'inheritance', weight: 3 },
    { term: 'processing fee', weight: 5 },
    { term: 'guaranteed profit', weight: 7 },
    { term: 'double your money', weight: 8 },
    { term: 'investment opportunity', weight: 3 },
    { term: 'selected winner', weight: 6 },
    { term: 'lucky draw', weight: 4 },
    { term: 'claim now', weight: 3 },
    { term: 'bitcoin investment', weight: 5 },
  ],
  negatives: [],
} satisfies Lexicon;
