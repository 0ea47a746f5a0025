import type { LocaleBundle } from '../locale.js';

/** core messages, Arabic. */
export const core = {
  'core.rule-error': (p) => `تعذّر تقييم القاعدة ${p.ruleId} (${p.error})؛ عوملت الرسالة كـ ${p.action}.`,
  'core.rule-timeout': (p) => `لم تُجب القاعدة ${p.ruleId} خلال ${p.timeoutMs} ملّي ثانية؛ عوملت الرسالة كـ ${p.action}.`,
  'core.consent-error': (p) =>
    `تعذّر على القاعدة ${p.ruleId} قراءة سجل الموافقات (${p.error})؛ عوملت الرسالة كـ ${p.action}.`,
  'core.consent-timeout': (p) =>
    `القاعدة ${p.ruleId}: لم يُجب سجل الموافقات خلال ${p.timeoutMs} ملّي ثانية؛ عوملت الرسالة كـ ${p.action}.`,
  'core.rate-error': (p) => `تعذّر الوصول إلى مخزن معدّلات الإرسال (${p.error})؛ عوملت الرسالة كـ ${p.action}.`,
  'core.missing-port': (p) => `القاعدة ${p.ruleId} تحتاج ${p.port} ولم تُمرَّر إلى السياسة؛ عوملت الرسالة كـ ${p.action}.`,
  'core.no-pack': (p) => `لا توجد حزمة قواعد لمستقبِلين في ${p.country} (الحزم: ${p.packs})؛ راجع الرسالة قبل الإرسال.`,
  // Input issues (PolicyInputError / PolicyConfigError): `core.issue.<code>`, resolved from the code and params.
  'core.issue.required': () => 'الحقل مطلوب',
  'core.issue.invalid_type': (p) => `نوع غير صالح: المتوقع ${p.expected ?? ''}`.trim(),
  'core.issue.empty': () => 'لا يجوز أن يكون فارغاً',
  'core.issue.too_long': (p) => `أطول من الحد المسموح (${p.maximum ?? ''})`,
  'core.issue.invalid_value': (p) => `قيمة غير معروفة؛ المسموح: ${p.allowed ?? ''}`,
  'core.issue.invalid_phone': () => 'رقم هاتف غير صالح',
  'core.issue.invalid_date': () => 'تاريخ أو وقت غير صالح',
  'core.issue.invalid_text': () => 'نص غير سليم: فيه محارف تحكم أو نصف زوج بديل (surrogate) غير مكتمل',
  'core.issue.unknown_key': (p) => `حقل غير معروف: ${p.key ?? ''}`,
  'core.issue.rule-without-check': () => 'القاعدة تحتاج دالة check أو claims',
  'core.issue.ruleset-clause-missing': (p) => `مجموعة القواعد ${p.version} لا تحتوي البند ${p.clause}`,
} satisfies LocaleBundle;
