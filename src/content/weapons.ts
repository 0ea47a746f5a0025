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
      en: ['assault rifle', 'sawn-off', 'ak47', 'ak-47', 'ar-15', 'ghost gun', '9mm rounds', 'rounds of ammo', 'pipe bomb'],
      ar: ['كلاشن', 'كلاشنكوف', 'كلاشينكوف', 'غلوك', 'جلوك', 'بمب اكشن', 'كاتم صوت', 'ذخيرة حية', 'طلقات مسدس', 'مخازن مسدس', 'قنابل يدوية', 'قنبلة يدوية', 'متفجرات', 'ديناميت'],
      arabizi: ['klashin', 'kalashin', 'klashinkov'],
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
        'pepper spray',
        'taser',
        'butterfly knife',
        '9mm',
        'pump action',
        'rifles',
        'pistols',
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
        'صاعق',
        'صواعق',
        'صاعق كهرباء',
        'صواعق كهربائيه',
        'بخاخ فلفل',
        'سكاكين قفل',
        'عصا بوليسيه',
        'بوكس حديد',
        'فرد',
        'مسدسات',
        'رشاشات',
        'بنادق',
        'بندقيه صيد',
        'بنادق صيد',
        'ذخائر',
        'كاتم',
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
        'fared',
        'fard',
        'bunduqiya',
        'bunduqiyat',
        '5artoosh',
        'fasha',
        'amshat',
        'sakakeen',
      ],
    },
    {
      id: 'weapons-weak',
      description: 'weak terms that need company',
      en: ['gun', 'taser', 'knives', 'baton', 'guns', 'rounds', 'mags', 'magazines', 'crossbow', 'air rifle'],
      ar: ['بندقية', 'سلاح', 'أسلحة', 'سكين', 'سكاكين', 'طلقات', 'مخازن', 'خرطوش'],
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
    {
      id: 'unlicensed',
      description: 'without a licence, unregistered',
      en: ['no license', 'no licence', 'no license required', 'without license', 'without licence', 'unlicensed', 'unregistered', 'no paperwork', 'no papers', 'untraceable', 'serial removed'],
      ar: ['بدون ترخيص', 'غير مرخص', 'غير مرخصه', 'بلا ترخيص', 'من غير ترخيص', 'بدون رخصه', 'ما بدها ترخيص', 'بدون اوراق'],
      arabizi: ['bdoon tar5ees', 'mesh mrakhas', 'mish mrakhas', 'bdon tarkhees', 'ghair mora5as'],
    },
  ],
  weights: { 'weapons-strong': 6, 'weapons-product': 4, 'weapons-weak': 1 },
  frames: [
    ...goodsFrames('weapons'),

    { id: 'legitimate', weight: -6, near: ['weapons-legit'], note: 'legitimate look-alikes' },
    { id: 'unlicensed', weight: 4, near: [['weapons-strong', 'weapons-product', 'weapons-weak'], 'unlicensed'], window: 10, note: 'a weapon without a licence' },
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
