/**
 * drugs / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'drugs',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'cocaine', weight: 8 },
    { term: 'coke', weight: 3 },
    { term: 'heroin', weight: 8 },
    { term: 'weed', weight: 5 },
    { term: 'marijuana', weight: 6 },
    { term: 'hashish', weight: 7 },
    { term: 'hash', weight: 3 },
    { term: 'meth', weight: 6 },
    { term: 'crystal meth', weight: 9 },
    { term: 'mdma', weight: 8 },
    { term: 'ecstasy', weight: 7 },
    { term: 'lsd', weight: 6 },
    { term: 'captagon', weight: 8 },
    { term: 'magic mushrooms', weight: 7 },
    { term: 'molly', weight: 3 },
    { term: 'kush', weight: 5 },
    { term: 'edibles', weight: 3 },
  ],
  negatives: [
    { term: 'coke zero', weight: -4 },
    { term: 'diet coke', weight: -4 },
  ],
} satisfies Lexicon;
