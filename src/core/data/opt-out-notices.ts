/**
 * How promotional texts tell the recipient to opt out, in English and Arabic: the base every country pack
 * extends with its own short codes and keywords (Jordan JO-OPT-03, UAE AE-OPT-02, Saudi SA-OPT-01).
 * Interim home in core until the text toolkit (issue 11) takes phrase data.
 * Source: the clause as reported by one vendor guide (RULES.md JO-OPT-03, sent.dm), the carrier keyword
 * defaults of RULES.md section 3 (STOP, UNSUBSCRIBE, …), and the Arabic phrasings Jordanian senders use
 * («لإلغاء الاشتراك أرسل …», «للإلغاء أرسل …»). Compiled 2026-11 for sms-policy (MIT). Terms are in natural
 * spelling; the matcher normalises them like message text (hamza, tashkeel, لل, digits).
 */

export interface OptOutNoticeData {
  /** Verbs that introduce the keyword: "reply STOP", «أرسل إلغاء». */
  verbs: { en: readonly string[]; ar: readonly string[] };
  /** Optional filler between verb and keyword: "the word", «كلمة». */
  fillers: readonly string[];
  /** Opt-out keywords a recipient sends. */
  keywords: readonly string[];
  /** Phrases that are an opt-out instruction on their own. */
  phrases: { en: readonly string[]; ar: readonly string[] };
  /** Joiners between a keyword and a short code: "STOP to 94444", «إلغاء إلى 94444». */
  toShortCode: readonly string[];
}

/**
 * The shipped opt-out instruction data (verbs, keywords, phrases, short-code joiners).
 *
 * @example
 * advOptOutNotice({ notices: { ...OPT_OUT_NOTICES, keywords: [...OPT_OUT_NOTICES.keywords, 'بطل'] } }); // from sms-policy/jordan
 */
export const OPT_OUT_NOTICES = {
  verbs: {
    en: ['reply', 'reply with', 'send', 'text', 'txt', 'sms', 'message', 'msg', 'type'],
    ar: ['أرسل', 'ارسل', 'أرسلي', 'أرسلوا', 'إرسال', 'ابعث', 'ابعت', 'راسلنا ب', 'اكتب', 'رد ب', 'قم بإرسال'],
  },
  fillers: ['the word', 'word', 'كلمة', 'الكلمة', 'الرمز', 'رمز', 'حرف'],
  keywords: [
    'stop',
    'stopall',
    'unsubscribe',
    'unsub',
    'cancel',
    'end',
    'quit',
    'optout',
    'opt out',
    'opt-out',
    'remove',
    'إلغاء',
    'الغاء',
    'إيقاف',
    'ايقاف',
    'توقف',
    'وقف',
    'ستوب',
    'لا',
  ],
  phrases: {
    en: [
      'to unsubscribe',
      'to opt out',
      'to opt-out',
      'to stop receiving',
      'to stop these messages',
      'to stop messages',
      'unsubscribe here',
      'unsubscribe at',
      'opt out at',
      'opt-out:',
      'unsubscribe:',
    ],
    ar: [
      'لإلغاء الاشتراك',
      'لالغاء الاشتراك',
      'للإلغاء',
      'لإلغاء',
      'لإيقاف الرسائل',
      'لإيقاف الاشتراك',
      'لإيقاف',
      'للإيقاف',
      'لوقف الرسائل',
      'لعدم استقبال',
      'لعدم تلقي',
      'لإلغاء الرسائل',
      'لإلغاء استقبال',
      'إلغاء الاشتراك',
    ],
  },
  toShortCode: ['to', 'on', 'at', '@', ':', 'إلى', 'الى', 'على', 'ل', 'لـ', 'للرقم', 'على الرقم', 'الى الرقم'],
} as const satisfies OptOutNoticeData;
