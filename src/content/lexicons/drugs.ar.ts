/**
 * drugs / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'drugs',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'كوكايين', weight: 8 },
    { term: 'هيروين', weight: 8 },
    { term: 'حشيش', weight: 7 },
    { term: 'الحشيش', weight: 7 },
    { term: 'مخدرات', weight: 6 },
    { term: 'كبتاغون', weight: 8 },
    { term: 'كبتاجون', weight: 8 },
    { term: 'حبوب الكبتاغون', weight: 9 },
    { term: 'ماريجوانا', weight: 7 },
    { term: 'كريستال', weight: 4 },
    { term: 'شبو', weight: 7 },
    { term: 'جوكر', weight: 2 },
    { term: 'بانجو', weight: 7 },
    { term: 'حبوب مخدره', weight: 8 },
  ],
  negatives: [
    { term: 'مكافحه المخدرات', weight: -6 },
    { term: 'ادمان', weight: -1 },
  ],
} satisfies Lexicon;
