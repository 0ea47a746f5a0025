/**
 * Saudi Arabia (CST, formerly CITC) rules for application-to-person SMS, as reported: the CITC sender-ID and
 * URL registration rules the operators applied from June 2021 (the "-AD" promotional suffix, registered
 * URLs, no public shorteners), the CST message types and who may send them, and the promotional window.
 *
 * Source: vendor country guides and terms listed per clause (Sinch, Unifonic, Twilio, Vonage, ClickSend,
 * sent.dm), read November 2026 (search copies). The regulator's own text was NOT available: every clause
 * carries a confidence grade (A regulator wording as reported; B several independent vendor guides agree;
 * C a single vendor; D inferred) and the ruleset is `verified: false`. Clause texts are our own words.
 * Licence: part of sms-policy (MIT); the facts are public.
 */
import type { KsaRuleset } from './types.js';

/**
 * Source addresses of the Saudi clauses (retrieved November 2026; re-check before citing).
 *
 * @example
 * KSA_SOURCES.sinch; // Sinch: Saudi operators tighten controls over A2P (2021-06-14)
 */
export const KSA_SOURCES = {
  twilio: 'https://www.twilio.com/en-us/guidelines/sa/sms',
  sinch:
    'https://community.sinch.com/t5/SMS-365-enterprise-service/Saudi-Arabian-Operators-implement-tighter-controls-over-A2P/ta-p/3990',
  unifonicCompliance: 'https://docs.unifonic.com/docs/compliance-sms',
  unifonicCitc:
    'https://support.unifonic.com/hc/en-us/articles/360001220171-Unifonic-Platform-Update-to-Accommodate-the-New-Regulations',
  unifonicTerms: 'https://unifonic.com/en/legal/sms-terms',
  vonage: 'https://api.support.vonage.com/hc/en-us/articles/204017033-Saudi-Arabia-Direct-route-',
  clicksend: 'https://help.clicksend.com/article/f2sfjgelmt-saudi-arabia',
  sentdm: 'https://sent.dm/resources/sa_sms_guidance',
} as const;

const S = KSA_SOURCES;

/**
 * The Saudi ruleset as reported on 2021-06-14 (Sinch's operator notice): clauses, grades, sources, defaults.
 *
 * @example
 * ksaRules({ ruleset: KSA_RULESET_2021_06_14 });
 */
