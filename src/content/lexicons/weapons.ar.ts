/**
 * weapons / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'weapons',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'مسدس', weight: 5 },
    { term: 'مسدسات', weight: 6 },
    { term: 'سلاح', weight: 4 },
    { term: 'اسلحه', weight: 5 },
    { term: 'رشاش', weight: 6 },
    { term: 'كلاشنكوف', weight: 7 },
    { term: 'ذخيره', weight: 5 },
    { term: 'قنابل', weight: 7 },
    { term: 'متفجرات', weight: 8 },
    { term: 'بنادق', weight: 5 },
    { term: 'سلاح غير مرخص', weight: 9 },
    { term: 'فرد', weight: 2 },
    { term: 'طلقات', weight: 4 },
  ],
  negatives: [{ term: 'مسدس ماء', weight: -5 }],
} satisfies Lexicon;
