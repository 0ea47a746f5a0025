/**
 * Signals of the content classes Saudi Arabia restricts in promotional SMS beyond the shared content categories
 * (SA-CNT-02: alcohol, money and loan offers, political and religious content), in English and Arabic.
 * Source: the classes as reported (Vonage and sent.dm Saudi guides, November 2026); the words are our own
 * compilation, 2026-11, for sms-policy (MIT). Terms are in natural spelling; the matcher normalises them like
 * message text. A strong term alone makes the class (weight 2); a weak term counts 1 and needs company;
 * neutral phrases contain a signal word but do not carry the class (“alcohol-free”, “ginger beer”).
 */
import type { SignalClassTerms } from '../../core/_signal-classes.js';

/** The terms of one class: the core signal-class shape. */
export type RestrictedClassTerms = SignalClassTerms;

export type RestrictedContentData = Readonly<
  Record<'alcohol' | 'loans' | 'political' | 'religious', RestrictedClassTerms>
>;

/**
 * The shipped signal lists of Saudi Arabia's restricted classes.
 *
 * @example
 * ksaRules({ restrictedClasses: ['alcohol', 'political'] });
 */
export const KSA_RESTRICTED_CONTENT = {
  alcohol: {
    strong: {
      en: [
        'beer',
        'wine',
        'whisky',
        'whiskey',
        'vodka',
        'champagne',
        'liquor',
        'alcohol',
        'alcoholic drinks',
        'happy hour',
        'tequila',
        'bottomless brunch',
        'cocktail',
      ],
      ar: ['خمر', 'خمور', 'كحول', 'كحولية', 'مشروبات كحولية', 'بيرة', 'نبيذ', 'ويسكي', 'فودكا', 'شمبانيا', 'كوكتيل'],
    },
    weak: { en: ['bar', 'pub', 'drinks', 'ladies night', 'lounge'], ar: ['بار', 'مشروبات', 'حانة'] },
    neutral: [
      'alcohol-free',
      'alcohol free',
      'non-alcoholic',
      'ginger beer',
      'root beer',
      'خالي من الكحول',
      'خالية من الكحول',
      'كحول طبي',
    ],
  },
  loans: {
    strong: {
      en: [
        'loan',
        'personal loan',
        'instant loan',
        'cash loan',
        'payday loan',
        'quick cash',
        'borrow money',
        'credit facility',
        'get cash now',
      ],
      ar: ['قرض', 'قروض', 'قرض شخصي', 'تمويل شخصي', 'تمويل فوري', 'تمويل نقدي', 'سلفة', 'سيولة فورية'],
    },
    weak: {
      en: ['financing', 'low interest', 'interest rate', 'installments', 'instalments'],
      ar: ['تمويل', 'فائدة', 'أقساط', 'بدون كفيل'],
    },
    neutral: ['loan repayment', 'سداد القرض'],
  },
  political: {
    strong: {
      en: [
        'vote for',
        'election',
        'elections',
        'candidate',
        'political party',
        'referendum',
        'protest',
        'demonstration',
        'parliament',
      ],
      ar: [
        'انتخابات',
        'الانتخابات',
        'انتخبوا',
        'صوتوا',
        'مرشح',
        'حزب',
        'الأحزاب',
        'برلمان',
        'مجلس النواب',
        'استفتاء',
        'مظاهرة',
        'مظاهرات',
        'احتجاج',
      ],
    },
    weak: { en: ['government', 'minister', 'regime'], ar: ['حكومة', 'وزير', 'سياسة', 'سياسي'] },
    neutral: ['privacy policy', 'return policy', 'سياسة الخصوصية', 'سياسة الإرجاع'],
  },
  religious: {
    strong: {
      en: [
        'pray for',
        'sermon',
        'bible',
        'quran',
        'koran',
        'hadith',
        'fatwa',
        'convert to',
        'salvation',
        'religious lecture',
      ],
      ar: [
        'دعاء',
        'ادعوا',
        'القرآن',
        'القرآن الكريم',
        'حديث شريف',
        'فتوى',
        'محاضرة دينية',
        'درس ديني',
        'تبشير',
        'الإنجيل',
        'سبحان الله',
        'استغفر الله',
      ],
    },
    weak: {
      en: ['prayer', 'church', 'mosque', 'god', 'blessed'],
      ar: ['صلاة', 'مسجد', 'كنيسة', 'خطبة', 'آية', 'الله'],
    },
    neutral: ['ramadan kareem', 'eid mubarak', 'رمضان كريم', 'عيد مبارك', 'إن شاء الله', 'ان شاء الله', 'prayer room'],
  },
} as const satisfies RestrictedContentData;
