import type { LocaleBundle } from '../../core/locale.js';

/** consent messages, Arabic. */
export const consent = {
  'consent.promotional-consent-missing': (p) =>
    `لا توجد موافقة مسجّلة على الرسائل الترويجية للرقم ${p.subject} (الحساب ${p.account})؛ نموذج الاشتراك المسبق يتطلب موافقة قبل رسائل ADV.`,
  'consent.promotional-consent-expired': (p) =>
    `انتهت صلاحية موافقة الرقم ${p.subject} على الرسائل الترويجية (الحدث ${p.eventId}) في ${p.expiredAt}؛ يلزم تجديدها.`,
  'consent.promotional-consent-revoked': (p) =>
    `ألغى الرقم ${p.subject} الاشتراك في الرسائل الترويجية في ${p.since} (الحدث ${p.eventId}، ${p.source}).`,
  'consent.service-consent-missing': (p) =>
    `لا توجد موافقة مسجّلة على رسائل الخدمة للرقم ${p.subject} (الحساب ${p.account})؛ رسائل SRV تتطلب موافقة مسبقة من المستلم.`,
  'consent.service-consent-expired': (p) =>
    `انتهت صلاحية موافقة الرقم ${p.subject} على رسائل الخدمة (الحدث ${p.eventId}) في ${p.expiredAt}.`,
  'consent.service-consent-revoked': (p) =>
    `سحب الرقم ${p.subject} موافقته على هذه الرسائل في ${p.since} (الحدث ${p.eventId}، ${p.source}).`,
  'consent.operator-dnd': (p) =>
    `الرقم ${p.subject} مدرج في قائمة «عدم الإزعاج» لدى المشغّل منذ ${p.since} (الحدث ${p.eventId}) ولم يمنح هذا الحساب موافقة لاحقة.`,
  'consent.reply-opt-out': (p) =>
    `تم إلغاء اشتراكك في ${p.programName} ولن تصلك رسائل أخرى. أرسل «اشتراك» أو START للاشتراك من جديد.${p.contact ? ` للمساعدة: ${p.contact}` : ''}`,
  'consent.reply-opt-in': (p) =>
    `تم اشتراكك في ${p.programName}. أرسل «إلغاء» أو STOP في أي وقت لإلغاء الاشتراك مجاناً.${p.contact ? ` للمساعدة: ${p.contact}` : ''}`,
  'consent.reply-help': (p) =>
    `${p.programName}: أرسل «إلغاء» أو STOP لإلغاء الاشتراك، أو «اشتراك» أو START للاشتراك، مجاناً.${p.contact ? ` للتواصل: ${p.contact}` : ''}`,
} satisfies LocaleBundle;
