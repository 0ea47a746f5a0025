/**
 * ksa/sender-registered (SA-SND-01): Saudi Arabia operators accept only sender IDs registered for the brand.
 * With `registeredSenders` given, any other sender ID is refused; without the list the rule has nothing to
 * compare against and stays silent.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import { senderKey } from '../core/sender-id.js';
import type { Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type KsaRuleBaseOptions, ksaMeta } from './_options.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface SenderRegisteredOptions extends KsaRuleBaseOptions {
  /** Sender IDs registered with the operators (case and separators ignored when comparing). */
  registeredSenders?: string[];
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  registeredSenders: z.array(z.string().trim().min(1).max(64)).max(10_000).optional(),
});

/**
 * Refuses sender IDs missing from the registered list.
 *
 * @example
 * const rule = senderRegistered({ registeredSenders: ['Acme-AD', 'Acme'] });
 * // senderId 'Acme-AD' passes; 'Other-AD' → deny
 */
export function senderRegistered(options: SenderRegisteredOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa senderRegistered');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-SND-01', 'deny');
  const registered = parsed.registeredSenders ? new Set(parsed.registeredSenders.map(senderKey)) : null;

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-SND-01',
      id: 'ksa/sender-registered',
      description: 'Only sender IDs registered with Saudi Arabia operators (when a list is given).',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (!registered || registered.has(senderKey(message.senderId))) return [];
      return [
        ctx.finding({
          action,
          messageId: 'ksa.sender-registered',
          params: { senderId: message.senderId },
          evidence: [{ data: { senderId: message.senderId, registered: registered.size } }],
        }),
      ];
    },
  });
}
