/**
 * uae/recipient-number (AE-NUM-01): SMS cannot be delivered to UAE landlines; a UAE recipient must be a
 * mobile number (+971 5x). Foreign numbers produce no finding (routing with byCountry sends only UAE
 * recipients here anyway).
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type UaeRuleBaseOptions, uaeMeta } from './_options.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export type RecipientNumberOptions = UaeRuleBaseOptions;

const optionsSchema = z.strictObject({ ...baseOptionsShape });

/**
 * Refuses UAE recipients that are not mobile numbers.
 *
 * @example
 * const rule = recipientNumber();
 * // to '+971501234567' → nothing; to '+97142345678' (Dubai landline) → deny
 */
export function recipientNumber(options: RecipientNumberOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae recipientNumber');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-NUM-01', 'deny');

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-NUM-01',
      id: 'uae/recipient-number',
      description: 'UAE recipients must be mobile numbers (+971 5x); landlines cannot take an SMS.',
      action,
      needs: ['to'],
    }),
    stage: 'stateless',
    check(message, ctx) {
      const recipient = message.recipient;
      if (!recipient || !message.to || recipient.country !== 'AE' || recipient.mobile) return [];
      const masked = ctx.maskPhone(message.to);
      return [
        ctx.finding({
          action,
          messageId: 'uae.recipient-number',
          params: { recipient: masked },
          evidence: [{ data: { recipient: masked, mobile: false } }],
        }),
      ];
    },
  });
}
