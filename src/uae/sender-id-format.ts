/**
 * uae/sender-id-format (AE-SND-03): an alphanumeric sender ID has at most 11 characters including the AD-
 * prefix, made of Latin letters, digits, space, "-", "_" and ".".
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import { codePointLabel, senderIdShape } from '../core/sender-id.js';
import type { Finding, Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type UaeRuleBaseOptions, uaeMeta } from './_options.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface SenderIdFormatOptions extends UaeRuleBaseOptions {
  /** Longest sender ID; default the ruleset's (11). */
  maxLength?: number;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, maxLength: z.number().int().min(1).max(20).optional() });

/**
 * Checks the sender ID's length and characters.
 *
 * @example
 * const rule = senderIdFormat();
 * // 'AD-Acme' passes; 'AD-AcmeStores' (13) and 'AD-Acmé' ('é') are denied
 */
export function senderIdFormat(options: SenderIdFormatOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae senderIdFormat');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-SND-03', 'deny');
  const maxLength = parsed.maxLength ?? ruleset.defaults.senderId.maxLength;
  const punctuation = ruleset.defaults.senderId.punctuation;

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-SND-03',
      id: 'uae/sender-id-format',
      description: `Sender IDs have at most ${maxLength} characters including the prefix: Latin letters, digits, space, - _ .`,
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const id = message.senderId;
      const shape = senderIdShape(id, { maxLength, punctuation });
      const findings: Finding[] = [];
      if (shape.tooLong) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'uae.sender-id-too-long',
            params: { senderId: id, length: shape.length, max: maxLength },
            evidence: [{ data: { senderId: id, length: shape.length, max: maxLength } }],
          }),
        );
      }
      if (shape.badCharacters.length > 0) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'uae.sender-id-characters',
            params: { senderId: id, characters: shape.badCharacters.join(' ') },
            evidence: shape.badCharacters
              .slice(0, 10)
              .map((ch) => ({ data: { character: ch, codePoint: codePointLabel(ch) } })),
          }),
        );
      }
      return findings;
    },
  });
}
