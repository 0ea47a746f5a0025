import type { LocaleBundle } from '../../core/locale.js';

/** consent messages, English. */
export const consent = {
  'consent.promotional-consent-missing': (p) =>
    `No promotional consent on record for ${p.subject} (account ${p.account}); the opt-in model needs a grant before ADV messages.`,
  'consent.promotional-consent-expired': (p) =>
    `The promotional consent of ${p.subject} (event ${p.eventId}) expired on ${p.expiredAt}; a new grant is needed.`,
  'consent.promotional-consent-revoked': (p) =>
    `${p.subject} opted out of promotional messages on ${p.since} (event ${p.eventId}, ${p.source}).`,
  'consent.service-consent-missing': (p) =>
    `No consent on record for service messages to ${p.subject} (account ${p.account}); SRV needs the recipient's prior consent.`,
  'consent.service-consent-expired': (p) =>
    `The service consent of ${p.subject} (event ${p.eventId}) expired on ${p.expiredAt}.`,
  'consent.service-consent-revoked': (p) =>
    `${p.subject} revoked consent for these messages on ${p.since} (event ${p.eventId}, ${p.source}).`,
  'consent.operator-dnd': (p) =>
    `${p.subject} is on the operator do-not-disturb list since ${p.since} (event ${p.eventId}) and gave no later grant to this account.`,
  'consent.reply-opt-out': (p) =>
    `You have been unsubscribed from ${p.programName} and will receive no more messages. Reply START to subscribe again.${p.contact ? ` Help: ${p.contact}` : ''}`,
  'consent.reply-opt-in': (p) =>
    `You are subscribed to ${p.programName}. Reply STOP at any time to unsubscribe, free of charge.${p.contact ? ` Help: ${p.contact}` : ''}`,
  'consent.reply-help': (p) =>
    `${p.programName}: reply STOP to unsubscribe or START to subscribe, free of charge.${p.contact ? ` Contact: ${p.contact}` : ''}`,
} satisfies LocaleBundle;
