/**
 * piracy — Arabic (MSA, Jordanian/Levantine and Gulf colloquial) terms.
 * Source: Own compilation (2026-11): Modern Standard Arabic plus Jordanian/Levantine and Gulf colloquial forms as they are written in SMS and social-media ads; no external word list copied. Scope: platform policy P9c (copyright: pirated films and software, IPTV resale, cracked apps, card-sharing); own compilation of the vocabulary resellers use.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'piracy',
  language: 'ar',
  source:
    'Own compilation (2026-11): Modern Standard Arabic plus Jordanian/Levantine and Gulf colloquial forms as they are written in SMS and social-media ads; no external word list copied. Scope: platform policy P9c (copyright: pirated films and software, IPTV resale, cracked apps, card-sharing); own compilation of the vocabulary resellers use.',
  terms: [
    { term: 'سيرفر iptv', weight: 9, tag: 'iptv' },
    { term: 'اشتراك iptv', weight: 8, tag: 'iptv' },
    { term: 'آي بي تي في', weight: 6, tag: 'iptv' },
    { term: 'اشتراك سيرفر', weight: 6, tag: 'iptv' },
    { term: 'سيرفر', weight: 2, tag: 'iptv' },
    { term: 'شيرنج', weight: 7, tag: 'iptv' },
    { term: 'كارد شيرنج', weight: 9, tag: 'iptv' },
    { term: 'سيرفر شيرنج', weight: 9, tag: 'iptv' },
    { term: 'قنوات مشفرة', weight: 6, tag: 'iptv' },
    { term: 'فتح القنوات المشفرة', weight: 9, tag: 'iptv' },
    { term: 'فك تشفير القنوات', weight: 8, tag: 'iptv' },
    { term: 'جميع القنوات المشفرة', weight: 8, tag: 'iptv' },
    { term: 'آلاف القنوات', weight: 5, tag: 'iptv' },
    { term: 'بدون تقطيع', weight: 3, tag: 'iptv' },
    { term: 'اكستريم كودز', weight: 8, tag: 'iptv' },
    { term: 'بي ان مجانا', weight: 8, tag: 'iptv' },
    { term: 'نتفلكس مجانا', weight: 7, tag: 'iptv' },
    { term: 'شاهد vip مجانا', weight: 7, tag: 'iptv' },
    { term: 'حسابات نتفلكس', weight: 5, tag: 'iptv' },
    { term: 'كراك', weight: 6, tag: 'crack' },
    { term: 'مكرك', weight: 8, tag: 'crack' },
    { term: 'نسخة مكركة', weight: 9, tag: 'crack' },
    { term: 'برامج مكركة', weight: 9, tag: 'crack' },
    { term: 'مهكر', weight: 3, tag: 'crack' },
    { term: 'تطبيق مهكر', weight: 8, tag: 'crack' },
    { term: 'ألعاب مهكرة', weight: 8, tag: 'crack' },
    { term: 'كيجن', weight: 8, tag: 'crack' },
    { term: 'تفعيل مدى الحياة', weight: 5, tag: 'crack' },
    { term: 'تفعيل ويندوز', weight: 3, tag: 'crack' },
    { term: 'مفاتيح ويندوز', weight: 3, tag: 'crack' },
    { term: 'برامج مدفوعة مجانا', weight: 8, tag: 'crack' },
    { term: 'تطبيقات مدفوعة مجانا', weight: 8, tag: 'crack' },
    { term: 'مقرصن', weight: 8, tag: 'film' },
    { term: 'أفلام مقرصنة', weight: 9, tag: 'film' },
    { term: 'نسخة كام', weight: 6, tag: 'film' },
    { term: 'نسخة مسربة', weight: 7, tag: 'film' },
    { term: 'تحميل أفلام مجانا', weight: 4, tag: 'film' },
    { term: 'قرصنة', weight: 3, tag: 'film' },
  ],
  negatives: [
    { term: 'اشتراك رسمي', weight: -6 },
    { term: 'الموزع الرسمي', weight: -5 },
    { term: 'وكيل رسمي', weight: -5 },
    { term: 'التطبيق الرسمي', weight: -4 },
    { term: 'حماية الملكية الفكرية', weight: -6 },
    { term: 'مكافحة القرصنة', weight: -7 },
    { term: 'احذر من التطبيقات المهكرة', weight: -7 },
    { term: 'حسابي مهكر', weight: -5 },
  ],
} satisfies Lexicon;
