import type { LocaleBundle } from '../../core/locale.js';

/** A window length in Arabic: `1 ث`, `10 دقيقة`, `24 ساعة`. */
function span(ms: unknown): string {
  const value = Number(ms);
  if (value % 3_600_000 === 0) return `${value / 3_600_000} ساعة`;
  if (value % 60_000 === 0) return `${value / 60_000} دقيقة`;
  if (value % 1_000 === 0) return `${value / 1_000} ثانية`;
  return `${value} ملّي ثانية`;
}

/** flood messages, Arabic. */
export const flood = {
  'flood.account-throughput': (p) =>
    `تجاوز هذا الحساب معدل الإرسال المسموح (${p.limit} رسالة كل ${span(p.windowMs)})؛ أعد المحاولة بعد ${p.retryAfterSeconds} ثانية.`,
  'flood.recipient-burst': (p) =>
    `تلقى الرقم ${p.recipient} رسائل كثيرة (أكثر من ${p.limit} كل ${span(p.windowMs)}) — احتمال إغراق بالرسائل؛ أعد المحاولة بعد ${p.retryAfterSeconds} ثانية.`,
  'flood.duplicate-content': (p) => `أُرسل النص نفسه إلى ${p.recipient} خلال ${span(p.windowMs)} (الحد ${p.limit}).`,
  'flood.duplicate-content-near': (p) =>
    `أُرسل نص شبه مطابق إلى ${p.recipient} خلال ${span(p.windowMs)} (الحد ${p.limit}).`,
  'flood.recipient-many-accounts': (p) =>
    `راسل الرقمَ ${p.recipient} أكثرُ من ${p.limit} حسابات مختلفة خلال ${span(p.windowMs)}؛ أعد المحاولة بعد ${p.retryAfterSeconds} ثانية.`,
  'flood.recipient-daily-cap': (p) =>
    `تلقى الرقم ${p.recipient} اليوم ${p.limit} رسالة من هذا المرسل؛ يبدأ اليوم التالي بعد ${p.retryAfterSeconds} ثانية.`,
} satisfies LocaleBundle;
