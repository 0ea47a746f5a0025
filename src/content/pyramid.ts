/**
 * `content/pyramid` (policy P9b): pyramid and multi-level marketing recruitment.
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

const PRODUCT = ['pyramid-strong', 'pyramid-product'];

export const PYRAMID = {
  category: 'pyramid',
  source: 'policy P9b',
  description: 'Pyramid and multi-level marketing recruitment',
  concepts: [
    {
      id: 'pyramid-strong',
      description: 'terms that name the category outright',
      en: [
        'gifting circle',
        'blessing loom',
        'cash gifting',
        'binary plan',
        'matrix plan',
        'downline',
        'upline',
        'recruit two people',
        'recruit 2 people',
        'recruit 3 people',
        'left and right leg',
      ],
      ar: ['تسويق شبكي', 'تسويق هرمي', 'تسويق متعدد المستويات', 'شركة تسويق شبكي', 'شخصين تحتك', 'عمولة على كل شخص'],
      arabizi: [
        'taswee2 shabaki',
        'tasweeq shabaki',
        'taswi2 shabake',
        'taswe2 shabaki',
        'taswee2 harami',
        'tasweeq harami',
        'taswi2 hrami',
        '3amoole 3ala kol shakhs',
        'shakhsen ta7tak',
      ],
    },
    {
      id: 'pyramid-product',
      description: 'strong terms that need little context',
      en: [
        'network marketing',
        'multi-level marketing',
        'multi level marketing',
        'mlm',
        'pyramid scheme',
        'ponzi',
        'qnet',
        'bring 2 people',
        'bring two people',
        'recruit your friends',
        'level commissions',
        'earn from your referrals',
        'referral commission',
        'earn while you sleep',
      ],
      ar: [
        'متعدد المستويات',
        'نظام هرمي',
        'مخطط بونزي',
        'بونزي',
        'كيونت',
        'كيو نت',
        'فوريفر ليفنج',
        'جيب شخصين',
        'أحضر شخصين',
        'أشخاص تحتك',
        'سجل تحتك',
        'كل شخص تسجله',
        'مستويات العمولة',
        'الجهة اليمنى واليسرى',
        'ربح من الإحالات',
        'اربح من كل شخص',
        'أرباح من فريقك',
        'فريقك تحتك',
        'النظام الثنائي',
        'اربح مدى الحياة',
      ],
      arabizi: [
        'nizam harami',
        'qnet',
        'kyonet',
        'jeeb shakhsen',
        'jib sh5sen',
        'sajjel ta7tak',
        'sajel t7tak',
        'jib nas ta7tak',
        'mostawayat el 3omola',
      ],
    },
    {
      id: 'pyramid-weak',
      description: 'weak terms that need company',
      en: ['amway', 'herbalife', 'financial freedom'],
      ar: ['هرمي', 'هيربالايف', 'دخل إضافي'],
      arabizi: ['7oreye malye'],
    },
    {
      id: 'pyramid-legit',
      description: 'legitimate look-alikes',
      en: ['beware of pyramid schemes', 'loyalty points', 'loyalty programme', 'loyalty program'],
      ar: [
        'تحذير من التسويق الشبكي',
        'احذر من التسويق الهرمي',
        'الاحتيال الهرمي',
        'هيكل تنظيمي',
        'برنامج الولاء',
        'نقاط الولاء',
      ],
      arabizi: ['ta7theer men el taswee2 el shabaki'],
    },
    {
      id: 'pyramid-recruit',
      description: 'recruit people under you, join my team, invite and earn',
      en: [
        'recruit',
        'recruiting',
        'recruits',
        'invite',
        'invite friends',
        'refer',
        'referral',
        'referrals',
        'refer friends',
        'bring',
        'bring friends',
        'bring people',
        'sign up people',
        'under you',
        'your team',
        'join my team',
        'join our team',
        'build a team',
        'downline',
        'upline',
        'members',
        'levels',
        'level',
        'sponsor',
        'membership fee',
        'joining fee',
        'starter pack',
        'join',
      ],
      ar: [
        'جيب',
        'اجلب',
        'احضر',
        'ادع',
        'ادعو',
        'ادعي',
        'دعوه',
        'اصدقائك',
        'اصحابك',
        'تحتك',
        'فريقك',
        'فريق',
        'انضم',
        'انضمي',
        'الانضمام',
        'انضمام',
        'اشتراك',
        'اعضاء',
        'عضو',
        'مستوى',
        'مستويات',
        'تسجيل',
        'سجل',
        'رسوم انضمام',
        'باقه',
      ],
      arabizi: ['jeeb', 'jib', 'ta7tak', 'fari2ak', 'endam', 'nda'],
    },
  ],
  weights: { 'pyramid-strong': 6, 'pyramid-product': 4, 'pyramid-weak': 1 },
  frames: [
    ...goodsFrames('pyramid'),
    {
      id: 'recruit-earn',
      weight: 4,
      near: ['pyramid-recruit', 'earn'],
      window: 14,
      with: [[...PRODUCT, 'job', 'invest']],
      note: 'recruit people under you and earn from them',
    },
    {
      id: 'recruit-fee',
      weight: 3,
      near: ['pyramid-recruit', 'fee'],
      window: 12,
      with: [PRODUCT],
      note: 'a joining fee',
    },
    { id: 'legitimate', weight: -6, near: ['pyramid-legit'], note: 'legitimate look-alikes' },
  ],
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  examples: {
    flagged: [
      'Join our network marketing team, recruit 2 people and earn commission on their sales forever',
      'انضم للتسويق الشبكي وجيب شخصين تحتك واربح من كل شخص',
    ],
    clean: [
      'Workshop: how to recognise pyramid schemes, Thursday 6 pm',
      'Earn loyalty points on every purchase at Acme',
    ],
  },
} as const satisfies CategorySpec;

/**
 * The `content/pyramid` rule: pyramid and multi-level marketing recruitment (policy P9b), in Arabic, English and Arabizi, through
 * obfuscation. `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [pyramid()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: "Join our network marketing team, recruit 2 people and earn commission on their sales forever" }).verdict; // 'deny'
 */
export function pyramid(options?: ContentOptions): Rule {
  return singleCategoryRule(PYRAMID, options, 'pyramid');
}
