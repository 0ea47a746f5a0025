/**
 * Jordan TRC bulk-messaging rules, as reported for the instructions of 6 November 2024
 * («تعليمات تنظيم إرسال رسائل الجملة»), with the earlier generations where still reported in force.
 *
 * Source: the press and vendor reports listed per clause (RULES.md section 5 of this project), read
 * November 2026. The official TRC text was NOT available: every clause carries a confidence grade
 * (A regulator wording as reported by the press agency / TRC release; B several vendor guides agree;
 * C a single vendor; D inferred) and the ruleset is `verified: false`. Clause texts are our own words.
 * Licence: this data file is part of sms-policy (MIT); the facts are public reports.
 */
import type { JordanRuleset } from './types.js';

/**
 * Source addresses of the Jordan clauses (retrieved November 2026; re-check before citing).
 *
 * @example
 * JORDAN_SOURCES.petra2024; // the Petra / MENAFN report of 2024-11-06
 */
export const JORDAN_SOURCES = {
  petra2024: 'https://menafn.com/1108857917/TRC-Issues-New-Bulk-Messaging-Regulations',
  jordanzad: 'http://jordanzad.com/index.php?id=32402&page=article',
  ameinfo: 'https://www.ameinfo.com/tech-and-mobility/jordan-restricts-promotional-smss-at-night/',
  marayanews: 'https://marayanews.com/%d8%a7%d8%ae%d8%b1-%d8%a7%d9%84%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1/794798',
  vonage: 'https://help.nexmo.com/hc/en-us/articles/204017093-Jordan-SMS-Features-and-Restrictions',
  twilio: 'https://www.twilio.com/en-us/guidelines/jo/sms',
  mapp: 'https://docs.mapp.com/docs/jordan.md',
  sentdm: 'https://www.sent.dm/resources/jordan-sms-guide',
  timeZone2022:
    'https://www.arabiaweather.com/en/content/a-government-decision-to-install-daylight-saving-time-in-jordan-throughout-the-year',
  pdpl2023: 'https://modee.gov.jo/EN/Pages/FAQs',
} as const;

const S = JORDAN_SOURCES;

/**
 * The ruleset of the 2024-11-06 instructions as reported: clauses, grades, sources, defaults. Pin it to
 * keep today's behaviour when a later release ships a newer one.
 *
 * @example
 * jordanRules({ ruleset: RULESET_2024_11_06 });
 */
