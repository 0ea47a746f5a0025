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
      id: 'sexual-service',
      signal: 'service',
      weight: 4,
      regex: re(
        `${en(['happy ending', 'extra services', '🔞', 'naughty girls', 'horny girls', 'uncensored videos', 'private videos', 'private shows', 'full service', 'for men only', 'hotel visits', 'incall', 'outcall', 'girls for fun', 'secret relationship', 'no strings attached', 'sugar daddy', 'nude', 'nudes', 'adult movies', 'adult videos', 'adult clips', '+18', '18+ videos', 'sex chat', 'hot chat', 'masaj ma3 5adamat', '5adamat edafiye', 'lal mut3a', 'lal mot3a', 'banat lal', 'mo6alla2at', 'videohat +18', 'aflam sex', 'bdon 7athf'])}|${ar(['خدمات اضافيه', 'للرجال فقط', 'مدلكات', 'مساج بنات', 'زيارات منزليه وفندقيه', 'زيارات فندقيه', 'للمتعه', 'علاقه سريه', 'بدون زواج', 'الدردشه الساخنه', 'دردشه ساخنه', 'المكالمات الخاصه', 'مكالمات ساخنه', 'مطلقات وارامل', 'ارقامهن', 'افلام للكبار', 'بدون حذف', 'بنات للمتعه'])}`,
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
    {
      id: 'service+contact',
      weight: 3,
      all: ['service'],
      any: ['phone', 'link', 'contact', 'cta', 'offer', 'lexicon-any', 'price'],
    },
    { id: 'adult+offer', weight: 3, all: ['lexicon'], any: ['offer', 'link', 'price', 'contact'], unless: ['medical'] },
  ],
};
