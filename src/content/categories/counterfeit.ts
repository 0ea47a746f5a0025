/** `counterfeit` (policy P9e): replicas, "first copy", "mirror quality" goods of known brands. */
import type { CategorySpec } from '../_types.js';
import { ar, en, re } from '../_patterns.js';

const BRANDS = [
  'rolex',
  'gucci',
  'louis vuitton',
  'lv',
  'chanel',
  'dior',
  'prada',
  'hermes',
  'nike',
  'adidas',
  'cartier',
  'omega',
  'patek',
  'versace',
  'balenciaga',
  'yeezy',
  'jordan',
  'iphone',
  'airpods',
  'apple watch',
  'samsung',
  'دولتشي',
  'رولكس',
  'غوتشي',
  'قوتشي',
  'لويس فيتون',
  'شانيل',
  'ديور',
  'برادا',
  'نايك',
  'اديداس',
  'كارتير',
  'ايفون',
  'ايربودز',
  'ساعات',
  'شنط',
  'عطور',
  'perfume',
  'perfumes',
  'bags',
  'handbags',
  'watches',
  'sneakers',
];

export const counterfeitSpec: CategorySpec = {
  category: 'counterfeit',
  source: 'policy P9e',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    { id: 'brand-goods', signal: 'brand-goods', weight: 1, regex: re(`${en(BRANDS)}|${ar(BRANDS)}`) },
    {
      id: 'copy-grade',
      signal: 'copy',
      weight: 3,
      regex: re(
        `${en(['copy', 'clone', 'replica', 'fake', 'imitation', 'knockoff', 'knock-off', 'grade aaa', 'aaa', 'a+', '1:1', 'same as original', 'looks original', 'like the original', 'unbranded original'])}|${ar(['كوبي', 'تقليد', 'مقلد', 'مقلده', 'نسخه', 'طبق الاصل', 'درجه اولى', 'زي الاصلي', 'مثل الاصلي', 'فيرست', 'ماستر'])}`,
      ),
    },
    {
      id: 'genuine-claim',
      signal: 'genuine',
      weight: -4,
      // "looks 100% original" is a copy's sales line, not a genuine-product claim.
      regex: re(
        `(?<!(?:looks|look|like|as|زي|مثل|متل|بتشبه|كانها) )(?:${en(['100% original', 'genuine', 'authentic', 'authorized dealer', 'authorised dealer', 'official store', 'official warranty', 'warranty', 'official agent', 'original products'])}|${ar(['اصلي 100', 'منتجات اصليه', 'وكيل معتمد', 'الوكيل الرسمي', 'كفاله', 'ضمان الوكيل', 'اصليه', 'موزع معتمد'])})`,
      ),
    },
  ],
  suppressedBy: ['enforcement-news', 'genuine'],
  combos: [
    { id: 'copy+brand', weight: 4, all: ['copy', 'brand-goods'], unless: ['genuine'] },
    { id: 'lexicon+brand', weight: 3, all: ['lexicon'], any: ['brand-goods', 'price', 'sale'], unless: ['genuine'] },
  ],
  signalWeights: { 'enforcement-news': -6 },
};
