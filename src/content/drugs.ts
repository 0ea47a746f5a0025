/**
 * `content/drugs` (policy P9f): illegal narcotics for sale.
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

const PRODUCT = ['drugs-strong', 'drugs-product'];

export const DRUGS = {
  category: 'drugs',
  source: 'policy P9f',
  description: 'Illegal narcotics for sale',
  concepts: [
    {
      id: 'drugs-strong',
      description: 'terms that name the category outright',
      en: ['cocaine', 'crack cocaine', 'heroin', 'crystal meth', 'methamphetamine', 'mdma', 'ecstasy pills', 'xtc pills', 'captagon', 'hashish', 'marijuana', 'ganja', 'lsd', 'magic mushrooms', 'opium', 'pure cocaine', 'ounce of weed', 'oz of weed', 'plug for weed'],
      ar: ['حشيش', 'كبتاجون', 'كبتاغون', 'كابتاجون', 'كبتجون', 'أبو هلالين', 'حبوب هلوسة', 'هيروين', 'كوكايين', 'ماريجوانا', 'ماريوانا', 'ماريغوانا', 'قنب هندي', 'بانجو', 'بانغو', 'أفيون', 'شبو', 'كريستال ميث', 'ميثامفيتامين', 'امفيتامين', 'اكستاسي', 'إل إس دي', 'سجائر جوكر', 'سيجارة جوكر', 'كيلو حشيش'],
      arabizi: ['7ashish', '7asheesh', '7shish', '7sheesh', 'kabtagon', 'kaptagon', 'kabtajon', 'kabtajoon', 'kbtagon', 'abu hlalein', 'abu 7lalen', 'bango', 'banjo 7ashish', 'shabo', 'shabu', '2ofyoon', 'afyoon', 'kokayin', 'kokain', 'heroin'],
    },
    {
      id: 'drugs-product',
      description: 'strong terms that need little context',
      en: [
        'meth',
        'cannabis',
        'kush',
        'shrooms',
        'ketamine',
        'fentanyl',
        'amphetamine',
        'party pills',
        '420 friendly',
        'drug dealer',
        'smoke a joint',
        'roll a blunt',
        'ket',
        'molly',
        'xans',
        'percs',
        'oxy',
        'skunk',
        'pre-rolls',
        'thc',
        'vape carts',
        'codeine syrup',
        'magic mushroom',
        'mushrooms',
      ],
      ar: [
        'زطلة',
        'قات',
        'كيتامين',
        'مخدر',
        'بودرة بيضاء',
        'مروج مخدرات',
        'تاجر مخدرات',
        'محشش',
        'حبوب سعادة',
        'جوكر',
        'الجوكر',
        'ستروكس',
        'سترونغ',
        'شبو',
        'الشبو',
        'حبوب مخدره',
        'هلوسه',
        'حشيشه',
        'بانجو',
        'ترياق',
        'مكيفات',
        'حبوب الكبتاجون',
        'كبتاجون',
      ],
      arabizi: [
        'mo5adarat',
        'mukhadarat',
        'mokhadrat',
        'mo5adrat',
        'm7ashesh',
        'joker',
        'strox',
        'shabu',
        '7ashishe',
        'bango',
      ],
    },
    {
      id: 'drugs-weak',
      description: 'weak terms that need company',
      en: [
        'weed',
        'dope',
        'snow',
        'white',
        'pinks',
        'ice',
        'crystal',
        'charlie',
        'gear',
        'tabs',
        'pills',
        'rolls',
        'plug',
        'acid',
        'tina',
        'lean',
        'wax',
        'carts',
        'edibles',
        'hash',
        'shard',
      ],
      ar: [
        'ويد',
        'جوكر',
        'تحشيش',
        'بودره',
        'البودره',
        'ابيض',
        'حبوب',
        'راس',
        'مزاج',
        'صنف',
        'الصنف',
        'الكيف',
        'كيف',
        'بطير',
        'تطير',
        'كريستال',
      ],
      arabizi: ['ta7shish', 'mazaj', 'kif', '7boob'],
    },
    {
      id: 'drugs-legit',
      description: 'legitimate look-alikes',
      en: [
        'drug seizure',
        'police seized',
        'seized drugs',
        'arrested for',
        'anti-drug',
        'drug awareness',
        'say no to drugs',
        'addiction treatment',
        'war on drugs',
        'narcotics department',
      ],
      ar: [
        'ضبط كمية من المخدرات',
        'ضبط كمية',
        'مكافحة المخدرات',
        'إدارة مكافحة المخدرات',
        'القبض على',
        'إحباط تهريب',
        'أضرار المخدرات',
        'علاج الإدمان',
        'لا للمخدرات',
        'الوقاية من المخدرات',
        'اليوم العالمي لمكافحة المخدرات',
        'حملة توعية',
      ],
      arabizi: ['mukafa7at al mo5adarat', 'mukafahat almukhadarat', 'la lal mo5adarat'],
    },
  ],
  weights: { 'drugs-strong': 6, 'drugs-product': 4, 'drugs-weak': 1 },
  frames: [
    ...goodsFrames('drugs'),

    { id: 'legitimate', weight: -6, near: ['drugs-legit'], note: 'legitimate look-alikes' },
  ],
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  yieldsTo: ['prescription'],
  examples: {
    flagged: ['Weed and cocaine for sale, delivery 24/7, DM on telegram', 'حشيش وكبتاجون للبيع مع توصيل لباب البيت'],
    clean: [
      'Anti-narcotics department: police seized 2 tons of captagon at the border',
      'اليوم العالمي لمكافحة المخدرات: معا للوقاية من الإدمان',
    ],
  },
} as const satisfies CategorySpec;

/**
 * The `content/drugs` rule: illegal narcotics for sale (policy P9f), in Arabic, English and Arabizi, through
 * obfuscation. `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [drugs()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: "Weed and cocaine for sale, delivery 24/7, DM on telegram" }).verdict; // 'deny'
 */
export function drugs(options?: ContentOptions): Rule {
  return singleCategoryRule(DRUGS, options, 'drugs');
}
