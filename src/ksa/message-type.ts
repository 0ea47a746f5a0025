/**
 * ksa/message-type (SA-CLS-01): names the CST message type of every message. CST (per Unifonic) has five:
 * Warning, Awareness, Service, Personal and Promotional; the library keeps the TRC kinds, read as
 * ALR → Warning, AWR → Awareness, SRV → Service (Personal messages, person to person, are SRV here),
 * ADV → Promotional. An info finding, so a decision records the type the sender must declare.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { MessageKind, Rule } from '../core/types.js';
import { baseOptionsShape, type KsaRuleBaseOptions, ksaMeta, rulesetAndAction } from './_options.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export type MessageTypeOptions = KsaRuleBaseOptions;

/**
 * CST message types in English and Arabic, by message kind.
 *
 * @example
 * CST_MESSAGE_TYPES.ADV.en; // 'Promotional'
 */
export const CST_MESSAGE_TYPES: Record<MessageKind, { en: string; ar: string }> = {
  ALR: { en: 'Warning', ar: 'تحذيرية' },
  AWR: { en: 'Awareness', ar: 'توعوية' },
  SRV: { en: 'Service', ar: 'خدمية' },
  ADV: { en: 'Promotional', ar: 'ترويجية' },
};

const optionsSchema = z.strictObject({ ...baseOptionsShape });

/**
 * Records the CST message type as an info finding.
 *
 * @example
 * const rule = messageType();
 * // ADV → info 'CST type Promotional (ADV)'
 */
export function messageType(options: MessageTypeOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa messageType');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-CLS-01', 'info');

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-CLS-01',
      id: 'ksa/message-type',
      description: 'Names the CST message type (Warning, Awareness, Service, Promotional) of the message.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const type = CST_MESSAGE_TYPES[message.kind];
      return [
        ctx.finding({
          action,
          messageId: 'ksa.message-type',
          params: { kind: message.kind, type: type.en, typeAr: type.ar },
          evidence: [{ data: { kind: message.kind, cstType: type.en, ruleset: ruleset.version } }],
        }),
      ];
    },
  });
}
