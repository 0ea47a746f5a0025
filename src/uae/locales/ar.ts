import type { LocaleBundle } from '../../core/locale.js';

/** uae messages, Arabic. */
export const uae = {
  'uae.sender-registered': (p) => `اسم المرسل «${p.senderId}» غير مسجّل لدى مشغّلي الإمارات.`,
  'uae.adv-sender-prefix-missing': (p) =>
    `يجب أن تُرسل الرسائل الترويجية (ADV) إلى الإمارات من اسم مرسل يبدأ بـ «${p.required}» (مثل «${p.required}Acme»)، و«${p.senderId}» لا يبدأ بها.`,
  'uae.adv-sender-prefix-form': (p) =>
    `اسم المرسل «${p.senderId}» يكتب البادئة الترويجية «${p.written}»، والمطلوب في الإمارات «${p.required}» تماماً.`,
  'uae.adv-sender-prefix-misused': (p) =>
    `اسم المرسل «${p.senderId}» ترويجي (${p.required}) ولا يجوز أن يرسل رسائل ${p.kind}.`,
  'uae.sender-id-too-long': (p) =>
    `اسم المرسل «${p.senderId}» من ${p.length} حرفاً، والحد الأقصى في الإمارات ${p.max} شاملة البادئة.`,
  'uae.sender-id-characters': (p) =>
    `اسم المرسل «${p.senderId}» يحتوي أحرفاً غير مسموحة (${p.characters})؛ استخدم الأحرف اللاتينية والأرقام والمسافة و- _ .`,
  'uae.adv-quiet-hours': (p) =>
    `لا تُرسل الرسائل الترويجية (ADV) إلى الإمارات بين ${p.start} و${p.end} بتوقيت ${p.timeZone} (الساعة هناك ${p.localTime}).`,
  'uae.adv-holiday': (p) =>
    `${p.date} ${p.holidayAr ? `يوافق ${p.holidayAr}` : 'مدرج كعطلة'} في الإمارات؛ يُستحسن تأجيل الرسائل الترويجية.`,
  'uae.adv-opt-out-notice': (p) =>
    `يُستحسن أن تبيّن الرسائل الترويجية إلى الإمارات طريقة إلغاء الاشتراك، مثل «للإلغاء أرسل B إلى ${p.shortCode}».`,
  'uae.prohibited-content': (p) => `تحظر الإمارات الترويج لهذا المحتوى بالرسائل النصية (${p.categories}).`,
  'uae.restricted-content': (p) =>
    `لا تحمل الرسائل الترويجية في الإمارات محتوى من نوع ${p.classes}؛ راجع الرسالة قبل الإرسال.`,
  'uae.adv-link': (p) => `لا تحمل الرسائل الترويجية إلى الإمارات روابط (وُجد ${p.count}).`,
  'uae.adv-chat-link': (p) => `لا تحمل الرسائل الترويجية إلى الإمارات روابط واتساب أو لاين (وُجد ${p.count}).`,
  'uae.adv-phone-number': (p) => `لا تحمل الرسائل الترويجية إلى الإمارات أرقام هواتف (وُجد ${p.count}).`,
  'uae.recipient-number': (p) => `${p.recipient} ليس رقماً خلوياً إماراتياً؛ لا تُسلَّم الرسائل النصية إلى الأرقام الأرضية.`,
} satisfies LocaleBundle;
