/**
 * gambling / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'gambling',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'casino', weight: 6 },
    { term: 'online casino', weight: 8 },
    { term: 'betting', weight: 5 },
    { term: 'bet now', weight: 7 },
    { term: 'sports betting', weight: 7 },
    { term: 'jackpot', weight: 4 },
    { term: 'free spins', weight: 7 },
    { term: 'poker', weight: 4 },
    { term: 'roulette', weight: 6 },
    { term: 'slots', weight: 4 },
    { term: '1xbet', weight: 8 },
    { term: 'deposit bonus', weight: 5 },
    { term: 'bookmaker', weight: 6 },
    { term: 'wager', weight: 4 },
  ],
  negatives: [],
} satisfies Lexicon;
