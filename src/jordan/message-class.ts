/**
 * jordan/message-class (JO-CLS-01, JO-REC-01): names the TRC class of every message and leaves the record
 * the instructions imply — class, sender ID, a hash of the text (never the text), the Amman local time and
 * the ruleset version — as an info finding, so the Decision is the per-send record. An unknown class never
 * gets here: the message schema rejects it with PolicyInputError.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { MessageKind, Rule } from '../core/types.js';
import { baseOptionsShape, type JordanRuleBaseOptions, jordanMeta, LATEST_JORDAN_RULESET } from './_options.js';
import { dateKey, formatClock } from '../core/local-date.js';
import { zonedParts } from '../core/time-zone.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export type MessageClassOptions = JordanRuleBaseOptions;

const optionsSchema = z.strictObject({ ...baseOptionsShape });

/**
 * TRC class names in English and Arabic, by message kind.
 *
 * @example
 * MESSAGE_CLASS_NAMES.ADV.ar; // 'ترويجية'
 */
export const MESSAGE_CLASS_NAMES: Record<MessageKind, { en: string; ar: string }> = {
  ALR: { en: 'alert', ar: 'تنبيه' },
  AWR: { en: 'awareness', ar: 'توعية' },
  SRV: { en: 'service', ar: 'خدمة' },
  ADV: { en: 'promotional', ar: 'ترويجية' },
};

/**
 * Records the message class, sender, text hash and Amman local time as an info finding.
 *
 * @example
 * const rule = messageClass();
 * // ADV → info 'TRC class ADV (promotional)', evidence data { kind, senderId, localTime, ruleset, textHmac (with an auditKey) }
 */
export function messageClass(options: MessageClassOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'messageClass');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = parsed.action ?? 'info';
  const timeZone = ruleset.defaults.timeZone;

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-CLS-01',
      id: 'jordan/message-class',
      field: 'kind',
      description: 'Names the TRC class of the message and records sender, text hash and Amman time.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const local = zonedParts(message.at, timeZone);
      const localTime = `${dateKey(local)} ${formatClock(local.hour * 60 + local.minute)}`;
      const names = MESSAGE_CLASS_NAMES[message.kind];
      const data: Record<string, string> = {
        kind: message.kind,
        senderId: message.senderId,
        localTime,
        timeZone,
        ruleset: ruleset.version,
      };
      if (message.campaignId !== undefined) data.campaignId = message.campaignId;
      // Keyed with the policy's auditKey, or left out: an unkeyed hash of a short text (an OTP) can be reversed.
      const hmac = ctx.textHmac?.(message.text);
      if (hmac) data.textHmac = hmac.slice(0, 16);
      return [
        ctx.finding({
          action,
          messageId: 'jordan.message-class',
          params: { kind: message.kind, name: names.en, nameAr: names.ar },
          evidence: [{ data }],
        }),
      ];
    },
  });
}
