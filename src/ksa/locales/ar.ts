import type { LocaleBundle } from '../../core/locale.js';

/** ksa messages, Arabic. */
export const ksa = {
  'ksa.message-type': (p) => `نوع الرسالة لدى الهيئة: ${p.typeAr} (${p.kind}).`,
  'ksa.international-sender': (p) =>
    `لا يجوز للمرسلين من خارج المملكة إلا إرسال الرسائل الخدمية أو الشخصية، وهذه رسالة ${p.typeAr} (${p.kind}).`,
  'ksa.sender-registered': (p) => `اسم المرسل «${p.senderId}» غير مسجّل لدى المشغّلين في المملكة.`,
  'ksa.adv-sender-suffix-missing': (p) =>
    `يجب أن تُرسل الرسائل الترويجية (ADV) إلى المملكة من اسم مرسل ينتهي بـ «${p.required}» (مثل «Acme${p.required}»)، و«${p.senderId}» لا ينتهي بها.`,
  'ksa.adv-sender-suffix-form': (p) =>
    `اسم المرسل «${p.senderId}» يكتب اللاحقة الترويجية «${p.written}»، والمطلوب لدى المشغّلين «${p.required}» تماماً.`,
  'ksa.adv-sender-suffix-misused': (p) =>
    `اسم المرسل «${p.senderId}» ترويجي (${p.required}) ولا يجوز أن يرسل رسائل ${p.kind}.`,
  'ksa.sender-id-too-long': (p) =>
    `اسم المرسل «${p.senderId}» من ${p.length} حرفاً، والحد الأقصى في المملكة ${p.max} شاملة -AD.`,
  'ksa.sender-id-characters': (p) =>
    `اسم المرسل «${p.senderId}» يحتوي أحرفاً غير مسموحة (${p.characters})؛ استخدم الأحرف اللاتينية والأرقام والمسافة و- _ .`,
  'ksa.sender-id-numeric': (p) =>
    `اسم المرسل «${p.senderId}» رقمي، والمشغّلون في المملكة يرفضون أسماء المرسلين الرقمية.`,
  'ksa.adv-quiet-hours': (p) =>
    `لا تُرسل الرسائل الترويجية (ADV) إلى المملكة إلا بين ${p.end} و${p.start} بتوقيت ${p.timeZone} (الساعة هناك ${p.localTime}).`,
  'ksa.adv-holiday': (p) =>
    `${p.date} ${p.holidayAr ? `يوافق ${p.holidayAr}` : 'مدرج كعطلة'} في المملكة؛ يُستحسن تأجيل الرسائل الترويجية.`,
  'ksa.adv-opt-out-notice': () =>
    'يُستحسن أن تبيّن الرسائل الترويجية إلى المملكة طريقة إلغاء الاشتراك بالعربية والإنجليزية (مثل «أرسل إيقاف / Reply STOP»).',
  'ksa.url-shortener': (p) => `يرفض المشغّلون في المملكة روابط خدمات الاختصار العامة (وُجد ${p.count}).`,
  'ksa.url-unregistered': (p) => `الروابط إلى ${p.hosts} غير مسجّلة لدى المشغّلين في المملكة.`,
  'ksa.url-unverified': (p) =>
    `يجب تسجيل الروابط في الرسائل إلى المملكة لدى المشغّلين؛ تحقّق من تسجيل ${p.hosts} (مرّر registeredUrls للتحقق).`,
  'ksa.prohibited-content': (p) => `تحظر المملكة إرسال هذا المحتوى بالرسائل النصية (${p.categories}).`,
  'ksa.restricted-content': (p) =>
    `لا تحمل الرسائل الترويجية في المملكة محتوى من نوع ${p.classes}؛ راجع الرسالة قبل الإرسال.`,
  'ksa.adv-chat-link': (p) => `لا تحمل الرسائل الترويجية إلى المملكة روابط واتساب أو لاين (وُجد ${p.count}).`,
  'ksa.adv-phone-number': (p) => `لا تحمل الرسائل الترويجية إلى المملكة أرقام هواتف (وُجد ${p.count}).`,
  'ksa.recipient-number': (p) => `${p.recipient} ليس رقماً خلوياً سعودياً؛ لا تُسلَّم الرسائل النصية إلى الأرقام الأرضية.`,
} satisfies LocaleBundle;
