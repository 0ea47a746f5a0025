/**
 * UAE (TDRA) rules for application-to-person SMS, as reported: the Mobile Spam Policy of 29 March 2020 under
 * the Unsolicited Electronic Communications policy, and the `AD-` promotional sender prefix mandatory from
 * 3 November 2020.
 *
 * Source: vendor country guides and law-firm notes listed per clause, read November 2026 (search copies).
 * The regulator's own text was NOT available: every clause carries a confidence grade (A regulator wording
 * as reported; B several independent vendor guides agree; C a single vendor; D inferred) and the ruleset is
 * `verified: false`. Clause texts are our own words. Licence: part of sms-policy (MIT); the facts are public.
 */
import type { UaeRuleset } from './types.js';

/**
 * Source addresses of the UAE clauses (retrieved November 2026; re-check before citing).
 *
 * @example
 * UAE_SOURCES.twilio; // Twilio's UAE SMS guidelines
 */
export const UAE_SOURCES = {
  twilio: 'https://www.twilio.com/en-us/guidelines/ae/sms',
  vonage: 'https://help.nexmo.com/hc/en-us/articles/204017363-UAE-SMS-Features-and-Restrictions',
  clicksend: 'https://help.clicksend.com/article/0oom471yu5-united-arab-emirates-uae-dubai',
  telerivet: 'https://www.telerivet.com/blog/tag/middle-east',
  easysendsms:
    'https://easysendsms.zendesk.com/hc/en-us/articles/360002793813-United-Arab-Emirates-UAE-SMS-messaging-regulations-and-restrictions',
  sentdm: 'https://sent.dm/resources/ae_sms_guidance',
  tamimi2020: 'https://turtl.tamimi.com/story/law-update-issue-348-tmt/page/13',
  mondaq2010:
    'http://webiis06.mondaq.com/Media-Telecoms-IT-Entertainment/111212/New-Electronic-Marketing-Consent-Regime-for-the-UAE',
} as const;

const S = UAE_SOURCES;

/**
 * The UAE ruleset as reported on 2020-11-03 (the `AD-` prefix date): clauses, grades, sources, defaults.
 *
 * @example
 * uaeRules({ ruleset: UAE_RULESET_2020_11_03 });
 */
