/**
 * What Saudi promotional texts add to the shared opt-out notice phrases (core data): Gulf phrasings of
 * "stop the messages" and the keyword pair STOP/إيقاف that one vendor says a promotional text should carry in
 * both languages. Source: sent.dm Saudi guide and Unifonic's SMS terms (stop requests honoured within 24 hours),
 * read November 2026; wording our own. Compiled for sms-policy (MIT).
 */

/**
 * The Saudi additions to the shared opt-out notice data.
 *
 * @example
 * KSA_OPT_OUT_ADDITIONS.phrases.ar.includes('لإيقاف الإعلانات'); // true
 */
export const KSA_OPT_OUT_ADDITIONS = {
  keywords: ['إلغاء الاشتراك', 'ايقاف الرسائل'],
  phrases: {
    en: ['to stop ads', 'reply stop to opt out'],
    ar: ['لإيقاف الإعلانات', 'لإيقاف العروض', 'لعدم استقبال العروض'],
  },
  toShortCode: [],
} as const;
