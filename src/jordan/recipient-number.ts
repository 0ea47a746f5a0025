/**
 * jordan/recipient-number (JO-NUM-01): a Jordanian recipient must be a mobile number, +962 7[789] xxx xxxx
 * (Orange 77, Umniah 78, Zain 79). Landlines, other Jordanian number types and numbers in no allocated range
 * (`+962774804354`: the right length, an unused block) cannot take an SMS and are refused; a valid mobile gets an
 * info finding naming the operator that holds its prefix. Foreign numbers produce no finding.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { jordanOperator } from '../text/phone.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
} from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface RecipientNumberOptions extends JordanRuleBaseOptions {
  /** Action of the operator note on valid mobiles; `off` drops it. Default `info`. */
  operatorAction?: 'info' | 'off';
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  operatorAction: z.enum(['info', 'off']).optional(),
});

/**
 * Refuses Jordanian recipients that are not mobile numbers; notes the operator of Jordanian mobiles.
 *
 * @example
 * const rule = recipientNumber();
 * // to '0791234567' → info (Zain); to '+96264612345' (Amman landline) → deny; to '+447700900123' → nothing
 */
export function recipientNumber(options: RecipientNumberOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'recipientNumber');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-NUM-01', 'deny');
  const noteOperator = (parsed.operatorAction ?? 'info') === 'info';

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-NUM-01',
      id: 'jordan/recipient-number',
      field: 'to',
      description: 'Jordanian recipients must be mobile numbers (+962 77/78/79); the operator is noted.',
      action,
      needs: ['to'],
    }),
    stage: 'stateless',
    check(message, ctx) {
      const recipient = message.recipient;
      if (!recipient || !message.to || recipient.country !== 'JO') return [];
      const masked = ctx.maskPhone(message.to);
      // Possible for Jordan but in no allocated range (`+962774804354`): nobody can receive it.
      if (recipient.allocated === false) {
        return [
          ctx.finding({
            action,
            messageId: 'jordan.recipient-number-unallocated',
            params: { recipient: masked },
            evidence: [{ data: { recipient: masked, allocated: false } }],
          }),
        ];
      }
      const operator = jordanOperator(message.to);
      if (operator) {
        if (!noteOperator) return [];
        return [
          ctx.finding({
            action: 'info',
            messageId: 'jordan.recipient-number-operator',
            params: { recipient: masked, operator },
            evidence: [{ data: { recipient: masked, operator, prefix: message.to.slice(4, 6) } }],
          }),
        ];
      }
      return [
        ctx.finding({
          action,
          messageId: 'jordan.recipient-number',
          params: { recipient: masked },
          evidence: [{ data: { recipient: masked, mobile: recipient.mobile } }],
        }),
      ];
    },
  });
}
