/** consentRules: the consent pack (promotional consent, service consent, operator DND), configured together. */
import { z } from 'zod';
import type { Rule, RuleActionSetting } from '../core/types.js';
import { FINDING_ACTIONS } from '../core/types.js';
import { operatorDnd } from './operator-dnd.js';
import { promotionalConsent } from './promotional-consent.js';
import { serviceConsent } from './service-consent.js';
import { parseOptions } from '../core/options.js';
import { packActions } from '../core/pack.js';

export interface ConsentRulesOptions {
  /** `opt-in` (default): ADV needs a grant. `opt-out`: ADV needs only the absence of a revoke. */
  model?: 'opt-in' | 'opt-out';
  /** SRV needs a grant (Jordan JO-CLS-03). Default false: only a revoke blocks SRV. */
  serviceConsent?: boolean;
  /** Per rule id: another action, or `off`. */
  actions?: Record<string, RuleActionSetting>;
}

const RULE_IDS = ['consent/promotional-consent', 'consent/service-consent', 'consent/operator-dnd'] as const;

const optionsSchema = z
  .object({
    model: z.enum(['opt-in', 'opt-out']).optional(),
    serviceConsent: z.boolean().optional(),
    actions: z.partialRecord(z.enum(RULE_IDS), z.enum([...FINDING_ACTIONS, 'off'])).optional(),
  })
  .strict();

/**
 * The consent rules. They need a ledger: `createPolicy({ rules: consentRules(), consent: ledger })`.
 *
 * @example
 * const policy = createPolicy({
 *   rules: consentRules({ model: 'opt-in', serviceConsent: true, actions: { 'consent/operator-dnd': 'review' } }),
 *   consent: createConsentLedger({ store: new MemoryConsentStore() }),
 * });
 */
export function consentRules(options: ConsentRulesOptions = {}): Rule[] {
  const parsed = parseOptions(optionsSchema, options, 'consentRules');
  const { on, action } = packActions<(typeof RULE_IDS)[number]>(parsed.actions);
  const rules: Rule[] = [];
  if (on('consent/promotional-consent')) {
    rules.push(
      promotionalConsent({
        ...(parsed.model ? { model: parsed.model } : {}),
        ...action('consent/promotional-consent'),
      }),
    );
  }
  if (on('consent/service-consent')) {
    rules.push(serviceConsent({ required: parsed.serviceConsent ?? false, ...action('consent/service-consent') }));
  }
  if (on('consent/operator-dnd')) rules.push(operatorDnd(action('consent/operator-dnd')));
  return rules;
}
