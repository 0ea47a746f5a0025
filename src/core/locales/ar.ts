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
} satisfies LocaleBundle;
