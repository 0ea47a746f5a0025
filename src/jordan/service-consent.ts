/**
 * jordan/service-consent (JO-CLS-03): a service (SRV) message needs the recipient's prior consent to that
 * service, read through the consent port. Without a ledger the policy still works: one warning says
 * consent could not be verified.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { FindingAction, Rule } from '../core/types.js';
import { consentEvidence, consentFor } from './_consent.js';
import {
  actionFor,
  actionSchema,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
  parseOptions,
} from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';

export interface ServiceConsentOptions extends JordanRuleBaseOptions {
  /** What to report when the policy has no consent ledger. Default `warn`. */
  unverifiedAction?: FindingAction;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, unverifiedAction: actionSchema.optional() });

/**
 * Denies SRV messages without a consent grant for the recipient, account and sender ID.
 *
 * @example
 * const rule = serviceConsent();
 * const policy = createPolicy({ rules: [rule], consent: ledger });
 * // SRV to a number with no grant → deny; with a grant → no finding
 */
export function serviceConsent(options: ServiceConsentOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options, 'serviceConsent');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-CLS-03', 'deny');
  const unverifiedAction = parsed.unverifiedAction ?? 'warn';

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-CLS-03',
      id: 'jordan/service-consent',
      description: 'Service (SRV) messages need the recipient’s prior consent to the service.',
      action,
      needs: ['to', 'account'],
    }),
    stage: 'stateful',
    async check(message, ctx) {
      if (message.kind !== 'SRV') return [];
      if (!ctx.consent) {
        return [ctx.finding({ action: unverifiedAction, messageId: 'jordan.service-consent-unverified' })];
      }
      const status = await consentFor(message, ctx, 'SRV');
      if (!status || status.state === 'granted') return [];
      return [
        ctx.finding({
          action,
          messageId: 'jordan.service-consent',
          params: { state: status.state },
          evidence: [{ data: consentEvidence(status, message, ctx) }],
        }),
      ];
    },
  });
}
