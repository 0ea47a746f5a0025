/**
 * ksa/sender-id-format (SA-SND-03): an alphanumeric sender ID has at most 11 characters including the -AD
 * suffix, made of Latin letters, digits, space, "-", "_" and "."; numeric sender IDs are refused.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import { codePointLabel, senderIdShape } from '../core/sender-id.js';
import type { Finding, Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type KsaRuleBaseOptions, ksaMeta } from './_options.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface SenderIdFormatOptions extends KsaRuleBaseOptions {
  /** Longest sender ID; default the ruleset's (11). */
  maxLength?: number;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, maxLength: z.number().int().min(1).max(20).optional() });

/**
 * Checks the sender ID's length and characters.
 *
 * @example
 * const rule = senderIdFormat();
 * // 'Acme-AD' passes; 'AcmeStores-AD' (13), 'Acmé-AD' ('é') and '966500' (numeric) are denied
 */
export function senderIdFormat(options: SenderIdFormatOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa senderIdFormat');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-SND-03', 'deny');
  const maxLength = parsed.maxLength ?? ruleset.defaults.senderId.maxLength;
  const punctuation = ruleset.defaults.senderId.punctuation;
  const refuseNumeric = ruleset.defaults.senderId.refuseNumeric;

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-SND-03',
      id: 'ksa/sender-id-format',
      description: `Sender IDs have at most ${maxLength} characters including -AD: Latin letters, digits, space, - _ .; not numeric.`,
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const id = message.senderId;
      const shape = senderIdShape(id, { maxLength, punctuation, refuseNumeric });
      const findings: Finding[] = [];
      if (shape.tooLong) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'ksa.sender-id-too-long',
            params: { senderId: id, length: shape.length, max: maxLength },
            evidence: [{ data: { senderId: id, length: shape.length, max: maxLength } }],
          }),
        );
      }
      if (shape.badCharacters.length > 0) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'ksa.sender-id-characters',
            params: { senderId: id, characters: shape.badCharacters.join(' ') },
            evidence: shape.badCharacters
              .slice(0, 10)
              .map((ch) => ({ data: { character: ch, codePoint: codePointLabel(ch) } })),
          }),
        );
      }
      if (shape.numeric) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'ksa.sender-id-numeric',
            params: { senderId: id },
            evidence: [{ data: { senderId: id, numeric: true } }],
          }),
        );
      }
      return findings;
    },
  });
}