export const KSA_RULESET_2021_06_14 = {
  version: '2021-06-14',
  title: 'CST (CITC) rules for SMS sender names, URLs and message types (as reported)',
  titleAr: 'ضوابط هيئة الاتصالات والفضاء والتقنية لأسماء المرسلين والروابط وأنواع الرسائل النصية (كما نُقلت)',
  retrieved: '2026-11',
  verified: false,
  defaults: {
    timeZone: 'Asia/Riyadh',
    // Closed from 21:00 to 09:00: promotional messages go 09:00–21:00, inside every published window.
    quietHours: { start: '21:00', end: '09:00' },
    senderId: {
      maxLength: 11,
      marker: 'AD',
      position: 'suffix',
      separator: '-',
      punctuation: ' -_.',
      refuseNumeric: true,
    },
    prohibitedCategories: ['adult', 'gambling', 'drugs', 'prescription'],
    urlShorteners: [
      'bit.ly',
      'bitly.com',
      'tinyurl.com',
      't.co',
      'goo.gl',
      'ow.ly',
      'is.gd',
      'buff.ly',
      'cutt.ly',
      'rebrand.ly',
      'shorturl.at',
      'tiny.cc',
      'rb.gy',
      't.ly',
      's.id',
      'bl.ink',
      'short.io',
      'shorte.st',
      'v.gd',
      'lnkd.in',
    ],
  },
  clauses: [
    {
      code: 'SA-CLS-01',
      ruleId: 'ksa/message-type',
      title: 'Five message types',
      clause:
        'Every message has a CST type: Warning (government alerts), Awareness, Service, Personal (person to person) or Promotional; the sender name must match the type. The library reads ALR as Warning, AWR as Awareness, SRV as Service or Personal, ADV as Promotional.',
      clauseAr:
        'لكل رسالة نوع لدى الهيئة: تحذيرية (تنبيهات حكومية) أو توعوية أو خدمية أو شخصية أو ترويجية، ويجب أن يطابق اسم المرسل النوع. تقرأ المكتبة ALR تحذيرية وAWR توعوية وSRV خدمية أو شخصية وADV ترويجية.',
      confidence: 'C',
      defaultAction: 'info',
      sources: [S.unifonicCompliance, S.unifonicTerms],
      disputed: 'One vendor documents the types and cites CST; the mapping onto the TRC kinds is ours.',
    },
    {
      code: 'SA-CLS-02',
      ruleId: 'ksa/international-sender',
      title: 'Senders abroad send only service or personal messages',
      clause: 'Parties outside Saudi Arabia may send only Service or Personal messages to Saudi recipients.',
      clauseAr: 'لا يجوز للجهات من خارج المملكة إلا إرسال الرسائل الخدمية أو الشخصية إلى المستقبِلين في المملكة.',
      confidence: 'C',
      defaultAction: 'deny',
      sources: [S.unifonicCompliance],
    },
    {
      code: 'SA-SND-01',
      ruleId: 'ksa/sender-registered',
      title: 'Registered sender names only',
      clause:
        'Every sender name, promotional or transactional, is registered with the operators before use; generic sender names are refused.',
      clauseAr: 'يُسجَّل كل اسم مرسل، ترويجياً كان أو خدمياً، لدى المشغّلين قبل استخدامه؛ وتُرفض الأسماء العامة.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.sinch, S.vonage, S.clicksend, S.twilio],
    },
    {
      code: 'SA-SND-02',
      ruleId: 'ksa/adv-sender-suffix',
      title: 'Promotional sender names end in -AD',
      clause:
        'A promotional sender name ends in exactly “-AD” (for example Acme-AD), not “AD” or “ AD”; a service name must not be used for promotion nor a promotional name for service.',
      clauseAr:
        'ينتهي اسم مرسل الرسائل الترويجية بـ «-AD» تماماً (مثل Acme-AD) لا «AD» ولا « AD»؛ ولا يُستخدم اسم خدمي للترويج ولا اسم ترويجي للخدمة.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.sinch, S.unifonicCitc, S.unifonicTerms, S.vonage, S.clicksend],
      disputed:
        'The suffix is agreed (B); its exact form is not: Sinch requires “-AD” only, ClickSend and Vonage accept “-AD” or “ AD”, and Unifonic appends “AD”. Default exact; `acceptLooseSuffix` accepts the loose forms.',
    },
    {
      code: 'SA-SND-03',
      ruleId: 'ksa/sender-id-format',
      title: 'Sender name length; no numeric senders',
      clause: 'A sender name has at most 11 characters, the -AD suffix included; numeric sender names are refused.',
      clauseAr: 'لا يزيد اسم المرسل على 11 حرفاً شاملة اللاحقة -AD؛ وتُرفض أسماء المرسلين الرقمية.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.sinch, S.clicksend, S.unifonicCitc],
    },
    {
      code: 'SA-TIM-01',
      ruleId: 'ksa/adv-quiet-hours',
      title: 'Promotional window',
      clause:
        'Promotional messages are sent only inside the daytime window, Saudi time; outside it they wait. Default 09:00–21:00, the part every source allows.',
      clauseAr:
        'لا تُرسل الرسائل الترويجية إلا ضمن النافذة النهارية بتوقيت المملكة، وتنتظر خارجها. الافتراضي 09:00–21:00، وهو ما تسمح به كل المصادر.',
      confidence: 'C',
      defaultAction: 'defer',
      sources: [S.unifonicCompliance, S.unifonicCitc, S.clicksend, S.vonage, S.sentdm],
      disputed:
        'Sources disagree: Unifonic’s compliance page gives 09:00–22:00 for awareness and promotional messages and 07:00–21:00 for marketing; Unifonic’s CITC notice and ClickSend 07:00–22:00; Vonage 08:00–22:00; sent.dm 09:00–20:00. The default is the intersection of the two CST-attributed windows.',
    },
    {
      code: 'SA-TIM-02',
      ruleId: 'ksa/adv-holiday',
      title: 'Promotional messages on public holidays',
      clause:
        'No source bans promotional SMS on Saudi holidays; the pack reports them (one vendor advises care in Ramadan and on holidays).',
      clauseAr:
        'لا يحظر أي مصدر الرسائل الترويجية في العطل الرسمية السعودية؛ تُبلغ الحزمة عنها (ويوصي أحد المزوّدين بالتأني في رمضان والأعياد).',
      confidence: 'D',
      defaultAction: 'warn',
      sources: [S.sentdm],
      disputed:
        'Inferred courtesy, not a reported rule: warns by default; set the action to defer to hold ADV on holidays.',
    },
    {
      code: 'SA-TIM-03',
      ruleId: null,
      title: 'Service and warning messages at any hour',
      clause: 'No timing rule applies to warning and service messages.',
      clauseAr: 'لا تخضع الرسائل التحذيرية والخدمية لقيود التوقيت.',
      confidence: 'C',
      defaultAction: null,
      sources: [S.unifonicCompliance, S.sentdm],
      disputed:
        'Unifonic applies the daytime window to awareness messages too; the pack times ADV only (configurable per rule).',
    },
    {
      code: 'SA-CNS-01',
      ruleId: null,
      title: 'Explicit consent; stop within 24 hours',
      clause:
        'Promotional messages need the recipient’s explicit consent (not implied by terms of service); a stop request is honoured within 24 hours and confirmed.',
      clauseAr:
        'تحتاج الرسائل الترويجية إلى موافقة صريحة من المستقبِل (لا ضمنية عبر الشروط)؛ ويُنفَّذ طلب الإيقاف خلال 24 ساعة مع تأكيده.',
      confidence: 'C',
      defaultAction: null,
      sources: [S.unifonicTerms, S.sentdm],
      disputed: 'Enforced by the consent pack (opt-in model, revocations), not by this pack.',
    },
    {
      code: 'SA-OPT-01',
      ruleId: 'ksa/adv-opt-out-notice',
      title: 'Promotional text says how to opt out',
      clause: 'A promotional text tells the recipient how to stop it, in Arabic and English.',
      clauseAr: 'تبيّن الرسالة الترويجية طريقة إيقافها بالعربية والإنجليزية.',
      confidence: 'C',
      defaultAction: 'warn',
      sources: [S.sentdm, S.unifonicTerms],
      disputed:
        'sent.dm asks for a bilingual notice; Unifonic’s terms ask that a stop be possible at any time, not for a notice in every text.',
    },
    {
      code: 'SA-URL-01',
      ruleId: 'ksa/url-registration',
      title: 'Registered URLs only; no public shorteners',
      clause:
        'A URL in a message, promotional or transactional, must be registered with the operators (domain and subdomain exactly); links through public shorteners are refused.',
      clauseAr:
        'يجب تسجيل أي رابط في الرسالة، ترويجية أو خدمية، لدى المشغّلين (النطاق والنطاق الفرعي تماماً)؛ وتُرفض روابط خدمات الاختصار العامة.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.sinch, S.vonage, S.clicksend],
    },
    {
      code: 'SA-CNT-01',
      ruleId: 'ksa/prohibited-content',
      title: 'Prohibited content',
      clause: 'Adult content, gambling and controlled substances may not be sent by SMS in Saudi Arabia.',
      clauseAr: 'لا يجوز إرسال المحتوى الإباحي أو القمار أو المواد الخاضعة للرقابة بالرسائل النصية في المملكة.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.vonage, S.sentdm, S.twilio],
      disputed: 'Our mapping onto the content categories (adult, gambling, drugs, prescription) is our own reading.',
    },
    {
      code: 'SA-CNT-02',
      ruleId: 'ksa/restricted-content',
      title: 'Alcohol, money lending, political and religious content',
      clause: 'Promotional SMS may not carry alcohol, money-lending offers, political or religious content.',
      clauseAr: 'لا تحمل الرسائل الترويجية محتوى عن الكحول أو عروض الإقراض أو محتوى سياسياً أو دينياً.',
      confidence: 'B',
      defaultAction: 'review',
      sources: [S.vonage, S.sentdm],
      disputed:
        'Political and religious content: Vonage and sent.dm agree (B); alcohol and money lending: sent.dm only (C). Detected from a small lexicon, so the rule asks for review.',
    },
    {
      code: 'SA-CNT-03',
      ruleId: 'ksa/adv-links-numbers',
      title: 'No chat links or phone numbers in promotional bodies',
      clause: 'Promotional bodies carry no WhatsApp or LINE links and no phone numbers.',
      clauseAr: 'لا تحمل نصوص الرسائل الترويجية روابط واتساب أو لاين ولا أرقام هواتف.',
      confidence: 'C',
      defaultAction: 'review',
      sources: [S.sentdm],
      disputed:
        'One vendor guide only, worded like Twilio’s UAE page; other URLs are covered by SA-URL-01. The rule asks for review instead of denying.',
    },
    {
      code: 'SA-NUM-01',
      ruleId: 'ksa/recipient-number',
      title: 'Mobile recipients only',
      clause: 'SMS cannot be delivered to Saudi landline numbers; recipients are mobile numbers (+966 5x).',
      clauseAr: 'لا تُسلَّم الرسائل النصية إلى الأرقام الأرضية في المملكة؛ المستقبِلون أرقام خلوية (+966 5x).',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.twilio, S.sentdm],
    },
  ],
} satisfies KsaRuleset;

/**
 * The ruleset `ksaRules()` uses when none is pinned (moves forward with releases).
 *
 * @example
 * LATEST_KSA_RULESET.version; // '2021-06-14'
 */
export const LATEST_KSA_RULESET: KsaRuleset = KSA_RULESET_2021_06_14;
