/**
 * jordan/adv-opt-out (JO-OPT-01): no promotional message to a recipient who opted out, fully or from this
 * sender, or who is on an operator do-not-disturb list — read through the consent port. Without a ledger
 * the policy still works: one warning says the opt-out could not be verified.
 */
import type { FindingAction, Rule } from '../core/types.js';
import { jordanConsentRule } from './_consent.js';
import type { JordanRuleBaseOptions } from './data/types.js';

export interface AdvOptOutOptions extends JordanRuleBaseOptions {
  /** What to report when the policy has no consent ledger. Default `warn`. */
  unverifiedAction?: FindingAction;
}

/**
 * Denies ADV messages to recipients whose consent state is `revoked` (opt-out or operator DND).
 *
 * @example
 * const policy = createPolicy({ rules: [advOptOut()], consent: ledger });
 * // after ledger.record({ subject: '+962791234567', account: 'acme', action: 'revoke', ... }) an ADV to it → deny
 */
export function advOptOut(options: AdvOptOutOptions = {}): Rule {
  return jordanConsentRule(
    {
      factory: 'advOptOut',
      id: 'jordan/adv-opt-out',
      code: 'JO-OPT-01',
      description: 'No promotional (ADV) message to a recipient who opted out or is on a do-not-disturb list.',
      kind: 'ADV',
      unverifiedMessageId: 'jordan.adv-opt-out-unverified',
      blocked: (status, message) =>
        status.state === 'revoked'
          ? {
              messageId: status.source === 'operator-dnd' ? 'jordan.adv-opt-out-dnd' : 'jordan.adv-opt-out',
              params: { senderId: message.senderId },
            }
          : null,
    },
    options,
  );
}
