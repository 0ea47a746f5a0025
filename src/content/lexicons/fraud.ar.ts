/**
 * fraud / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'fraud',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'ربحت', weight: 5 },
    { term: 'فزت', weight: 5 },
    { term: 'جايزه', weight: 3 },
    { term: 'جائزه نقديه', weight: 5 },
    { term: 'مبروك', weight: 1 },
    { term: 'الفايز', weight: 3 },
    { term: 'تم اختيارك', weight: 4 },
    { term: 'سحب', weight: 1 },
    { term: 'يانصيب', weight: 5 },
    { term: 'ربح مضمون', weight: 7 },
    { term: 'ارباح مضمونه', weight: 7 },
    { term: 'ضاعف اموالك', weight: 8 },
    { term: 'رسوم التحويل', weight: 4 },
    { term: 'لاستلام الجايزه', weight: 7 },
    { term: 'استثمار مضمون', weight: 7 },
  ],
  negatives: [],
} satisfies Lexicon;
