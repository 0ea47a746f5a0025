/**
 * Signals that a text promotes something (JO-CLS-04: a service message carries no prices, discounts or
 * offers). Source: the clause as reported (RULES.md JO-CLS-04, «خصم», «عرض», prices, discounts), extended
 * by us with the words Jordanian retail and telecom promotions commonly use, in Arabic (MSA and Levantine),
 * English and Arabizi. Compiled 2026-11 for sms-policy (MIT). Terms are written in natural spelling; the
 * matcher normalises them like message text.
 *
 * Weights: a strong word alone makes a text promotional (2); a weak word, a price or a percentage is
 * common in service texts too ("your bill is 25 JD", "80% of your data used") and counts 1. Neutral
 * phrases are service wording that contains a signal word («عرض الفاتورة» = view the bill, "gift card",
 * "toll-free"): where one matches, the words inside it do not count.
 */

export interface PromoSignalData {
  strong: { ar: readonly string[]; en: readonly string[]; arabizi: readonly string[] };
  weak: { ar: readonly string[]; en: readonly string[]; arabizi: readonly string[] };
  /** Service phrases that contain a signal word but do not promote. */
  neutral: readonly string[];
  /** Currency words written before or after an amount. */
  currencies: readonly string[];
  /** Words for "percent" after a number. */
  percentWords: readonly string[];
}

/**
 * The shipped promotional signals (strong and weak words, currencies, percent words).
 *
 * @example
 * servicePromotionalContent({ signals: { ...PROMO_SIGNALS, currencies: [...PROMO_SIGNALS.currencies, 'EUR'] } });
 */
export const PROMO_SIGNALS = {
  strong: {
    ar: [
      'خصم',
      'خصومات',
      'تخفيض',
      'تخفيضات',
      'تنزيلات',
      'أوكازيون',
      'حسم',
      'حسومات',
      'عرض خاص',
      'عروض',
      'عرض لفترة محدودة',
      'كوبون',
      'كود الخصم',
      'نصف السعر',
      'بنص السعر',
      'اشتر واحد',
      'اشترِ واحدة',
      'الجمعة البيضاء',
      'الجمعة السوداء',
      'استرداد نقدي',
      'أسعار مخفضة',
      'سعر مخفض',
      'بأسعار تبدأ',
    ],
    en: [
      'sale',
      'discount',
      'special offer',
      'limited offer',
      'limited time offer',
      'promo',
      'promo code',
      'promocode',
      'coupon',
      'voucher code',
      'buy one get one',
      'bogo',
      'clearance',
      'flash sale',
      'mega sale',
      'black friday',
      'white friday',
      'cashback',
      'half price',
      'free shipping',
      'free delivery',
      'save up to',
      'best price',
      'lowest price',
    ],
    arabizi: ['5asm', 'khasm', '5asomat', 'ta5feed', 'ta5fidat', 'tanzilat', '3rood', '3orood', '3roud'],
  },
  weak: {
    ar: [
      'عرض',
      'مجانا',
      'مجاني',
      'مجانية',
      'هدية',
      'هدايا',
      'اربح',
      'تسوق الآن',
      'اطلب الآن',
      'سارع',
      'سارعوا',
      'حصريا',
      'لفترة محدودة',
      'بسعر',
      'جديدنا',
      'تشكيلة جديدة',
    ],
    en: [
      'offer',
      'free',
      'deal',
      'gift',
      'win',
      'shop now',
      'order now',
      'buy now',
      'limited time',
      'hurry',
      'exclusive',
      'new collection',
      'only today',
    ],
    arabizi: ['3ard', 'majanan', 'majani', 'hdeyeh', 'hdiyyeh'],
  },
  neutral: [
    'gift card',
    'gift card balance',
    'toll free',
    'toll-free',
    'free of charge',
    'free hotline',
    'free call',
    'عرض الفاتورة',
    'عرض الرصيد',
    'عرض الطلب',
    'عرض التفاصيل',
    'لعرض',
    'بطاقة هدية',
    'بطاقة الهدايا',
    'الرقم المجاني',
    'رقم مجاني',
    'مجانا على الرقم',
  ],
  currencies: ['jd', 'jod', 'dinar', 'dinars', 'دينار', 'دنانير', 'د.أ', 'قرش', 'fils', 'فلس', 'usd', '$', 'دولار'],
  percentWords: ['%', '٪', 'percent', 'بالمئة', 'بالمائة', 'في المئة'],
} as const satisfies PromoSignalData;
