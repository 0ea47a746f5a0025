import type { LocaleBundle } from '../../core/locale.js';

/** uae messages, English. */
export const uae = {
  'uae.sender-registered': (p) => `Sender ID "${p.senderId}" is not registered with the UAE operators.`,
  'uae.adv-sender-prefix-missing': (p) =>
    `Promotional (ADV) messages to the UAE must come from a sender ID starting with "${p.required}" (e.g. "${p.required}Acme"); "${p.senderId}" does not.`,
  'uae.adv-sender-prefix-form': (p) =>
    `Sender ID "${p.senderId}" writes the promotional prefix as "${p.written}"; the UAE requires exactly "${p.required}".`,
  'uae.adv-sender-prefix-misused': (p) =>
    `Sender ID "${p.senderId}" is a promotional (${p.required}) sender and cannot send ${p.kind} messages.`,
  'uae.sender-id-too-long': (p) =>
    `Sender ID "${p.senderId}" has ${p.length} characters; the UAE maximum is ${p.max} including the prefix.`,
  'uae.sender-id-characters': (p) =>
    `Sender ID "${p.senderId}" contains characters that are not allowed (${p.characters}); use Latin letters, digits, space, - _ .`,
  'uae.adv-quiet-hours': (p) =>
    `Promotional (ADV) messages may not be sent to the UAE between ${p.start} and ${p.end} ${p.timeZone} time (it is ${p.localTime} there).`,
  'uae.adv-holiday': (p) =>
    `${p.date}${p.holiday ? ` is ${p.holiday}` : ' is listed as a holiday'} in the UAE; consider holding promotional messages.`,
  'uae.adv-opt-out-notice': (p) =>
    `Promotional (ADV) texts to the UAE should say how to opt out, e.g. "To opt out send B to ${p.shortCode}".`,
  'uae.prohibited-content': (p) => `The UAE prohibits promoting this content by SMS (${p.categories}).`,
  'uae.restricted-content': (p) =>
    `Promotional SMS in the UAE may not carry ${p.classes} content; review before sending.`,
  'uae.adv-link': (p) => `Promotional (ADV) texts to the UAE may not carry links (${p.count} found).`,
  'uae.adv-chat-link': (p) =>
    `Promotional (ADV) texts to the UAE may not carry WhatsApp or LINE links (${p.count} found).`,
  'uae.adv-phone-number': (p) => `Promotional (ADV) texts to the UAE may not carry phone numbers (${p.count} found).`,
  'uae.recipient-number': (p) => `${p.recipient} is not a UAE mobile number; SMS cannot be delivered to landlines.`,
} satisfies LocaleBundle;
