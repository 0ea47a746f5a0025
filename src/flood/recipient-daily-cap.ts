/**
 * flood/recipient-daily-cap (policy P10; the generic form of Jordan's JO-FRQ-01): at most `limit`
 * messages of the given kinds per (recipient, sender ID) per calendar day of `timeZone` (a fixed window
 * aligned to that zone's midnight, correct across DST). Default: one ADV per day, `warn`.
 */
import { z } from 'zod';
import type { RuleWithDefaults } from '../core/policy.js';
import type { RateClaim } from '../core/types.js';
import type { MemberRateLimit } from '../core/rate-limit.js';
import { claimFor, commonShape, floodSettings, lazyMemoryStore, withDefaultStore } from './_rule.js';
import type { FloodLimitSettings, FloodRuleCommonOptions } from './options.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { parseOptions } from '../core/options.js';

export interface RecipientDailyCapOptions extends FloodRuleCommonOptions, Partial<Omit<FloodLimitSettings, 'burst'>> {
  /** IANA zone whose calendar days are the windows. Default `UTC`. */
  timeZone?: string;
  /** What the cap is counted per, besides the recipient. Default `senderId`. */
  per?: 'senderId' | 'account';
}

export const RECIPIENT_DAILY_CAP_DEFAULTS = { limit: 1, windowMs: 86_400_000, timeZone: 'UTC' } as const;

const { burst: _burst, ...shape } = commonShape;
const schema = z
  .object({
    ...shape,
    timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone, e.g. Asia/Amman').optional(),
    per: z.enum(['senderId', 'account']).optional(),
  })
  .strict();

/**
 * Caps messages per recipient and sender ID per calendar day.
 *
 * @example
 * const rule = recipientDailyCap({ timeZone: 'Asia/Amman', action: 'deny' }); // one ADV per brand per Amman day
 */
export function recipientDailyCap(options?: RecipientDailyCapOptions): RuleWithDefaults {
  const parsed = parseOptions(schema, options ?? {}, 'recipientDailyCap');
  const common = floodSettings(parsed, options, RECIPIENT_DAILY_CAP_DEFAULTS, 'warn', ['ADV']);
  const action = common.action;
  const timeZone = parsed.timeZone ?? RECIPIENT_DAILY_CAP_DEFAULTS.timeZone;
  const per = parsed.per ?? 'senderId';
  return withDefaultStore(
    {
      id: 'flood/recipient-daily-cap',
      description: 'At most a set number of messages per recipient and sender ID per calendar day.',
      defaultAction: action,
      source: 'policy P10',
      confidence: 'C',
      verified: false,
      docs: 'docs/rules/flood/recipient-daily-cap.md',
      claims(message, ctx): RateClaim[] {
        if (!common.applies(message)) return [];
        const settings = common.settingsFor(message.account);
        const { limit: count, windowMs } = settings;
        const who = per === 'senderId' ? message.senderId : message.account;
        const limit: MemberRateLimit = {
          key: `flood:daily:${message.to}:${per}:${who}`,
          algorithm: 'fixed',
          limit: count,
          windowMs,
          timeZone,
        };
        const recipient = message.to;
        return [
          claimFor(limit, {
            ctx,
            action,
            messageId: 'flood.recipient-daily-cap',
            recipient,
            settings,
            data: { timeZone },
          }),
        ];
      },
    },
    options?.defaultRateStore ?? lazyMemoryStore(),
  );
}
