/**
 * counterfeit / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'counterfeit',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'كوبي ون', weight: 7 },
    { term: 'فيرست كوبي', weight: 7 },
    { term: 'هاي كوبي', weight: 6 },
    { term: 'ماستر كوبي', weight: 7 },
    { term: 'طبق الاصل', weight: 5 },
    { term: 'تقليد', weight: 4 },
    { term: 'درجه اولى تقليد', weight: 7 },
    { term: 'ساعات تقليد', weight: 7 },
    { term: 'نسخه طبق الاصل', weight: 6 },
    { term: 'ميرور', weight: 5 },
  ],
  negatives: [
    { term: 'وكيل معتمد', weight: -4 },
    { term: 'منتجات اصليه', weight: -3 },
    { term: 'كفاله', weight: -2 },
  ],
} satisfies Lexicon;
