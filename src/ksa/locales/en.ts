import type { LocaleBundle } from '../../core/locale.js';

/** ksa messages, English. */
export const ksa = {
  'ksa.message-type': (p) => `CST message type ${p.type} (${p.kind}).`,
  'ksa.international-sender': (p) =>
    `Senders outside Saudi Arabia may send only service or personal messages there; this is a ${p.type} (${p.kind}) message.`,
  'ksa.sender-registered': (p) => `Sender name "${p.senderId}" is not registered with the Saudi operators.`,
  'ksa.adv-sender-suffix-missing': (p) =>
    `Promotional (ADV) messages to Saudi Arabia must come from a sender name ending in "${p.required}" (e.g. "Acme${p.required}"); "${p.senderId}" does not.`,
  'ksa.adv-sender-suffix-form': (p) =>
    `Sender name "${p.senderId}" writes the promotional suffix as "${p.written}"; Saudi operators require exactly "${p.required}".`,
  'ksa.adv-sender-suffix-misused': (p) =>
    `Sender name "${p.senderId}" is a promotional (${p.required}) sender and cannot send ${p.kind} messages.`,
  'ksa.sender-id-too-long': (p) =>
    `Sender name "${p.senderId}" has ${p.length} characters; the Saudi maximum is ${p.max} including -AD.`,
  'ksa.sender-id-characters': (p) =>
    `Sender name "${p.senderId}" contains characters that are not allowed (${p.characters}); use Latin letters, digits, space, - _ .`,
  'ksa.sender-id-numeric': (p) => `Sender name "${p.senderId}" is numeric; Saudi operators refuse numeric senders.`,
  'ksa.adv-quiet-hours': (p) =>
    `Promotional (ADV) messages to Saudi Arabia go only between ${p.end} and ${p.start} ${p.timeZone} time (it is ${p.localTime} there).`,
  'ksa.adv-holiday': (p) =>
    `${p.date}${p.holiday ? ` is ${p.holiday}` : ' is listed as a holiday'} in Saudi Arabia; consider holding promotional messages.`,
  'ksa.adv-opt-out-notice': () =>
    'Promotional (ADV) texts to Saudi Arabia should say how to opt out, in Arabic and English (e.g. "Reply STOP / أرسل إيقاف").',
  'ksa.url-shortener': (p) => `Saudi operators refuse links through public URL shorteners (${p.count} found).`,
  'ksa.url-unregistered': (p) => `Links to ${p.hosts} are not registered with the Saudi operators.`,
  'ksa.url-unverified': (p) =>
    `Links in Saudi SMS must be registered with the operators; check that ${p.hosts} is (pass registeredUrls to verify).`,
  'ksa.prohibited-content': (p) => `Saudi Arabia prohibits sending this content by SMS (${p.categories}).`,
  'ksa.restricted-content': (p) =>
    `Promotional SMS in Saudi Arabia may not carry ${p.classes} content; review before sending.`,
  'ksa.adv-chat-link': (p) =>
    `Promotional (ADV) texts to Saudi Arabia may not carry WhatsApp or LINE links (${p.count} found).`,
  'ksa.adv-phone-number': (p) =>
    `Promotional (ADV) texts to Saudi Arabia may not carry phone numbers (${p.count} found).`,
  'ksa.recipient-number': (p) => `${p.recipient} is not a Saudi mobile number; SMS cannot be delivered to landlines.`,
} satisfies LocaleBundle;
