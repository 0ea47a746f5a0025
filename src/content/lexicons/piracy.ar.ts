/**
 * piracy / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'piracy',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'اي بي تي في', weight: 5 },
    { term: 'مكرك', weight: 7 },
    { term: 'كراك', weight: 6 },
    { term: 'نسخه مقرصنه', weight: 8 },
    { term: 'جميع القنوات المشفره', weight: 8 },
    { term: 'القنوات المشفره', weight: 6 },
    { term: 'تفعيل مجاني', weight: 5 },
    { term: 'اشتراك مدى الحياه', weight: 3 },
    { term: 'افلام مجانا', weight: 4 },
    { term: 'بي ان سبورت', weight: 2 },
    { term: 'نتفلكس مجانا', weight: 7 },
  ],
  negatives: [],
} satisfies Lexicon;
