/** Asking the consent port about a message, and the evidence a consent finding carries. */
import type { ConsentStatus } from '../core/ports.js';
import type { CheckedMessage, EvidenceData, MessageKind, RuleContext } from '../core/types.js';

/** The ledger's answer for this recipient, account, sender ID and class; `null` without a ledger or recipient. */
export async function consentFor(
  message: CheckedMessage,
  ctx: RuleContext,
  kind: MessageKind,
): Promise<ConsentStatus | null> {
  if (!ctx.consent || !message.to || message.account === undefined) return null;
  return ctx.consent.status({ subject: message.to, account: message.account, senderId: message.senderId, kind });
}

/** Evidence of a consent answer: state, deciding event, masked recipient (never the full number). */
export function consentEvidence(status: ConsentStatus, message: CheckedMessage, ctx: RuleContext): EvidenceData {
  const data: EvidenceData = { state: status.state, senderId: message.senderId };
  if (message.to) data.recipient = ctx.maskPhone(message.to);
  if (status.since instanceof Date && !Number.isNaN(status.since.getTime())) data.since = status.since.toISOString();
  if (status.eventId) data.eventId = status.eventId;
  if (status.source) data.source = status.source;
  return data;
}
