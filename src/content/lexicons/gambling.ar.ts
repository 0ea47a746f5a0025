/**
 * gambling / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'gambling',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'كازينو', weight: 6 },
    { term: 'مراهنات', weight: 7 },
    { term: 'المراهنات', weight: 7 },
    { term: 'قمار', weight: 7 },
    { term: 'القمار', weight: 7 },
    { term: 'رهان', weight: 5 },
    { term: 'روليت', weight: 6 },
    { term: 'بوكر', weight: 4 },
    { term: 'لفات مجانيه', weight: 7 },
    { term: 'راهن', weight: 6 },
    { term: 'جاكبوت', weight: 4 },
  ],
  negatives: [],
} satisfies Lexicon;
