/**
 * prescription / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'prescription',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'فياجرا', weight: 6 },
    { term: 'فياغرا', weight: 6 },
    { term: 'سياليس', weight: 6 },
    { term: 'ترامادول', weight: 7 },
    { term: 'زاناكس', weight: 7 },
    { term: 'ليريكا', weight: 5 },
    { term: 'بدون وصفه', weight: 6 },
    { term: 'بدون روشته', weight: 6 },
    { term: 'حبوب منع الحمل', weight: 2 },
    { term: 'حبوب تكبير', weight: 6 },
    { term: 'ابر تنحيف', weight: 5 },
    { term: 'اوزمبيك', weight: 4 },
    { term: 'مهدئات', weight: 4 },
    { term: 'ترامال', weight: 7 },
  ],
  negatives: [
    { term: 'موعدك', weight: -3 },
    { term: 'الصيدليه مفتوحه', weight: -4 },
    { term: 'وصفتك جاهزه', weight: -5 },
    { term: 'دوام الصيدليه', weight: -4 },
  ],
} satisfies Lexicon;
