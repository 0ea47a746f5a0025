/**
 * `content/prescription` (policy P9d): selling prescription-only medicines.
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

const PRODUCT = ['prescription-strong', 'prescription-product'];

export const PRESCRIPTION = {
  category: 'prescription',
  source: 'policy P9d',
  description: 'Selling prescription-only medicines',
  concepts: [
    {
      id: 'prescription-strong',
      description: 'terms that name the category outright',
      en: ['tramadol', 'xanax', 'kamagra', 'cytotec', 'generic viagra'],
      ar: ['ترامادول', 'ترامال', 'زاناكس', 'زانكس', 'كاماجرا', 'سايتوتك', 'حبوب إجهاض', 'كبتاجون طبي'],
      arabizi: ['saitotek'],
    },
    {
      id: 'prescription-product',
      description: 'strong terms that need little context',
      en: ['valium', 'oxycodone', 'oxycontin', 'percocet', 'vicodin', 'adderall', 'lyrica', 'pregabalin', 'viagra', 'cialis', 'levitra', 'sildenafil', 'tadalafil', 'modafinil', 'ritalin', 'benzos', 'abortion pills', 'anabolic steroids', 'hgh', 'canadian pharmacy', 'rx meds', 'pain pills', 'saxenda', 'ozempic', 'wegovy', 'mounjaro', 'roaccutane', 'accutane', 'isotretinoin', 'clonazepam', 'diazepam', 'alprazolam', 'lorazepam', 'zolpidem', 'ambien', 'anavar', 'dianabol', 'clenbuterol'],
      ar: ['ليريكا', 'لاريكا', 'بريجابالين', 'ريفوتريل', 'كلونازيبام', 'كودايين', 'فياجرا', 'فياغرا', 'سياليس', 'سيالس', 'ليفيترا', 'ستيرويد', 'هرمون النمو', 'سيبوترامين', 'منشطات جنسية', 'حبوب تكبير', 'أقوى مسكن', 'ساكسندا', 'اوزمبيك', 'اوزيمبك', 'ويغوفي', 'مونجارو', 'روكتان', 'رواكتان', 'ترامادول', 'زاناكس', 'ابر تنحيف', 'ابره تخسيس', 'قلم التخسيس'],
      arabizi: ['tramal', 'tramadol', 'layrika', 'zanax', 'fiagra', 'viagra', 'syalis', '7bob ejhad', '7boob ijhad'],
    },
    {
      id: 'prescription-weak',
      description: 'weak terms that need company',
      en: [
        'codeine',
        'painkillers',
        'sleeping pills',
        'diet pills',
        'antibiotics',
        'amoxicillin',
        'augmentin',
        'steroids',
        'co-codamol',
        'gabapentin',
      ],
      ar: ['دواء', 'صيدلية', 'مضاد حيوي', 'مضادات حيويه', 'اوجمنتين', 'منوم', 'منومات', 'حبوب تخسيس'],
      arabizi: ['mosakin 2awi'],
    },
    {
      id: 'prescription-legit',
      description: 'legitimate look-alikes',
      en: [
        'your prescription is ready',
        'prescription is ready',
        'refill reminder',
        'time to refill',
        'pharmacy hours',
        'pharmacy opening hours',
        'appointment reminder',
        'your appointment',
        'consult your doctor',
        'requires a prescription',
        'prescription only',
        'bring your prescription',
        'pick up your prescription',
        'food and drug',
        'fda approved',
        'sfda',
        'mohap approved',
        'jfda',
      ],
      ar: [
        'دوام الصيدلية',
        'صيدلية مناوبة',
        'ساعات الدوام',
        'تذكير بموعد',
        'موعدك',
        'إعادة صرف الوصفة',
        'وصفتك جاهزة',
        'إحضار الوصفة',
        'بوصفة طبية فقط',
        'إلا بوصفة',
        'استشر طبيبك',
        'مؤسسة الغذاء والدواء',
        'التأمين الصحي',
        'الغذاء والدواء',
        'للغذاء والدواء',
        'المؤسسه العامه للغذاء والدواء',
        'هيئه الغذاء والدواء',
      ],
      arabizi: ['dawam el saydaliye', 'maw3adak'],
    },
    {
      id: 'rx-free',
      description: 'no prescription, no doctor',
      en: [
        'no prescription',
        'no prescription needed',
        'no prescription required',
        'without prescription',
        'without a prescription',
        'no rx',
        'no doctor',
        'no doctor visit',
        'without doctor',
        'no questions',
        'prescription free',
        'otc',
        'over the counter',
      ],
      ar: [
        'بدون وصفه',
        'بدون وصفه طبيه',
        'بلا وصفه',
        'من غير وصفه',
        'بدون روشته',
        'من غير روشته',
        'دون وصفه',
        'بدون دكتور',
        'بدون طبيب',
        'بدون استشاره',
        'بدون مراجعه طبيب',
        'بدون مراجعه',
        'بدون مراجعه الطبيب',
        'من غير دكتور',
        'من غير ما ترجع',
        'من غير ما تروح لدكتور',
        'بدون كشف',
      ],
      arabizi: [
        'bdoon wasfe',
        'bdon wasfa',
        'bidun wasfe',
        'bala wasfe',
        'bdoon roshetta',
        'men gheir wasfe',
        'bdun wasfeh',
        'mn gheer ma terga3',
        'mn 8er doctor',
        'bdoon doctor',
      ],
    },
    {
      id: 'medicine',
      description: 'pills, tablets, medicines (the class, not a name)',
      en: [
        'pills',
        'pill',
        'tablets',
        'tablet',
        'capsules',
        'meds',
        'medication',
        'medicine',
        'medicines',
        'drug',
        'drugs',
        'injection',
        'injections',
        'pen',
        'pens',
        'mg',
        'strip',
        'strips',
        'syrup',
        'painkiller',
        'weight loss injection',
        'weight loss pen',
      ],
      ar: [
        'حبوب',
        'حبه',
        'اقراص',
        'قرص',
        'كبسولات',
        'ادويه',
        'علاج',
        'ابر',
        'ابره',
        'حقن',
        'شريط',
        'شرايط',
        'مسكن',
        'مسكنات',
        'منوم',
        'منومات',
        'مهدئ',
        'مهدئات',
        'شراب',
        'ملغ',
      ],
      arabizi: ['7bob', '7boob', 'hbob', 'dawa', 'adwiye', 'ebar', 'msakken'],
    },
  ],
  weights: { 'prescription-strong': 6, 'prescription-product': 4, 'prescription-weak': 1 },
  frames: [
    ...goodsFrames('prescription'),
    {
      id: 'no-prescription',
      weight: 6,
      near: [[...PRODUCT, 'medicine'], 'rx-free'],
      window: 10,
      note: 'a medicine and "no prescription needed"',
    },
    {
      id: 'medicine-sale',
      weight: 3,
      near: ['medicine', 'sell'],
      window: 8,
      with: [['rx-free', 'secrecy', 'prescription-strong', 'prescription-product']],
      note: 'pills for sale with no-prescription or secrecy cues',
    },
    { id: 'appointment', weight: -4, near: ['appointment'], note: 'pharmacy hours, pickups and appointments' },
    { id: 'legitimate', weight: -6, near: ['prescription-legit'], note: 'legitimate look-alikes' },
  ],
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  examples: {
    flagged: [
      'Tramadol 100mg no prescription needed, discreet delivery, WhatsApp 0790000000',
      'ترامادول وليريكا بدون وصفة طبية مع توصيل سري',
    ],
    clean: [
      'Your prescription is ready for pickup at Al-Shifa Pharmacy',
      'صيدلية الشفاء: دوام الصيدلية من 9 صباحا حتى 11 مساء',
    ],
  },
} as const satisfies CategorySpec;

/**
 * The `content/prescription` rule: selling prescription-only medicines (policy P9d), in Arabic, English and Arabizi, through
 * obfuscation. `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [prescription()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: "Tramadol 100mg no prescription needed, discreet delivery, WhatsApp 0790000000" }).verdict; // 'deny'
 */
export function prescription(options?: ContentOptions): Rule {
  return singleCategoryRule(PRESCRIPTION, options, 'prescription');
}
