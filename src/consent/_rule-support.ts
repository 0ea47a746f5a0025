/** Shared by the consent rules: asking the ledger and describing the deciding event without personal data. */
import type { ConsentStatus } from '../core/ports.js';
import type { CheckedMessage, Evidence, MessageKind, MessageParams, RuleContext } from '../core/types.js';
import { consentQuery, withConsentEvent } from '../core/consent-query.js';
import type { ConsentStatusResult } from '../core/ports.js';

export const CONSENT_SOURCES_URL = 'https://modee.gov.jo/EN/Pages/FAQs';
export const TRC_SOURCE_URL = 'https://menafn.com/1108857917/TRC-Issues-New-Bulk-Messaging-Regulations';

/** Asks the ledger about the message's recipient, account and sender for `kind`, at the message's time. */
export async function statusFor(
  message: CheckedMessage,
  ctx: RuleContext,
  kind: MessageKind,
): Promise<ConsentStatusResult> {
  if (!ctx.consent) throw new Error('no consent ledger in this policy (options.consent)');
  const query = message.account ? consentQuery(message, kind, ctx.now) : null;
  if (!query) throw new Error('the message has no recipient or account');
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
  withConsentEvent(data, status);
  if (status.eventId) params.eventId = status.eventId;
  if (status.source) params.source = status.source;
  if (status.since) params.since = data.since = status.since.toISOString();
  if (status.expiredAt) params.expiredAt = data.expiredAt = status.expiredAt.toISOString();
  return { params, evidence: [{ data }] };
}
