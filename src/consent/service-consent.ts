/**
 * consent/service-consent — SRV messages: a revoke always blocks them; with `required: true` (Jordan: JO-CLS-03,
 * "SRV needs the recipient's prior consent for that service") a grant is needed too. ALR and AWR are never
 * checked: alerts are not blocked by an opt-out.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { FINDING_ACTIONS } from '../core/types.js';
import { CONSENT_SOURCES_URL, describe, statusFor, TRC_SOURCE_URL } from './_rule-support.js';
import { CONSENT_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface ServiceConsentOptions {
  /** Require a grant for SRV messages (Jordan JO-CLS-03). Default false: only a revoke blocks. */
  required?: boolean;
  /** Default `deny`. */
  action?: (typeof FINDING_ACTIONS)[number];
}

const optionsSchema = z
  .object({ required: z.boolean().optional(), action: z.enum(FINDING_ACTIONS).optional() })
  .strict();

/**
 * The rule for service (SRV) messages: never after a revoke, and only after a grant when `required`.
 *
 * @example
 * const policy = createPolicy({ rules: [serviceConsent({ required: true })], consent: ledger });
 */
export function serviceConsent(options: ServiceConsentOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options, 'serviceConsent');
  const required = parsed.required ?? false;
  const action = parsed.action ?? 'deny';
  return defineRule({
    messages: CONSENT_MESSAGES,
    id: 'consent/service-consent',
    stage: 'stateful',
    description: 'Service (SRV) messages are not sent after a revoke, and need a grant when configured (JO-CLS-03).',
    defaultAction: 'deny',
    source: 'JO-CLS-03; policy P3, P4',
    confidence: 'A',
    verified: false,
    sources: [TRC_SOURCE_URL, CONSENT_SOURCES_URL],
    docs: 'docs/rules/consent/service-consent.md',
    needs: ['consent', 'to', 'account'],
    async check(message, ctx) {
      if (message.kind !== 'SRV') return [];
      const status = await statusFor(message, ctx, 'SRV');
      if (status.state === 'granted') return [];
      if (status.state === 'revoked') {
        const { params, evidence } = describe(message, ctx, status);
        return [ctx.finding({ action, messageId: 'consent.service-consent-revoked', params, evidence })];
      }
      if (!required) return [];
      const { params, evidence } = describe(message, ctx, status);
      const messageId = status.expiredAt ? 'consent.service-consent-expired' : 'consent.service-consent-missing';
      return [ctx.finding({ action, messageId, params, evidence })];
    },
  });
}
