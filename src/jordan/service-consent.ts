/**
 * jordan/service-consent (JO-CLS-03): a service (SRV) message needs the recipient's prior consent to that
 * service, read through the consent port. Without a ledger the policy still works: one warning says
 * consent could not be verified.
 */
import type { FindingAction, Rule } from '../core/types.js';
import { jordanConsentRule } from './_consent.js';
import type { JordanRuleBaseOptions } from './data/types.js';

export interface ServiceConsentOptions extends JordanRuleBaseOptions {
  /** What to report when the policy has no consent ledger. Default `warn`. */
  unverifiedAction?: FindingAction;
}

/**
 * Denies SRV messages without a consent grant for the recipient, account and sender ID.
 *
 * @example
 * const rule = serviceConsent();
 * const policy = createPolicy({ rules: [rule], consent: ledger });
 * // SRV to a number with no grant → deny; with a grant → no finding
 */
export function serviceConsent(options: ServiceConsentOptions = {}): Rule {
  return jordanConsentRule(
    {
      factory: 'serviceConsent',
      id: 'jordan/service-consent',
      code: 'JO-CLS-03',
      description: 'Service (SRV) messages need the recipient’s prior consent to the service.',
      kind: 'SRV',
      unverifiedMessageId: 'jordan.service-consent-unverified',
      blocked: (status) =>
        status.state === 'granted' ? null : { messageId: 'jordan.service-consent', params: { state: status.state } },
    },
    options,
  );
}
