/**
 * pyramid — Arabic (MSA, Jordanian/Levantine and Gulf colloquial) terms.
 * Source: Own compilation (2026-11): Modern Standard Arabic plus Jordanian/Levantine and Gulf colloquial forms as they are written in SMS and social-media ads; no external word list copied. Scope: platform policy P9b (pyramid and multi-level marketing schemes); own compilation of recruitment vocabulary. Company names are widely reported network-marketing brands, listed at low weight as a signal only.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'pyramid',
  language: 'ar',
  source:
    'Own compilation (2026-11): Modern Standard Arabic plus Jordanian/Levantine and Gulf colloquial forms as they are written in SMS and social-media ads; no external word list copied. Scope: platform policy P9b (pyramid and multi-level marketing schemes); own compilation of recruitment vocabulary. Company names are widely reported network-marketing brands, listed at low weight as a signal only.',
  terms: [
    { term: 'تسويق شبكي', weight: 8, tag: 'scheme' },
    { term: 'تسويق هرمي', weight: 9, tag: 'scheme' },
    { term: 'تسويق متعدد المستويات', weight: 8, tag: 'scheme' },
    { term: 'متعدد المستويات', weight: 6, tag: 'scheme' },
    { term: 'نظام هرمي', weight: 5, tag: 'scheme' },
    { term: 'هرمي', weight: 3, tag: 'scheme' },
    { term: 'شركة تسويق شبكي', weight: 9, tag: 'scheme' },
    { term: 'مخطط بونزي', weight: 7, tag: 'scheme' },
    { term: 'بونزي', weight: 6, tag: 'scheme' },
    { term: 'كيونت', weight: 6, tag: 'scheme' },
    { term: 'كيو نت', weight: 6, tag: 'scheme' },
    { term: 'فوريفر ليفنج', weight: 4, tag: 'scheme' },
    { term: 'هيربالايف', weight: 3, tag: 'scheme' },
    { term: 'جيب شخصين', weight: 7, tag: 'recruit' },
    { term: 'أحضر شخصين', weight: 7, tag: 'recruit' },
    { term: 'شخصين تحتك', weight: 8, tag: 'recruit' },
    { term: 'أشخاص تحتك', weight: 7, tag: 'recruit' },
    { term: 'سجل تحتك', weight: 7, tag: 'recruit' },
    { term: 'كل شخص تسجله', weight: 7, tag: 'recruit' },
    { term: 'عمولة على كل شخص', weight: 8, tag: 'recruit' },
    { term: 'مستويات العمولة', weight: 7, tag: 'recruit' },
    { term: 'ضم أعضاء', weight: 5, tag: 'recruit' },
    { term: 'انضم لفريقي', weight: 5, tag: 'recruit' },
    { term: 'ابن فريقك', weight: 5, tag: 'recruit' },
    { term: 'الجهة اليمنى واليسرى', weight: 6, tag: 'recruit' },
    { term: 'باقة انضمام', weight: 5, tag: 'recruit' },
    { term: 'رسوم انضمام', weight: 4, tag: 'recruit' },
    { term: 'ربح من الإحالات', weight: 5, tag: 'recruit' },
    { term: 'اربح من كل شخص', weight: 7, tag: 'recruit' },
    { term: 'أرباح من فريقك', weight: 7, tag: 'recruit' },
    { term: 'فريقك تحتك', weight: 7, tag: 'recruit' },
    { term: 'النظام الثنائي', weight: 5, tag: 'recruit' },
    { term: 'اربح مدى الحياة', weight: 4, tag: 'recruit' },
    { term: 'دعوة أصدقائك', weight: 2, tag: 'recruit' },
    { term: 'دخل سلبي', weight: 3, tag: 'income' },
    { term: 'حرية مالية', weight: 3, tag: 'income' },
    { term: 'كن مدير نفسك', weight: 3, tag: 'income' },
    { term: 'دخل إضافي', weight: 1, tag: 'income' },
  ],
  negatives: [
    { term: 'تحذير من التسويق الشبكي', weight: -7 },
    { term: 'احذر من التسويق الهرمي', weight: -7 },
    { term: 'الاحتيال الهرمي', weight: -5 },
    { term: 'هيكل تنظيمي', weight: -4 },
    { term: 'برنامج الولاء', weight: -4 },
    { term: 'نقاط الولاء', weight: -4 },
  ],
} satisfies Lexicon;
