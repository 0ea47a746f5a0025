/**
 * jordan/adv-opt-out (JO-OPT-01): no promotional message to a recipient who opted out, fully or from this
 * sender, or who is on an operator do-not-disturb list — read through the consent port. Without a ledger
 * the policy still works: one warning says the opt-out could not be verified.
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

export interface AdvOptOutOptions extends JordanRuleBaseOptions {
  /** What to report when the policy has no consent ledger. Default `warn`. */
  unverifiedAction?: FindingAction;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, unverifiedAction: actionSchema.optional() });

/**
 * Denies ADV messages to recipients whose consent state is `revoked` (opt-out or operator DND).
 *
 * @example
 * const policy = createPolicy({ rules: [advOptOut()], consent: ledger });
 * // after ledger.record({ subject: '+962791234567', account: 'acme', action: 'revoke', ... }) an ADV to it → deny
 */
export function advOptOut(options: AdvOptOutOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options, 'advOptOut');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-OPT-01', 'deny');
  const unverifiedAction = parsed.unverifiedAction ?? 'warn';

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-OPT-01',
      id: 'jordan/adv-opt-out',
      description: 'No promotional (ADV) message to a recipient who opted out or is on a do-not-disturb list.',
      action,
      needs: ['to', 'account'],
    }),
    stage: 'stateful',
    async check(message, ctx) {
      if (message.kind !== 'ADV') return [];
      if (!ctx.consent) {
        return [ctx.finding({ action: unverifiedAction, messageId: 'jordan.adv-opt-out-unverified' })];
      }
      const status = await consentFor(message, ctx, 'ADV');
      if (status?.state !== 'revoked') return [];
      return [
        ctx.finding({
          action,
          messageId: status.source === 'operator-dnd' ? 'jordan.adv-opt-out-dnd' : 'jordan.adv-opt-out',
          params: { senderId: message.senderId },
          evidence: [{ data: consentEvidence(status, message, ctx) }],
        }),
      ];
    },
  });
}
