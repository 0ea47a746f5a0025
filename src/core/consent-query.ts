/**
 * The one consent question a rule asks about a message (recipient, account, sender ID, class), and where the
 * deciding event's id travels: `eventId` in a finding's evidence data, which the policy copies into the decision's
 * audit record. Consent rules of every pack ask through here, so the question and the audit key have one spelling.
 */
import type { ConsentStatus, ConsentStatusQuery } from './ports.js';
import type { CheckedMessage, EvidenceData, Finding, MessageKind } from './types.js';

/** The evidence data key that names the consent event that decided. */
export const CONSENT_EVENT_KEY = 'eventId';

/**
 * The status query for a message and a class; `null` when the message has no recipient or account (a template).
 * `at`, when given, is the instant grant expiry is judged at (default: the ledger's clock).
 *
 * @example consentQuery(message, 'ADV', ctx.now); // { subject: '+962791234567', account: 'acme', senderId: 'adv Acme', kind: 'ADV', at }
 */
export function consentQuery(message: CheckedMessage, kind: MessageKind, at?: Date): ConsentStatusQuery | null {
  if (!message.to || message.account === undefined) return null;
  const query: ConsentStatusQuery = { subject: message.to, account: message.account, senderId: message.senderId, kind };
  if (at) query.at = at;
  return query;
}

/** Adds the deciding event's id (and its source) to evidence data. */
export function withConsentEvent(data: EvidenceData, status: ConsentStatus): EvidenceData {
  if (status.eventId) data[CONSENT_EVENT_KEY] = status.eventId;
  if (status.source) data.source = status.source;
  return data;
}

/** The consent event a decision's findings name first, for the audit record. */
export function consentEventOf(findings: readonly Finding[]): string | undefined {
  for (const finding of findings) {
    const eventId = finding.evidence?.find((e) => typeof e.data?.[CONSENT_EVENT_KEY] === 'string')?.data?.[
      CONSENT_EVENT_KEY
    ];
    if (typeof eventId === 'string') return eventId;
  }
  return undefined;
}
