/**
 * phishing / ar: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'phishing',
  language: 'ar',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'رمز التحقق', weight: 2 },
    { term: 'كلمه السر', weight: 3 },
    { term: 'كلمه المرور', weight: 3 },
    { term: 'الرقم السري', weight: 3 },
    { term: 'رقم البطاقه', weight: 4 },
    { term: 'تم ايقاف حسابك', weight: 5 },
    { term: 'سيتم ايقاف حسابك', weight: 5 },
    { term: 'تحديث بياناتك', weight: 4 },
    { term: 'حدث بياناتك', weight: 4 },
    { term: 'تاكيد هويتك', weight: 4 },
    { term: 'رمز otp', weight: 3 },
    { term: 'الرقم السري للبطاقه', weight: 5 },
    { term: 'تفعيل حسابك', weight: 3 },
    { term: 'تجميد حسابك', weight: 5 },
  ],
  negatives: [
    { term: 'لا تشارك', weight: -5 },
    { term: 'لن نطلب', weight: -6 },
    { term: 'لا نطلب', weight: -6 },
    { term: 'لا تعطي', weight: -5 },
  ],
} satisfies Lexicon;
