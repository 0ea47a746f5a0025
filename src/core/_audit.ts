/** The decision's audit record: what was decided about what, without personal data (JO-REC-01, policy P12). */
import { consentEventOf } from './consent-query.js';
import { maskPhone } from './mask.js';
import type { CheckedMessage, Decision, DecisionAudit } from './types.js';

export function withAudit(
  message: CheckedMessage,
  decision: Decision,
  textHmac: ((text: string) => string) | undefined,
): Decision {
  const audit: DecisionAudit = {
    at: message.at.toISOString(),
    kind: message.kind,
    senderId: message.senderId,
    ruleIds: [...new Set(decision.findings.map((finding) => finding.ruleId))],
  };
  if (textHmac) audit.textHmac = textHmac(message.text);
  if (message.account !== undefined) audit.account = message.account;
  if (message.campaignId !== undefined) audit.campaignId = message.campaignId;
  if (message.to) audit.to = maskPhone(message.to);
  if (message.recipient) audit.country = message.recipient.country;
  const consentEventId = consentEventOf(decision.findings);
  if (consentEventId !== undefined) audit.consentEventId = consentEventId;
  decision.audit = audit;
  return decision;
}
