/**
 * jordan/adv-daily-cap (JO-FRQ-01): at most one promotional message per sender ID per recipient per Amman
 * calendar day, as a rate claim (`fixed` window aligned to the Asia/Amman day) consumed atomically with the
 * flood pack's limits. Warns by default (one vendor reports it); set `action: 'deny'` or `'defer'` to enforce.
 * Without a rate store the policy skips rate rules.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { RateClaim, Rule } from '../core/types.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
} from './_options.js';
import { senderKey } from './_sender.js';
import { addDays, zonedInstant } from '../core/local-date.js';
import { zonedParts } from '../core/time-zone.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvDailyCapOptions extends JordanRuleBaseOptions {
  /** ADV messages per sender ID per recipient per local day; default the ruleset's (1). */
  limit?: number;
  /** Rate-store key prefix. Default `jordan:adv-day`. */
  keyPrefix?: string;
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  limit: z.number().int().min(1).max(1000).optional(),
  keyPrefix: z.string().min(1).max(64).optional(),
});

const DAY_MS = 86_400_000;

/**
 * Claims one unit of a per-sender, per-recipient daily ADV budget.
 *
 * @example
 * const policy = createPolicy({ rules: [advDailyCap({ action: 'deny' })], rateStore: new MemoryRateStore() });
 * // the second ADV from "adv Acme" to one number on one Amman day → deny
 */
export function advDailyCap(options: AdvDailyCapOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'advDailyCap');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-FRQ-01', 'warn');
  const limit = parsed.limit ?? ruleset.defaults.advDailyCap;
  const timeZone = ruleset.defaults.timeZone;
  const prefix = parsed.keyPrefix ?? 'jordan:adv-day';

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-FRQ-01',
      id: 'jordan/adv-daily-cap',
      description: `At most ${limit} ADV message(s) per sender ID per recipient per ${timeZone} calendar day.`,
      action,
      needs: ['to'],
    }),
    stage: 'rate',
    claims(message, ctx): RateClaim[] {
      if (message.kind !== 'ADV' || !message.to) return [];
      const to = message.to;
      return [
        {
          limit: {
            key: `${prefix}:${senderKey(message.senderId)}:${to}`,
            limit,
            windowMs: DAY_MS,
            algorithm: 'fixed',
            timeZone,
          },
          onBlocked: () => {
            // The budget renews at the next local midnight, whatever the store's own estimate.
            const local = zonedParts(message.at, timeZone);
            const retryAt = zonedInstant(addDays(local, 1), 0, timeZone);
            return ctx.finding({
              action,
              messageId: 'jordan.adv-daily-cap',
              params: { senderId: message.senderId, limit },
              evidence: [
                {
                  data: {
                    senderId: message.senderId,
                    recipient: ctx.maskPhone(to),
                    limit,
                    timeZone,
                    renewsAt: retryAt.toISOString(),
                  },
                },
              ],
              ...(action === 'defer' ? { retryAt } : {}),
            });
          },
        },
      ];
    },
  });
}
