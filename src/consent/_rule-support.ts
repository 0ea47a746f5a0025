/** Shared by the consent rules: asking the ledger and describing the deciding event without personal data. */
import type { ConsentStatus } from '../core/ports.js';
import type { CheckedMessage, Evidence, MessageKind, MessageParams, RuleContext } from '../core/types.js';
import type { ConsentStatusQuery, ConsentStatusResult } from '../core/ports.js';

export const CONSENT_SOURCES_URL = 'https://modee.gov.jo/EN/Pages/FAQs';
export const TRC_SOURCE_URL = 'https://menafn.com/1108857917/TRC-Issues-New-Bulk-Messaging-Regulations';

/** Asks the ledger about the message's recipient, account and sender for `kind`, at the message's time. */
export async function statusFor(
  message: CheckedMessage,
  ctx: RuleContext,
  kind: MessageKind,
): Promise<ConsentStatusResult> {
  if (!ctx.consent) throw new Error('no consent ledger in this policy (options.consent)');
  if (!message.to || !message.account) throw new Error('the message has no recipient or account');
  const query: ConsentStatusQuery = {
    subject: message.to,
    account: message.account,
    senderId: message.senderId,
    kind,
    at: ctx.now,
  };
  return (await ctx.consent.status(query)) as ConsentStatus & { expiredAt?: Date };
}

/** Params and evidence naming the deciding event (masked subject, event id, source, time). */
export function describe(
  message: CheckedMessage,
  ctx: RuleContext,
  status: ConsentStatusResult,
): { params: MessageParams; evidence: Evidence[] } {
  const params: MessageParams = { subject: ctx.maskPhone(message.to ?? ''), account: message.account ?? '' };
  const data: Record<string, string | number | boolean> = { subject: params.subject as string, state: status.state };
  if (status.eventId) params.eventId = data.eventId = status.eventId;
  if (status.source) params.source = data.source = status.source;
  if (status.since) params.since = data.since = status.since.toISOString();
  if (status.expiredAt) params.expiredAt = data.expiredAt = status.expiredAt.toISOString();
  return { params, evidence: [{ data }] };
}
