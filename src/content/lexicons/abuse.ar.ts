/**
 * abuse / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'abuse',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'راح اقتلك', weight: 9 },
    { term: 'رح اقتلك', weight: 9 },
    { term: 'بقتلك', weight: 8 },
    { term: 'سأقتلك', weight: 9 },
    { term: 'يا حمار', weight: 5 },
    { term: 'يا كلب', weight: 5 },
    { term: 'يا حقير', weight: 5 },
    { term: 'شرموطه', weight: 7 },
    { term: 'منيوك', weight: 7 },
    { term: 'كس امك', weight: 8 },
    { term: 'بتندم', weight: 5 },
    { term: 'انشرها', weight: 2 },
    { term: 'انشروا', weight: 2 },
  ],
  negatives: [],
} satisfies Lexicon;
