import type { LocaleBundle } from '../../core/locale.js';

const terms = (p: Record<string, unknown>): string => (p.terms ? ` (${String(p.terms)})` : '');

/** content messages, Arabic. */
export const content = {
  'content.adult': (p) => `المحتوى الإباحي غير مسموح (البند P9a)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.pyramid': (p) => `تسويق هرمي أو شبكي (البند P9b)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.piracy': (p) => `محتوى أو خدمات مقرصنة (البند P9c)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.prescription': (p) =>
    `بيع الأدوية التي تحتاج وصفة طبية غير مسموح (البند P9d)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.counterfeit': (p) => `بضائع مقلدة (البند P9e)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.gambling': (p) => `ترويج للقمار أو المراهنات (البند P9f)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.drugs': (p) => `مواد مخدرة (البند P9f)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.weapons': (p) => `بيع أسلحة (البند P9f)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.phishing': (p) =>
    `تبدو رسالة تصيّد: تطلب بيانات سرية أو تشير إلى رابط منتحل (البند P7)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.fraud': (p) =>
    `تبدو احتيالاً (جائزة، رسوم مسبقة، وظيفة أو استثمار وهمي) (البند P9f)؛ الدرجة ${p.score}${terms(p)}.`,
  'content.abuse': (p) => `محتوى تهديد أو إساءة أو أخبار مفزعة (البند P9f)؛ الدرجة ${p.score}${terms(p)}.`,
} satisfies LocaleBundle;
