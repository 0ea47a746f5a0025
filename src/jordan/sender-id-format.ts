/**
 * jordan/sender-id-format (JO-SND-03): an alphanumeric sender ID has at most 11 characters including the
 * prefix, made of Latin letters, digits, space, "-", "_" and ".".
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import { codePointLabel, senderIdShape } from '../core/sender-id.js';
import type { Finding, Rule } from '../core/types.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
} from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface SenderIdFormatOptions extends JordanRuleBaseOptions {
  /** Longest sender ID; default the ruleset's (11). */
  maxLength?: number;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, maxLength: z.number().int().min(1).max(20).optional() });

// Besides Latin letters and digits (JO-SND-03).
const PUNCTUATION = ' _.-';

/**
 * Checks the sender ID's length and characters.
 *
 * @example
 * const rule = senderIdFormat();
 * // 'adv Acme' passes; 'adv AcmeStores' (14) and 'adv Acme!' ('!') are denied
 */
export function senderIdFormat(options: SenderIdFormatOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'senderIdFormat');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-SND-03', 'deny');
  const maxLength = parsed.maxLength ?? ruleset.defaults.senderId.maxLength;

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-SND-03',
      id: 'jordan/sender-id-format',
      field: 'senderId',
      description: `Sender IDs have at most ${maxLength} characters: Latin letters, digits, space, - _ .`,
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const id = message.senderId;
      const shape = senderIdShape(id, { maxLength, punctuation: PUNCTUATION });
      const findings: Finding[] = [];
      if (shape.tooLong) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'jordan.sender-id-too-long',
            params: { senderId: id, length: shape.length, max: maxLength },
            evidence: [{ data: { senderId: id, length: shape.length, max: maxLength } }],
          }),
        );
      }
      const bad = shape.badCharacters;
      if (bad.length > 0) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'jordan.sender-id-characters',
            params: { senderId: id, characters: bad.join(' ') },
            evidence: bad.slice(0, 10).map((ch) => ({
              data: { character: ch, codePoint: codePointLabel(ch) },
            })),
          }),
        );
      }
      return findings;
    },
  });
}
