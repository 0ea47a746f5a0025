/**
 * gambling — Arabic (MSA, Jordanian/Levantine and Gulf colloquial) terms.
 * Source: Own compilation (2026-11): Modern Standard Arabic plus Jordanian/Levantine and Gulf colloquial forms as they are written in SMS and social-media ads; no external word list copied. Scope: platform policy P9f and the Jordan Penal Code (gambling houses and games of chance are offences; named as commonly cited, the official text was not consulted); operator brand names are public offshore betting sites as advertised in 2026-11.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'gambling',
  language: 'ar',
  source:
    'Own compilation (2026-11): Modern Standard Arabic plus Jordanian/Levantine and Gulf colloquial forms as they are written in SMS and social-media ads; no external word list copied. Scope: platform policy P9f and the Jordan Penal Code (gambling houses and games of chance are offences; named as commonly cited, the official text was not consulted); operator brand names are public offshore betting sites as advertised in 2026-11.',
  terms: [
    { term: 'مراهنة', weight: 7, tag: 'betting' },
    { term: 'مراهنات رياضية', weight: 9, tag: 'betting' },
    { term: 'مراهنات كرة القدم', weight: 9, tag: 'betting' },
    { term: 'راهن واربح', weight: 9, tag: 'betting' },
    { term: 'اربح من المراهنات', weight: 9, tag: 'betting' },
    { term: 'رهان', weight: 2, tag: 'betting' },
    { term: 'راهن', weight: 2, tag: 'betting' },
    { term: 'راهن الآن', weight: 9, tag: 'betting' },
    { term: 'حساب مراهنات', weight: 9, tag: 'betting' },
    { term: 'موقع مراهنات', weight: 9, tag: 'betting' },
    { term: 'قمار', weight: 9, tag: 'betting' },
    { term: 'مقامرة', weight: 8, tag: 'betting' },
    { term: 'كازينو', weight: 5, tag: 'casino' },
    { term: 'كازينو اونلاين', weight: 10, tag: 'casino' },
    { term: 'كازينو مباشر', weight: 9, tag: 'casino' },
    { term: 'روليت', weight: 8, tag: 'casino' },
    { term: 'بلاك جاك', weight: 7, tag: 'casino' },
    { term: 'بوكر', weight: 4, tag: 'casino' },
    { term: 'سلوتس', weight: 8, tag: 'casino' },
    { term: 'ماكينات قمار', weight: 9, tag: 'casino' },
    { term: 'بوكر اونلاين', weight: 9, tag: 'casino' },
    { term: 'طاولة بوكر', weight: 5, tag: 'casino' },
    { term: 'ألعاب كازينو', weight: 8, tag: 'casino' },
    { term: 'سلوت', weight: 5, tag: 'casino' },
    { term: 'ألعاب السلوت', weight: 8, tag: 'casino' },
    { term: 'جاكبوت', weight: 4, tag: 'casino' },
    { term: 'ون اكس بت', weight: 10, tag: 'brand' },
    { term: 'وان اكس بت', weight: 10, tag: 'brand' },
    { term: 'ميلبيت', weight: 9, tag: 'brand' },
    { term: 'باريماتش', weight: 9, tag: 'brand' },
    { term: 'لينبت', weight: 8, tag: 'brand' },
    { term: 'مكافأة إيداع', weight: 6, tag: 'bonus' },
    { term: 'مكافأة الإيداع الأول', weight: 7, tag: 'bonus' },
    { term: 'أول إيداع', weight: 4, tag: 'bonus' },
    { term: 'بونص ترحيبي', weight: 4, tag: 'bonus' },
    { term: 'لفات مجانية', weight: 7, tag: 'bonus' },
    { term: 'رهان مجاني', weight: 8, tag: 'bonus' },
    { term: 'إيداع وسحب فوري', weight: 4, tag: 'bonus' },
    { term: 'توقعات مضمونة', weight: 6, tag: 'tips' },
    { term: 'مباريات مضمونة', weight: 8, tag: 'tips' },
    { term: 'ماتشات مضمونة', weight: 7, tag: 'tips' },
    { term: 'توقعات مباريات', weight: 2, tag: 'tips' },
    { term: 'يانصيب', weight: 2, tag: 'tips' },
  ],
  negatives: [
    { term: 'إدمان القمار', weight: -6 },
    { term: 'احذر من مواقع المراهنات', weight: -7 },
    { term: 'أضرار القمار', weight: -6 },
    { term: 'علاج إدمان القمار', weight: -6 },
  ],
} satisfies Lexicon;
