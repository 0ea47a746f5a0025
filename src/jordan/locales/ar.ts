import type { LocaleBundle } from '../../core/locale.js';

/** jordan messages, Arabic. */
export const jordan = {
  'jordan.message-class': (p) => `تصنيف هيئة الاتصالات: ${p.kind} (${p.nameAr}).`,
  'jordan.government-sender': (p) =>
    `لا تُرسل رسائل ${p.kind} إلا من حسابات حكومية مخوّلة؛ الحساب «${p.account}» ليس في القائمة المسموح بها.`,
  'jordan.service-consent': (p) =>
    `تحتاج رسائل الخدمة (SRV) إلى موافقة مسبقة من المستقبِل؛ حالة الموافقة في السجل: «${p.state}».`,
  'jordan.service-consent-unverified': () =>
    'تعذّر التحقق من موافقة المستقبِل على رسالة الخدمة: لا يوجد سجل موافقات في هذه السياسة.',
  'jordan.service-promotional-content': () =>
    'تبدو رسالة الخدمة هذه ترويجية (أسعار، خصومات، عروض)؛ أرسلها كرسالة ADV باسم مرسل يبدأ بـ adv.',
  'jordan.adv-sender-prefix-missing': (p) =>
    `يجب أن يبدأ اسم مرسل الرسائل الترويجية (ADV) بـ «${p.prefix}» (مثل «${p.prefix} Acme»)؛ والاسم «${p.senderId}» لا يبدأ بها.`,
  'jordan.adv-sender-prefix-misused': (p) =>
    `اسم المرسل «${p.senderId}» مخصص للرسائل الترويجية (${p.prefix}) ولا يجوز استخدامه لرسائل ${p.kind}.`,
  'jordan.sender-id-too-long': (p) => `اسم المرسل «${p.senderId}» من ${p.length} حرفاً، والحد الأقصى ${p.max}.`,
  'jordan.sender-id-characters': (p) =>
    `اسم المرسل «${p.senderId}» يحتوي أحرفاً غير مسموح بها (${p.characters})؛ استخدم الأحرف اللاتينية والأرقام والمسافة و- _ .`,
  'jordan.adv-quiet-hours': (p) =>
    `لا تُرسل الرسائل الترويجية (ADV) بين ${p.start} و${p.end} بتوقيت ${p.timeZone} (الساعة الآن ${p.localTime}).`,
  'jordan.adv-holiday': (p) =>
    `لا تُرسل الرسائل الترويجية (ADV) في العطل الرسمية: ${p.date}${p.holidayAr ? ` هو ${p.holidayAr}` : ' مُدرج كعطلة'}.`,
  'jordan.adv-weekend': (p) => `تؤجَّل الرسائل الترويجية (ADV) يومي الجمعة والسبت في الملف الصارم (${p.date}).`,
  'jordan.adv-opt-out': (p) => `ألغى المستقبِل اشتراكه في الرسائل الترويجية من «${p.senderId}» أو من جميع المرسلين.`,
  'jordan.adv-opt-out-dnd': () => 'المستقبِل مسجّل في قائمة عدم الإزعاج لدى المشغّل؛ لا تُرسل له رسائل ترويجية.',
  'jordan.adv-opt-out-unverified': () =>
    'تعذّر التحقق من إلغاء الاشتراك: لا يوجد سجل موافقات في هذه السياسة، فلا يُفحص إلغاء الاشتراك في الرسائل الترويجية.',
  'jordan.adv-opt-out-notice': () =>
    'لا تبيّن الرسالة الترويجية طريقة إلغاء الاشتراك (مثل «لإلغاء الاشتراك أرسل STOP إلى 94444» أو "Reply STOP").',
  'jordan.adv-daily-cap': (p) =>
    `أرسل «${p.senderId}» إلى هذا المستقبِل ${p.limit} رسالة ترويجية اليوم (بتوقيت عمّان)، وهو الحد اليومي.`,
  'jordan.recipient-number': (p) =>
    `الرقم ${p.recipient} أردني لكنه ليس رقماً خلوياً (‎+962 77/78/79)، فلا يستقبل الرسائل القصيرة.`,
  'jordan.recipient-number-unallocated': (p) =>
    `الرقم ${p.recipient} على هيئة رقم أردني لكنه خارج النطاقات المخصّصة، فلا أحد يستقبل عليه.`,
  'jordan.recipient-number-operator': (p) => `الرقم ${p.recipient} خلوي لدى ${p.operator} (حسب البادئة).`,
  'jordan.segments': (p) => `${p.encoding}: ‏${p.units} وحدة في ${p.segments} مقطع (حتى ${p.perSegment} لكل مقطع).`,
  'jordan.segments-over': (p) =>
    `${p.encoding}: ‏${p.units} وحدة في ${p.segments} مقاطع، أكثر من الحد المسموح ${p.max}.`,
} satisfies LocaleBundle;
