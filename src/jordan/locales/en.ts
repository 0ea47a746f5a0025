import type { LocaleBundle } from '../../core/locale.js';

/** jordan messages, English. */
export const jordan = {
  'jordan.message-class': (p) => `TRC class ${p.kind} (${p.name}).`,
  'jordan.government-sender': (p) =>
    `${p.kind} messages may be sent only by authorised government accounts; account "${p.account}" is not on the allow-list.`,
  'jordan.service-consent': (p) =>
    `Service (SRV) messages need the recipient’s prior consent; the ledger says "${p.state}" for this recipient and sender.`,
  'jordan.service-consent-unverified': () =>
    'Service (SRV) consent could not be verified: this policy has no consent ledger.',
  'jordan.service-promotional-content': () =>
    'This service (SRV) message reads like a promotion (prices, discounts, offers); send it as ADV from an adv sender ID.',
  'jordan.adv-sender-prefix-missing': (p) =>
    `Promotional (ADV) messages must come from a sender ID starting with "${p.prefix}" (e.g. "${p.prefix} Acme"); "${p.senderId}" does not.`,
  'jordan.adv-sender-prefix-misused': (p) =>
    `Sender ID "${p.senderId}" is a promotional (${p.prefix}) sender and cannot send ${p.kind} messages.`,
  'jordan.sender-id-too-long': (p) => `Sender ID "${p.senderId}" has ${p.length} characters; the maximum is ${p.max}.`,
  'jordan.sender-id-characters': (p) =>
    `Sender ID "${p.senderId}" contains characters that are not allowed (${p.characters}); use Latin letters, digits, space, - _ .`,
  'jordan.adv-quiet-hours': (p) =>
    `Promotional (ADV) messages may not be sent between ${p.start} and ${p.end} ${p.timeZone} time (it is ${p.localTime} there).`,
  'jordan.adv-holiday': (p) =>
    `Promotional (ADV) messages may not be sent on official holidays: ${p.date}${p.holiday ? ` is ${p.holiday}` : ' is listed as a holiday'}.`,
  'jordan.adv-weekend': (p) =>
    `Promotional (ADV) messages are held on Fridays and Saturdays in the strict profile (${p.date}).`,
  'jordan.adv-opt-out': (p) =>
    `The recipient opted out of promotional messages from "${p.senderId}" or from all senders.`,
  'jordan.adv-opt-out-dnd': () => 'The recipient is on an operator do-not-disturb list; no promotional messages.',
  'jordan.adv-opt-out-unverified': () =>
    'Opt-out could not be verified: this policy has no consent ledger, so promotional opt-outs are not checked.',
  'jordan.adv-opt-out-notice': () =>
    'The promotional text does not say how to opt out (e.g. "Reply STOP to 94444" or «لإلغاء الاشتراك أرسل STOP إلى 94444»).',
  'jordan.adv-daily-cap': (p) =>
    `"${p.senderId}" already sent this recipient ${p.limit} promotional message(s) today (Amman calendar day).`,
  'jordan.recipient-number': (p) =>
    `${p.recipient} is a Jordanian number but not a mobile (+962 77/78/79); it cannot receive SMS.`,
  'jordan.recipient-number-unallocated': (p) =>
    `${p.recipient} has the form of a Jordanian number but is in no allocated range; nobody can receive it.`,
  'jordan.recipient-number-operator': (p) => `${p.recipient} is a ${p.operator} mobile number (by prefix).`,
  'jordan.segments': (p) => `${p.encoding}: ${p.units} units, ${p.segments} segment(s) of up to ${p.perSegment}.`,
  'jordan.segments-over': (p) =>
    `${p.encoding}: ${p.units} units make ${p.segments} segments, more than the allowed ${p.max}.`,
} satisfies LocaleBundle;
