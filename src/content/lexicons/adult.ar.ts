/**
 * adult / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'adult',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'افلام سكس', weight: 9 },
    { term: 'سكس', weight: 9 },
    { term: 'اباحي', weight: 9 },
    { term: 'اباحيه', weight: 9 },
    { term: 'بنات ساخنه', weight: 8 },
    { term: 'فيديو ساخن', weight: 7 },
    { term: 'دردشه ساخنه', weight: 8 },
    { term: 'مساج بنات', weight: 7 },
    { term: 'جنس', weight: 5 },
    { term: 'عاريه', weight: 7 },
    { term: 'مواقع اباحيه', weight: 9 },
    { term: 'بنات للتعارف', weight: 6 },
    { term: 'بنات للسهر', weight: 6 },
  ],
  negatives: [{ term: 'التوعيه الجنسيه', weight: -4 }],
} satisfies Lexicon;
