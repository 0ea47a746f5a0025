/** `adult` (policy P9a): pornography and sexual services. */
import type { CategorySpec } from '../_types.js';
import { ar, en, re } from '../_patterns.js';

export const adultSpec: CategorySpec = {
  category: 'adult',
  source: 'policy P9a',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'explicit-offer',
      signal: 'offer',
      weight: 2,
      regex: re(
        `${en(['18+', 'adults only', 'private video', 'private videos', 'private photos', 'live cam', 'lonely', 'meet girls', 'girls near you', 'singles near you', 'date tonight', 'hot video', 'uncensored'])}|${ar(['بنات', 'تعارف', 'فيديوهات خاصه', 'صور خاصه', 'ساخن', 'ساخنه', 'للكبار فقط', 'بدون رقابه', 'لقاء', 'سهره خاصه'])}`,
      ),
    },
    {
      id: 'medical-context',
      signal: 'medical',
      weight: -4,
      regex: re(
        `${en(['breast cancer', 'screening', 'sexual health', 'clinic', 'awareness', 'mammogram', 'sex education', 'gender'])}|${ar(['سرطان الثدي', 'الكشف المبكر', 'الصحه الجنسيه', 'توعيه', 'العياده'])}`,
      ),
    },
  ],
  suppressedBy: ['medical'],
  combos: [
    { id: 'adult+offer', weight: 3, all: ['lexicon'], any: ['offer', 'link', 'price', 'contact'], unless: ['medical'] },
  ],
};