export const RULESET_2024_11_06 = {
  version: '2024-11-06',
  title: 'TRC instructions regulating the sending of bulk messages (as reported)',
  titleAr: 'تعليمات تنظيم إرسال رسائل الجملة (كما نُقلت)',
  retrieved: '2026-11',
  verified: false,
  defaults: {
    timeZone: 'Asia/Amman',
    quietHours: { start: '21:00', end: '07:00' },
    weekendDays: [5, 6],
    senderId: { maxLength: 11, advPrefix: 'adv' },
    advDailyCap: 1,
  },
  clauses: [
    {
      code: 'JO-CLS-01',
      ruleId: 'jordan/message-class',
      title: 'Every bulk message has a class',
      clause:
        'Each bulk message belongs to one of four classes, each with a code: ALR alerts from authorised government bodies, AWR government awareness, SRV service messages under a contracted service with the recipient’s prior consent, ADV promotional messages.',
      clauseAr:
        'لكل رسالة جملة تصنيف من أربعة ولكل تصنيف رمز: ALR تنبيهات الجهات الحكومية المخوّلة، AWR التوعية الحكومية، SRV رسائل الخدمة بموجب خدمة متعاقد عليها وبموافقة مسبقة من المستقبِل، ADV الرسائل الترويجية.',
      confidence: 'A',
      defaultAction: 'info',
      sources: [S.petra2024],
    },
    {
      code: 'JO-CLS-02',
      ruleId: 'jordan/government-sender',
      title: 'ALR and AWR only from government senders',
      clause: 'Alert (ALR) and awareness (AWR) messages may be sent only by authorised government bodies.',
      clauseAr: 'لا تُرسل رسائل التنبيه (ALR) والتوعية (AWR) إلا من الجهات الحكومية المخوّلة.',
      confidence: 'A',
      defaultAction: 'deny',
      sources: [S.petra2024],
    },
    {
      code: 'JO-CLS-03',
      ruleId: 'jordan/service-consent',
      title: 'Service messages need prior consent',
      clause: 'A service (SRV) message needs the recipient’s prior consent to that service.',
      clauseAr: 'تحتاج رسالة الخدمة (SRV) إلى موافقة مسبقة من المستقبِل على تلك الخدمة.',
      confidence: 'A',
      defaultAction: 'deny',
      sources: [S.petra2024, S.marayanews],
    },
    {
      code: 'JO-CLS-04',
      ruleId: 'jordan/service-promotional-content',
      title: 'Service messages carry no promotion',
      clause:
        'A service message carries no promotional content (prices, discounts, offers); promotion must be sent as ADV.',
      clauseAr: 'لا تحمل رسالة الخدمة محتوى ترويجياً (أسعار، خصومات، عروض)؛ الترويج يُرسل كرسالة ADV.',
      confidence: 'A',
      defaultAction: 'review',
      sources: [S.petra2024, S.marayanews],
      disputed: 'The class definitions are reported (A); which words make a text promotional is our own reading.',
    },
    {
      code: 'JO-SND-01',
      ruleId: 'jordan/adv-sender-prefix',
      title: 'Sender ID matches the class; ADV senders carry the adv prefix',
      clause:
        'The sender ID and the content must match the message code: promotional sender IDs start with “adv”, and a non-promotional message must not use an adv sender ID.',
      clauseAr:
        'يجب أن يتوافق اسم المرسل والمحتوى مع رمز الرسالة: يبدأ اسم مرسل الرسائل الترويجية بـ adv، ولا تُرسل رسالة غير ترويجية باسم مرسل يبدأ بـ adv.',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.petra2024, S.vonage, S.twilio, S.mapp],
      disputed:
        'That codes must match sender and content is reported (A); the spelling of the prefix (“adv Acme”, “advAcme”, “ADV”) comes from vendor guides (B).',
    },
    {
      code: 'JO-SND-03',
      ruleId: 'jordan/sender-id-format',
      title: 'Sender ID length and characters',
      clause:
        'An alphanumeric sender ID has at most 11 characters including the prefix, made of Latin letters, digits, space, “-”, “_” and “.”.',
      clauseAr:
        'لا يزيد اسم المرسل الأبجدي الرقمي على 11 حرفاً شاملة البادئة، ويتكون من أحرف لاتينية وأرقام ومسافة و«-» و«_» و«.».',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.vonage, S.twilio, S.mapp],
    },
    {
      code: 'JO-TIM-01',
      ruleId: 'jordan/adv-quiet-hours',
      title: 'No promotional messages at night',
      clause: 'No ADV message is sent between 21:00 and 07:00 Amman time.',
      clauseAr: 'لا تُرسل الرسائل الترويجية بين الساعة 21:00 والساعة 07:00 بتوقيت عمّان.',
      confidence: 'B',
      defaultAction: 'defer',
      sources: [S.jordanzad, S.ameinfo, S.twilio],
      disputed:
        'Press reports give the night ban for the first-generation instructions (A); that it still applies under the 2024 instructions rests on vendor guides (B).',
    },
    {
      code: 'JO-TIM-02',
      ruleId: 'jordan/adv-holiday',
      title: 'No promotional messages on holidays',
      clause: 'No ADV message is sent on holidays («أيام العطل»).',
      clauseAr: 'لا تُرسل الرسائل الترويجية في أيام العطل.',
      confidence: 'A',
      defaultAction: 'defer',
      sources: [S.jordanzad, S.mapp],
      disputed:
        'The press wording says holidays (A); one vendor reads it as Fridays, Saturdays and official holidays (C), which the strict profile applies.',
    },
    {
      code: 'JO-TIM-03',
      ruleId: null,
      title: 'Service, awareness and alert messages at any hour',
      clause: 'SRV, AWR and ALR messages may be sent at any hour and on any day.',
      clauseAr: 'يجوز إرسال رسائل الخدمة والتوعية والتنبيه في أي وقت وأي يوم.',
      confidence: 'B',
      defaultAction: null,
      sources: [S.jordanzad, S.twilio],
    },
    {
      code: 'JO-OPT-01',
      ruleId: 'jordan/adv-opt-out',
      title: 'Honour opt-outs',
      clause:
        'Recipients can opt out of promotional messages, fully or per sender, free of charge; no ADV goes to someone who opted out or is on an operator do-not-disturb list.',
      clauseAr:
        'يحق للمستقبِل إلغاء الاشتراك في الرسائل الترويجية كلياً أو جزئياً ومجاناً؛ لا تُرسل رسالة ترويجية لمن ألغى اشتراكه أو سجّل في قائمة عدم الإزعاج لدى المشغّل.',
      confidence: 'A',
      defaultAction: 'deny',
      sources: [S.petra2024, S.jordanzad],
    },
    {
      code: 'JO-OPT-03',
      ruleId: 'jordan/adv-opt-out-notice',
      title: 'Promotional text says how to opt out',
      clause: 'A promotional text tells the recipient how to opt out, in Arabic and/or English.',
      clauseAr: 'تبيّن الرسالة الترويجية للمستقبِل طريقة إلغاء الاشتراك بالعربية و/أو الإنجليزية.',
      confidence: 'C',
      defaultAction: 'warn',
      sources: [S.sentdm],
      disputed:
        'Reported by one vendor guide only; the press reports require a free opt-out, not a notice in every text.',
    },
    {
      code: 'JO-FRQ-01',
      ruleId: 'jordan/adv-daily-cap',
      title: 'One promotional message per brand per recipient per day',
      clause: 'At most one ADV message per sender ID per recipient per Amman calendar day.',
      clauseAr: 'رسالة ترويجية واحدة على الأكثر لكل اسم مرسل لكل مستقبِل في اليوم الواحد بتوقيت عمّان.',
      confidence: 'C',
      defaultAction: 'warn',
      sources: [S.sentdm],
      disputed:
        'Graded C (one vendor) in our research notes, which do not name the vendor; the source listed is our best attribution and must be re-checked. Not in the press reports.',
    },
    {
      code: 'JO-ENC-01',
      ruleId: 'jordan/segments',
      title: 'Encoding and segments',
      clause:
        'Arabic needs UCS-2: 70 units in one segment, 67 per part when concatenated; GSM-7 text holds 160, or 153 per part.',
      clauseAr:
        'تحتاج العربية إلى ترميز UCS-2: 70 وحدة للمقطع الواحد و67 لكل جزء عند الدمج؛ وGSM-7 يتسع لـ160 أو 153 لكل جزء.',
      confidence: 'B',
      defaultAction: 'info',
      sources: [S.sentdm, S.twilio],
    },
    {
      code: 'JO-NUM-01',
      ruleId: 'jordan/recipient-number',
      title: 'Jordanian mobile numbers',
      clause: 'Jordanian mobile numbers are +962 7x xxx xxxx (Zain 79, Orange 77, Umniah 78).',
      clauseAr: 'أرقام الخلوي الأردنية بصيغة +962 7x xxx xxxx (زين 79، أورانج 77، أمنية 78).',
      confidence: 'B',
      defaultAction: 'deny',
      sources: [S.twilio, S.vonage],
    },
    {
      code: 'JO-REC-01',
      ruleId: 'jordan/message-class',
      title: 'A record per send',
      clause: 'Keep a record per send: class, sender, template hash, consent event, time decision.',
      clauseAr: 'يُحفظ سجل لكل إرسال: التصنيف والمرسل وبصمة القالب وحدث الموافقة وقرار التوقيت.',
      confidence: 'D',
      defaultAction: 'info',
      sources: [S.petra2024, S.pdpl2023],
      disputed: 'Inferred; no retention period was found in any source.',
    },
  ],
} satisfies JordanRuleset;

/**
 * The ruleset `jordanRules()` uses when none is pinned (moves forward with releases).
 *
 * @example
 * LATEST_JORDAN_RULESET.version; // '2024-11-06'
 */
export const LATEST_JORDAN_RULESET: JordanRuleset = RULESET_2024_11_06;