export const UAE_RULESET_2020_11_03 = {
  version: '2020-11-03',
  title: 'TDRA rules for promotional and service SMS (as reported)',
  titleAr: 'قواعد هيئة تنظيم الاتصالات والحكومة الرقمية للرسائل النصية الترويجية والخدمية (كما نُقلت)',
  retrieved: '2026-11',
  verified: false,
  defaults: {
    timeZone: 'Asia/Dubai',
    quietHours: { start: '21:00', end: '07:00' },
    senderId: { maxLength: 11, marker: 'AD', position: 'prefix', separator: '-', punctuation: ' -_.' },
    prohibitedCategories: ['adult', 'gambling', 'drugs', 'prescription'],
    optOutShortCode: '7726',
  },
  clauses: [
    {
      code: 'AE-SND-01',
      ruleId: 'uae/sender-registered',
      title: 'Registered sender IDs only',
      clause:
        'The UAE operators accept application-to-person SMS only from sender IDs registered for the brand; others are replaced or blocked.',
      clauseAr:
        'لا يقبل مشغلو الإمارات الرسائل النصية التطبيقية إلا من أسماء مرسلين مسجّلة للعلامة التجارية؛ وغيرها يُستبدل أو يُحجب.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.twilio, S.vonage, S.clicksend, S.easysendsms],
    },
    {
      code: 'AE-SND-02',
      ruleId: 'uae/adv-sender-prefix',
      title: 'Promotional sender IDs start with AD-',
      clause:
        'A promotional sender ID carries the prefix “AD-” (for example AD-Acme); a service message must not use an AD- sender ID.',
      clauseAr: 'يبدأ اسم مرسل الرسائل الترويجية بالبادئة «AD-» (مثل AD-Acme)؛ ولا تُرسل رسالة خدمة باسم مرسل يبدأ بها.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.twilio, S.clicksend, S.telerivet],
      disputed:
        'Twilio, ClickSend and Telerivet give the prefix “AD-” (mandatory since 3 November 2020 per Telerivet); one Vonage page says promotional sender IDs end in “-AD”, which looks like the Saudi rule.',
    },
    {
      code: 'AE-SND-03',
      ruleId: 'uae/sender-id-format',
      title: 'Sender ID length and characters',
      clause: 'An alphanumeric sender ID has at most 11 characters including the AD- prefix.',
      clauseAr: 'لا يزيد اسم المرسل الأبجدي الرقمي على 11 حرفاً شاملة البادئة AD-.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.twilio, S.clicksend],
      disputed:
        'The character set (Latin letters, digits, space, - _ .) is the common GSM sender-ID set, not stated by the sources.',
    },
    {
      code: 'AE-TIM-01',
      ruleId: 'uae/adv-quiet-hours',
      title: 'No promotional messages at night',
      clause: 'No promotional message is delivered between 21:00 and 07:00 UAE time; the operators queue them.',
      clauseAr: 'لا تُسلَّم الرسائل الترويجية بين الساعة 21:00 والساعة 07:00 بتوقيت الإمارات؛ ويؤجلها المشغلون.',
      confidence: 'C',
      defaultAction: 'defer',
      sources: [S.twilio, S.clicksend, S.vonage],
      disputed:
        'Twilio gives 21:00–07:00; ClickSend allows marketing only 08:00–21:00; Vonage 09:00–19:00. The evening limit 21:00 is shared by two; the morning one differs. Configure `quietHours` for your route.',
    },
    {
      code: 'AE-TIM-02',
      ruleId: 'uae/adv-holiday',
      title: 'Promotional messages on public holidays',
      clause:
        'No source bans promotional SMS on UAE public holidays; the pack reports them so a sender can hold campaigns on Eid and National Day if it wishes.',
      clauseAr:
        'لا يحظر أي مصدر الرسائل الترويجية في العطل الرسمية الإماراتية؛ تُبلغ الحزمة عنها ليؤجل المرسل حملاته إن شاء.',
      confidence: 'D',
      defaultAction: 'warn',
      sources: [
        'https://gulfnews.com/uae/uae-cabinet-approves-national-holidays-for-public-and-private-sector-1.1572516124110',
      ],
      disputed:
        'Inferred courtesy, not a reported rule: warns by default; set the action to defer to hold ADV on holidays.',
    },
    {
      code: 'AE-TIM-03',
      ruleId: null,
      title: 'Service messages at any hour',
      clause: 'Service (transactional) messages, OTPs and alerts are not time-restricted.',
      clauseAr: 'لا تخضع رسائل الخدمة ورموز التحقق والتنبيهات لقيود التوقيت.',
      confidence: 'B',
      defaultAction: null,
      sources: [S.twilio, S.clicksend],
    },
    {
      code: 'AE-CNS-01',
      ruleId: null,
      title: 'Marketing needs opt-in consent',
      clause:
        'A marketing text message needs the recipient’s prior opt-in consent, recorded and producible; without it the message is spam.',
      clauseAr:
        'تحتاج الرسالة التسويقية إلى موافقة مسبقة صريحة من المستقبِل، محفوظة وقابلة للإبراز؛ ودونها تُعد رسالة مزعجة.',
      confidence: 'A',
      defaultAction: null,
      sources: [S.tamimi2020, S.mondaq2010, S.clicksend],
      disputed: 'Enforced by the consent pack (consent/promotional-consent with the opt-in model), not by this pack.',
    },
    {
      code: 'AE-OPT-01',
      ruleId: null,
      title: 'Operator opt-out short code',
      clause:
        'Subscribers block a promotional sender by texting “B” and the sender ID to the operators’ short code 7726; senders honour that list and their own opt-outs.',
      clauseAr:
        'يحجب المشترك مرسلاً ترويجياً بإرسال «B» واسم المرسل إلى الرمز المختصر 7726 لدى المشغّلين؛ ويلتزم المرسل بالقائمة وبطلبات الإلغاء لديه.',
      confidence: 'B',
      defaultAction: null,
      sources: [S.clicksend, S.vonage],
      disputed: 'Honoured through the consent ledger (operator do-not-disturb imports), not by this pack.',
    },
    {
      code: 'AE-OPT-02',
      ruleId: 'uae/adv-opt-out-notice',
      title: 'Promotional text says how to opt out',
      clause:
        'A promotional text tells the recipient how to stop it, in English or Arabic, for example “send B to 7726”.',
      clauseAr: 'تبيّن الرسالة الترويجية للمستقبِل طريقة إيقافها بالعربية أو الإنجليزية، مثل «أرسل B إلى 7726».',
      confidence: 'B',
      defaultAction: 'warn',
      sources: [S.vonage, S.clicksend, S.easysendsms],
      disputed:
        'Vonage says such traffic is at risk of rejection; EasySendSMS says senders with a written opted-in database are exempt, so the rule warns.',
    },
    {
      code: 'AE-CNT-01',
      ruleId: 'uae/prohibited-content',
      title: 'Prohibited content',
      clause: 'Gambling, adult content, controlled substances and cannabis may not be promoted by SMS in the UAE.',
      clauseAr:
        'لا يجوز الترويج بالرسائل النصية في الإمارات للقمار أو المحتوى الإباحي أو المواد الخاضعة للرقابة أو القنب.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.twilio, S.clicksend, S.vonage],
      disputed: 'Our mapping onto the content categories (adult, gambling, drugs, prescription) is our own reading.',
    },
    {
      code: 'AE-CNT-02',
      ruleId: 'uae/restricted-content',
      title: 'Alcohol, loans, political and religious content',
      clause: 'Promotional SMS may not carry alcohol offers, money or loan offers, political or religious content.',
      clauseAr: 'لا تحمل الرسائل الترويجية عروض الكحول أو القروض والأموال أو محتوى سياسياً أو دينياً.',
      confidence: 'B',
      defaultAction: 'review',
      sources: [S.twilio, S.vonage],
      disputed:
        'Political and religious content: Twilio and Vonage agree (B); alcohol and loans: Twilio only (C). Detected from a small lexicon, so the rule asks for review.',
    },
    {
      code: 'AE-CNT-03',
      ruleId: 'uae/adv-links-numbers',
      title: 'No links or phone numbers in promotional bodies',
      clause: 'Promotional bodies carry no URLs, no WhatsApp or LINE links and no phone numbers.',
      clauseAr: 'لا تحمل نصوص الرسائل الترويجية روابط ولا روابط واتساب أو لاين ولا أرقام هواتف.',
      confidence: 'C',
      defaultAction: 'review',
      sources: [S.twilio],
      disputed: 'One vendor only; ClickSend allows an opt-out URL. The rule asks for review instead of denying.',
    },
    {
      code: 'AE-NUM-01',
      ruleId: 'uae/recipient-number',
      title: 'Mobile recipients only',
      clause: 'SMS cannot be delivered to UAE landline numbers; recipients are mobile numbers (+971 5x).',
      clauseAr: 'لا تُسلَّم الرسائل النصية إلى الأرقام الأرضية في الإمارات؛ المستقبِلون أرقام خلوية (+971 5x).',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.twilio, S.sentdm],
    },
    {
      code: 'AE-REC-01',
      ruleId: null,
      title: 'Keep consent and opt-out records',
      clause: 'Keep records of opt-ins and opt-outs (one vendor says for up to two years).',
      clauseAr: 'تُحفظ سجلات الموافقات وطلبات الإلغاء (يذكر أحد المزوّدين مدة تصل إلى سنتين).',
      confidence: 'C',
      defaultAction: null,
      sources: [S.clicksend],
      disputed: 'The consent ledger keeps every event; the retention period is the user’s to set.',
    },
  ],
} satisfies UaeRuleset;

/**
 * The ruleset `uaeRules()` uses when none is pinned (moves forward with releases).
 *
 * @example
 * LATEST_UAE_RULESET.version; // '2020-11-03'
 */
export const LATEST_UAE_RULESET: UaeRuleset = UAE_RULESET_2020_11_03;
