/** `drugs` (policy P9f): illegal narcotics. Awareness campaigns against drugs stay clean. */
import type { CategorySpec } from '../_types.js';
import { ar, en, re } from '../_patterns.js';

export const drugsSpec: CategorySpec = {
  category: 'drugs',
  source: 'policy P9f',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'quantity',
      signal: 'quantity',
      weight: 1,
      regex: re(
        `\\d{1,4} ?${en(['g', 'gr', 'gram', 'grams', 'oz', 'ounce', 'kg', 'kilo', 'pills', 'tabs'])}|${ar(['غرام', 'جرام', 'اوقيه', 'كيلو', 'حبه', 'ظرف', 'قرص', 'كف', 'فرش'])}`,
      ),
    },
    {
      id: 'awareness',
      signal: 'awareness',
      weight: -8,
      regex: re(
        `${en(['say no to', 'anti-drug', 'anti drug', 'drug abuse', 'addiction', 'rehab', 'rehabilitation', 'awareness', 'prevention', 'narcotics department', 'report dealers', 'dangers of', 'police seized', 'seized', 'arrested', 'smugglers', 'anti-narcotics', 'awareness talk', 'dabato', 'dabat', 'mokafa7a', 'mukafa7a', 'taw3awiye', 'taw3ia', 'a4rar', 'adrar', 'edman', 'idman', 'mo7adara'])}|${ar(['مكافحه المخدرات', 'ادمان', 'الادمان', 'توعيه', 'التوعيه', 'علاج', 'مخاطر', 'اضرار', 'ضبط', 'ضبطت', 'احباط', 'الوقايه', 'قل لا', 'توعويه', 'محاضره', 'القبض', 'مهربين', 'المهربين'])}`,
      ),
    },
  ],
  suppressedBy: ['enforcement-news', 'awareness'],
  combos: [
    {
      id: 'drug+sale',
      weight: 4,
      all: ['lexicon'],
      any: ['price', 'sale', 'contact', 'quantity', 'phone'],
      unless: ['awareness'],
    },
    { id: 'drug+sale+price', weight: 1, all: ['lexicon', 'price'], unless: ['awareness'] },
  ],
  signalWeights: { 'enforcement-news': -6 },
};
