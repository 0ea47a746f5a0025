/**
 * ksa/recipient-number (SA-NUM-01): SMS cannot be delivered to Saudi landlines; a Saudi recipient must be a
 * mobile number (+966 5x). Foreign numbers produce no finding (routing with byCountry sends only Saudi
 * recipients here anyway).
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type KsaRuleBaseOptions, ksaMeta } from './_options.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export type RecipientNumberOptions = KsaRuleBaseOptions;

const optionsSchema = z.strictObject({ ...baseOptionsShape });

/**
 * Refuses Saudi recipients that are not mobile numbers.
 *
 * @example
 * const rule = recipientNumber();
 * // to '+966501234567' → nothing; to '+966112345678' (Riyadh landline) → deny
 */
export function recipientNumber(options: RecipientNumberOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa recipientNumber');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-NUM-01', 'deny');

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-NUM-01',
      id: 'ksa/recipient-number',
      description: 'Saudi recipients must be mobile numbers (+966 5x); landlines cannot take an SMS.',
      action,
      needs: ['to'],
    }),
    stage: 'stateless',
    check(message, ctx) {
      const recipient = message.recipient;
      if (!recipient || !message.to || recipient.country !== 'SA' || recipient.mobile) return [];
      const masked = ctx.maskPhone(message.to);
      return [
        ctx.finding({
          action,
          messageId: 'ksa.recipient-number',
          params: { recipient: masked },
          evidence: [{ data: { recipient: masked, mobile: false } }],
        }),
      ];
    },
  });
}
