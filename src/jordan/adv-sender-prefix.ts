/**
 * jordan/adv-sender-prefix (JO-SND-01): the sender ID must match the message class. A promotional (ADV)
 * sender ID starts with `adv` ("adv Acme", "adv-Acme", "advAcme", "ADV"); any other class must not use one.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
} from './_options.js';
import { readAdvPrefix } from './_sender.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvSenderPrefixOptions extends JordanRuleBaseOptions {
  /**
   * Treat an all-capital ID such as "ADVANCE" on an ADV message as prefixed. Default true; non-ADV
   * messages with such an ID are never refused (it may be a brand).
   */
  acceptAmbiguous?: boolean;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, acceptAmbiguous: z.boolean().optional() });

/**
 * Requires the `adv` sender prefix on ADV messages and refuses it on SRV, AWR and ALR messages.
 *
 * @example
 * const rule = advSenderPrefix();
 * // { kind: 'ADV', senderId: 'Acme' } → deny (missing prefix); { kind: 'SRV', senderId: 'adv-Acme' } → deny
 */
export function advSenderPrefix(options: AdvSenderPrefixOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'advSenderPrefix');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-SND-01', 'deny');
  const prefix = ruleset.defaults.senderId.advPrefix;
  const acceptAmbiguous = parsed.acceptAmbiguous ?? true;

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-SND-01',
      id: 'jordan/adv-sender-prefix',
      field: 'senderId',
      description: `ADV sender IDs start with "${prefix}"; other classes must not use such a sender ID.`,
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const found = readAdvPrefix(message.senderId, prefix);
      const counts = found !== null && (found.form !== 'ambiguous' || (message.kind === 'ADV' && acceptAmbiguous));
      const data = { senderId: message.senderId, kind: message.kind, form: found?.form ?? 'none' };
      if (message.kind === 'ADV' && !counts) {
        return [
          ctx.finding({
            action,
            messageId: 'jordan.adv-sender-prefix-missing',
            params: { senderId: message.senderId, prefix },
            evidence: [{ data }],
          }),
        ];
      }
      if (message.kind !== 'ADV' && counts) {
        return [
          ctx.finding({
            action,
            messageId: 'jordan.adv-sender-prefix-misused',
            params: { senderId: message.senderId, kind: message.kind, prefix },
            evidence: [{ data }],
          }),
        ];
      }
      return [];
    },
  });
}
