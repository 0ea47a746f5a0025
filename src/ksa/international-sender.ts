/**
 * ksa/international-sender (SA-CLS-02): parties outside Saudi Arabia may send only Service and Personal
 * messages to Saudi recipients (CST, per Unifonic). With `origin: 'international'` (the account sends from
 * abroad), promotional, awareness and warning messages are refused; domestic senders get no finding.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { baseOptionsShape, type KsaRuleBaseOptions, ksaMeta, rulesetAndAction } from './_options.js';
import { CST_MESSAGE_TYPES } from './message-type.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface InternationalSenderOptions extends KsaRuleBaseOptions {
  /** Where the sender is established. Default `domestic`. */
  origin?: 'domestic' | 'international';
  /** Accounts established abroad, when `origin` is not the same for every account. */
  internationalAccounts?: string[];
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  origin: z.enum(['domestic', 'international']).optional(),
  internationalAccounts: z.array(z.string().trim().min(1)).max(10_000).optional(),
});

/**
 * Refuses non-service messages from senders outside Saudi Arabia.
 *
 * @example
 * const rule = internationalSender({ origin: 'international' });
 * // SRV → nothing; ADV → deny (only Service or Personal messages from abroad)
 */
export function internationalSender(options: InternationalSenderOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa internationalSender');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-CLS-02', 'deny');
  const everyone = parsed.origin === 'international';
  const accounts = new Set(parsed.internationalAccounts ?? []);

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-CLS-02',
      id: 'ksa/international-sender',
      description: 'Senders outside Saudi Arabia may send only service (and personal) messages there.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind === 'SRV') return [];
      const abroad = everyone || (message.account !== undefined && accounts.has(message.account));
      if (!abroad) return [];
      const type = CST_MESSAGE_TYPES[message.kind];
      return [
        ctx.finding({
          action,
          messageId: 'ksa.international-sender',
          params: { kind: message.kind, type: type.en, typeAr: type.ar },
          evidence: [{ data: { kind: message.kind, cstType: type.en, origin: 'international' } }],
        }),
      ];
    },
  });
}
