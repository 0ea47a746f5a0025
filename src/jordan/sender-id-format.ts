/**
 * jordan/sender-id-format (JO-SND-03): an alphanumeric sender ID has at most 11 characters including the
 * prefix, made of Latin letters, digits, space, "-", "_" and ".".
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Finding, Rule } from '../core/types.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
  parseOptions,
} from './_options.js';

export interface SenderIdFormatOptions extends JordanRuleBaseOptions {
  /** Longest sender ID; default the ruleset's (11). */
  maxLength?: number;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, maxLength: z.number().int().min(1).max(20).optional() });

const ALLOWED = /^[A-Za-z0-9 _.-]$/;

/**
 * Checks the sender ID's length and characters.
 *
 * @example
 * const rule = senderIdFormat();
 * // 'adv Acme' passes; 'adv AcmeStores' (14) and 'adv Acme!' ('!') are denied
 */
export function senderIdFormat(options: SenderIdFormatOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options, 'senderIdFormat');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-SND-03', 'deny');
  const maxLength = parsed.maxLength ?? ruleset.defaults.senderId.maxLength;

  return defineRule({
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
      // Count code points, so an emoji is one (refused) character, not two.
      const chars = [...id];
      const findings: Finding[] = [];
      if (chars.length > maxLength) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'jordan.sender-id-too-long',
            params: { senderId: id, length: chars.length, max: maxLength },
            evidence: [{ data: { senderId: id, length: chars.length, max: maxLength } }],
          }),
        );
      }
      const bad = [...new Set(chars.filter((ch) => !ALLOWED.test(ch)))];
      if (bad.length > 0) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'jordan.sender-id-characters',
            params: { senderId: id, characters: bad.join(' ') },
            evidence: bad.slice(0, 10).map((ch) => ({
              data: { character: ch, codePoint: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` },
            })),
          }),
        );
      }
      return findings;
    },
  });
}
