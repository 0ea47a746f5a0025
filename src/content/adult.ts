/**
 * `content/adult` (policy P9a): pornography, sexual services and explicit chat lines.
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

const PRODUCT = ['adult-strong', 'adult-product'];

export const ADULT = {
  category: 'adult',
  source: 'policy P9a',
  description: 'Pornography, sexual services and explicit chat lines',
  concepts: [
    {
      id: 'adult-strong',
      description: 'terms that name the category outright',
      en: [
        'porn',
        'porno',
        'pornography',
        'xxx movies',
        'xxx pics',
        'xxx videos',
        'naked pics',
        'naked girls',
        'milf',
        'blowjob',
        'sex videos',
        'sex chat',
        'sexchat',
        'phone sex',
        'escort service',
        'call girl',
        'call girls',
        'erotic massage',
        'happy ending massage',
        'massage with extras',
        'full service massage',
        'hot singles',
        'dirty chat',
        'adult chat',
        'cam girls',
        'camgirl',
        'webcam girls',
      ],
      ar: [
        'سكس',
        'إباحي',
        'بورن',
        'بورنو',
        'خلاعة',
        'خليع',
        'صور عارية',
        'بنات عاريات',
        'فيديو فاضح',
        'مقاطع فاضحة',
        'أفلام جنسية',
        'مقاطع جنسية',
        'صور جنسية',
        'بث مباشر ساخن',
        'مساج بخدمة كاملة',
        'خدمات جنسية',
        'خدمات مرافقة',
        'فتيات مرافقة',
        'بنات ليل',
        'بنات للتعارف',
        'تعارف بنات',
        'مطلقات للتعارف',
        'رقم بنات',
        'أرقام بنات',
        'واتساب بنات',
        'شات ساخن',
        'دردشة ساخنة',
      ],
      arabizi: [
        'seks',
        'i2ba7i',
        '2iba7i',
        'ebahi',
        'sowar 3arya',
        'swar 3arye',
        'masaj 5as',
        'masaj khas',
        'massage 5as',
        'banat lail',
        'banat lal ta3aruf',
        'banat lil ta3arof',
        'ta3aruf banat',
        'ar2am banat',
        'arqam banat',
        'ra2m banat',
        'shat sa5en',
        'chat sa5en',
      ],
    },
    {
      id: 'adult-product',
      description: 'strong terms that need little context',
      en: [
        'nude',
        'nudes',
        'explicit videos',
        'erotic',
        'nsfw',
        'sexy girls',
        'horny',
        'sexting',
        'escort',
        'escorts',
        'strip club',
        'live girls',
        'lonely ladies',
        'hookup',
        'hook up tonight',
        'one night stand',
        'onlyfans',
      ],
      ar: [
        'سكسي',
        'عاري',
        'ممارسة الجنس',
        'متعة جنسية',
        'فيديوهات ساخنة',
        'صور ساخنة',
        'للكبار فقط',
        'مقاطع ممنوعة',
        'مساج خاص',
        'مساج بنات',
        'دعارة',
        'ليلة حمراء',
        'محادثة ساخنة',
      ],
      arabizi: ['sexy banat', 'neek'],
    },
    {
      id: 'adult-weak',
      description: 'weak terms that need company',
      en: ['xxx', 'sexy', 'sex'],
      ar: ['نيك', 'تعارف'],
      arabizi: ['ta3aruf'],
    },
    {
      id: 'adult-legit',
      description: 'legitimate look-alikes',
      en: [
        'sexual health',
        'sexual harassment',
        'sex education',
        'police escort',
        'breast cancer',
        'massage therapist',
        'physiotherapy',
      ],
      ar: [
        'الجنسية الأردنية',
        'الجنسية',
        'جنس المولود',
        'التحرش الجنسي',
        'الصحة الجنسية',
        'عارية عن الصحة',
        'عار عن الصحة',
        'مساج علاجي',
        'علاج طبيعي',
      ],
      arabizi: ['el jinsiye'],
    },
  ],
  weights: { 'adult-strong': 6, 'adult-product': 4, 'adult-weak': 1 },
  frames: [
    ...goodsFrames('adult'),

    { id: 'legitimate', weight: -6, near: ['adult-legit'], note: 'legitimate look-alikes' },
  ],
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  examples: {
    flagged: [
      'Hot girls waiting for you, sex chat 24/7 call 0790000000',
      'صور عارية وفيديوهات سكس للكبار فقط، اشترك عبر الواتساب',
    ],
    clean: [
      'Our lingerie collection is 30% off this weekend',
      'Sexual health clinic: your appointment is on Monday at 10',
    ],
  },
} as const satisfies CategorySpec;

/**
 * The `content/adult` rule: pornography, sexual services and explicit chat lines (policy P9a), in Arabic, English and Arabizi, through
 * obfuscation. `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [adult()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: "Hot girls waiting for you, sex chat 24/7 call 0790000000" }).verdict; // 'deny'
 */
export function adult(options?: ContentOptions): Rule {
  return singleCategoryRule(ADULT, options, 'adult');
}
