/**
 * pyramid / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'pyramid',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'تسويق شبكي', weight: 8 },
    { term: 'التسويق الشبكي', weight: 8 },
    { term: 'هرمي', weight: 6 },
    { term: 'دخل سلبي', weight: 4 },
    { term: 'اجلب اصدقاءك', weight: 5 },
    { term: 'ادع اصدقاءك', weight: 4 },
    { term: 'اربح من البيت', weight: 6 },
    { term: 'اربح من المنزل', weight: 6 },
    { term: 'العمل من المنزل', weight: 3 },
    { term: 'حريه ماليه', weight: 4 },
    { term: 'انضم لفريقي', weight: 5 },
    { term: 'عموله على كل شخص', weight: 7 },
  ],
  negatives: [],
} satisfies Lexicon;
