/**
 * abuse / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'abuse',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'i will kill you', weight: 9 },
    { term: "i'll kill you", weight: 9 },
    { term: 'kill you', weight: 6 },
    { term: 'you idiot', weight: 4 },
    { term: 'bitch', weight: 5 },
    { term: 'fuck you', weight: 7 },
    { term: 'bastard', weight: 5 },
    { term: 'i know where you live', weight: 7 },
    { term: 'you will regret', weight: 5 },
    { term: 'slut', weight: 6 },
    { term: 'whore', weight: 6 },
    { term: 'forward to all your contacts', weight: 4 },
    { term: 'moron', weight: 3 },
  ],
  negatives: [],
} satisfies Lexicon;
