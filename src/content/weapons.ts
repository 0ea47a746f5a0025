/**
 * `content/weapons` (policy P9f): firearms, ammunition and explosives for sale.
 *
 * Source: own compilation by the sms-policy authors (2026-11, regrouped 2026-12 into concept classes and frames):
 * MSA, Levantine, Gulf and Egyptian forms, English and Arabizi, as sellers write them; no external word list
 * copied. Licence: MIT, with the package.
 */
import type { Rule } from '../core/types.js';
import { goodsFrames } from './_goods.js';
import { singleCategoryRule } from './_rule.js';
import type { CategorySpec } from './_spec.js';
import type { ContentOptions } from './options.js';

const PRODUCT = ['weapons-strong', 'weapons-product'];

export const WEAPONS = {
  category: 'weapons',
  source: 'policy P9f',
  description: 'Firearms, ammunition and explosives for sale',
  concepts: [
    {
      id: 'weapons-strong',
      description: 'terms that name the category outright',
      en: [
        'assault rifle',
        'sawn-off',
        'ak47',
        'ak-47',
        'ar-15',
        'ghost gun',
        'untraceable gun',
        'unregistered gun',
        '9mm rounds',
        'rounds of ammo',
        'pipe bomb',
        'gun for sale',
        'guns for sale',
        'pistol for sale',
        'weapons for sale',
        'ammo for sale',
        'buy guns',
      ],
      ar: [
        'كلاشن',
        'كلاشنكوف',
        'كلاشينكوف',
        'غلوك',
        'جلوك',
        'بمب اكشن',
        'كاتم صوت',
        'قطعة سلاح',
        'ذخيرة حية',
        'طلقات مسدس',
        'مخازن مسدس',
        'قنابل يدوية',
        'قنبلة يدوية',
        'متفجرات',
        'ديناميت',
        'مسدس للبيع',
        'سلاح للبيع',
        'أسلحة للبيع',
        'بندقية للبيع',
        'ذخيرة للبيع',
        'فشك للبيع',
        'سلاح بدون ترخيص',
        'مسدس بدون ترخيص',
      ],
      arabizi: [
        'klashin',
        'kalashin',
        'klashinkov',
        'msadas lal bee3',
        'mosadas lal bee3',
        'sla7 lal bee3',
        'fashak lal bee3',
        'sla7 bdoon tar5ees',
      ],
    },
    {
      id: 'weapons-product',
      description: 'strong terms that need little context',
      en: [
        'pistol',
        'handgun',
        'rifle',
        'shotgun',
        'glock',
        'beretta',
        'firearm',
        'firearms',
        'silencer',
        'suppressor',
        'ammo',
        'ammunition',
        'hollow point',
        'grenade',
        'grenades',
        'explosives',
        'stun gun',
        'brass knuckles',
        'switchblade',
      ],
      ar: [
        'مسدس',
        'بارودة',
        'رشاش',
        'كلاش',
        'بيريتا',
        'شوزن',
        'سلاح ناري',
        'أسلحة نارية',
        'ذخيرة',
        'رصاص',
        'فشك',
        'خردق',
        'تي ان تي',
        'صاعق كهربائي',
      ],
      arabizi: [
        'msadas',
        'mosadas',
        'musaddas',
        'barode',
        'shozan',
        'fashak',
        'rsas',
        'rasas',
        'tha5eera',
        'thakhira',
        'zakhira',
      ],
    },
    {
      id: 'weapons-weak',
      description: 'weak terms that need company',
      en: ['gun', 'taser'],
      ar: ['بندقية', 'سلاح', 'أسلحة'],
      arabizi: ['sla7', 'sila7'],
    },
    {
      id: 'weapons-legit',
      description: 'legitimate look-alikes',
      en: [
        'water gun',
        'glue gun',
        'nail gun',
        'heat gun',
        'toy gun',
        'spray gun',
        'nerf',
        'paintball',
        'laser tag',
        'gun safety course',
      ],
      ar: [
        'مسدس ماء',
        'مسدس مياه',
        'مسدس ألعاب',
        'مسدس لعبة',
        'مسدس سيليكون',
        'مسدس شمع',
        'مسدس حراري',
        'مسدس حرارة',
        'مسدس رش',
        'قلم رصاص',
        'رشاش ماء',
        'رشاش مياه',
        'كلاش اوف كلانس',
        'مدينة البندقية',
        'رحلة إلى البندقية',
        'ضبط أسلحة',
        'تسليم الأسلحة غير المرخصة',
        'حملة تسليم الأسلحة',
      ],
      arabizi: ['msadas may', 'msadas mayy'],
    },
  ],
  weights: { 'weapons-strong': 6, 'weapons-product': 4, 'weapons-weak': 1 },
  frames: [
    ...goodsFrames('weapons'),

    { id: 'legitimate', weight: -6, near: ['weapons-legit'], note: 'legitimate look-alikes' },
  ],
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  examples: {
    flagged: [
      'Glock and AK-47 for sale, ammo available, no license required, call 0790000000',
      'مسدسات وكلاشنكوف للبيع مع ذخيرة بدون ترخيص',
    ],
    clean: ['Kids water gun party this Friday at the pool', 'حملة تسليم الأسلحة غير المرخصة مستمرة حتى نهاية الشهر'],
  },
} as const satisfies CategorySpec;

/**
 * The `content/weapons` rule: firearms, ammunition and explosives for sale (policy P9f), in Arabic, English and Arabizi, through
 * obfuscation. `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [weapons()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: "Glock and AK-47 for sale, ammo available, no license required, call 0790000000" }).verdict; // 'deny'
 */
export function weapons(options?: ContentOptions): Rule {
  return singleCategoryRule(WEAPONS, options, 'weapons');
}
