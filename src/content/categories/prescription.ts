/** `prescription` (policy P9d): selling prescription-only medicines. Pharmacy hours and reminders stay clean. */
import type { CategorySpec } from '../_types.js';
import { ar, en, gap, re } from '../_patterns.js';

export const prescriptionSpec: CategorySpec = {
  category: 'prescription',
  source: 'policy P9d',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'no-prescription',
      signal: 'no-rx',
      weight: 6,
      regex: re(
        `${en(['no', 'without', 'without a', 'w/o', 'no need for', 'no need for a', 'without any', 'no doctor'])} ${en(['prescription', 'prescriptions', 'rx', 'doctor visit', "doctor's note", 'script'])}(?: ${en(['needed', 'required', 'necessary'])})?|${en(['prescription', 'rx'])} ${en(['not needed', 'not required', 'free'])}|${ar(['بدون', 'بلا', 'من غير', 'دون', 'ما بدها', 'ما بدو', 'لا تحتاج', 'بدون الحاجه'])} ?${ar(['وصفه', 'روشته', 'روشيته', 'وصفه طبيه', 'راجيته'])}`,
      ),
    },
    {
      id: 'no-doctor',
      signal: 'no-rx',
      weight: 5,
      regex: re(
        `${en(['no need to see a doctor', 'without seeing a doctor', 'without a doctor', 'no doctor needed', 'no doctor visit', 'skip the doctor', 'bala ma tshoof doctor', 'bala doctor', 'bala wasfe', 'bala wasfa', 'bdoon wasfe', 'bdon wasfa', 'mn ghair wasfe'])}|${ar(['بدون ما تراجع دكتور', 'بدون ما تروح عالدكتور', 'بدون مراجعه الطبيب', 'بدون دكتور', 'بدون طبيب', 'من غير دكتور'])}`,
      ),
    },
    {
      id: 'pills-sale',
      signal: 'pills',
      weight: 2,
      regex: re(
        `${en(['pills', 'tablets', 'capsules', 'meds', 'mg'])}${gap(25)}${en(['for sale', 'order', 'buy', 'cheap', 'discount', 'delivery', 'shipping', 'overnight'])}|${ar(['حبوب', 'حبه', 'ابر', 'كبسولات', 'علبه', 'شريط'])}${gap(25)}${ar(['للبيع', 'متوفره', 'متوفر', 'توصيل', 'اطلب', 'سعر', 'بسعر', 'للطلب'])}`,
      ),
    },
    {
      id: 'pharmacy-routine',
      signal: 'routine',
      weight: -4,
      regex: re(
        `${en(['pharmacy hours', 'opening hours', 'we are open', 'open daily', 'open 24', 'open 24h', 'open 24/7', '24 hours', 'on duty', 'over the counter', 'otc', 'is ready for pickup', 'ready for collection', 'ready to collect', 'appointment', 'reminder', 'your doctor', 'refill is ready', 'clinic', 'consult your doctor', 'with a valid prescription', 'prescription required', 'requires a prescription'])}|${ar(['دوام الصيدليه', 'ساعات الدوام', 'مفتوحه', 'نفتح', 'موعدك', 'تذكير', 'الموعد', 'جاهزه للاستلام', 'جاهز للاستلام', 'العياده', 'راجع طبيبك', 'استشر طبيبك', 'بوصفه طبيه', 'بموجب وصفه', 'يتطلب وصفه', 'مناوبه', 'صيدليه مناوبه', 'اوقات دوام', 'دوام', 'مثل المسكنات', 'المسكنات'])}|${en(['saydaliye', 'saydaliyye', 'saydaliyeh', 'fat7a', 'fat7in', '24 sa3a', 'maw3ad', 'maw3adak', 'tathkeer', 'tazkeer', '3iyade', '3iyadeh', 'mosakenat', 'mnawbe'])}`,
      ),
    },
  ],
  suppressedBy: ['enforcement-news', 'routine'],
  yieldsTo: ['drugs'],
  combos: [
    {
      id: 'drug+price',
      weight: 4,
      all: ['lexicon'],
      any: ['price', 'sale', 'no-rx', 'pills', 'contact'],
      unless: ['routine'],
    },
    { id: 'drug+no-rx', weight: 2, all: ['lexicon', 'no-rx'] },
    { id: 'pills+no-rx', weight: 2, all: ['pills', 'no-rx'] },
    { id: 'no-rx+sale', weight: 2, all: ['no-rx'], any: ['sale', 'price', 'contact', 'phone', 'link'] },
  ],
  signalWeights: { 'enforcement-news': -6 },
};
