/**
 * flood/recipient-burst (policies P10, P11): one number receives at most `limit` messages per `windowMs`
 * from ALL accounts together, plus `burst` back to back (GCRA). It stops SMS bombing: a number flooded
 * through one or many senders. Alerts (ALR) are exempt by default.
 */
import { z } from 'zod';
import type { RuleWithDefaults } from '../core/policy.js';
import type { RateClaim } from '../core/types.js';
import type { MemberRateLimit } from '../core/rate-limit.js';
import { claimFor, commonShape, floodSettings, lazyMemoryStore, withDefaultStore } from './_rule.js';
import type { FloodLimitSettings, FloodRuleCommonOptions } from './options.js';
import { parseOptions } from '../core/options.js';

export interface RecipientBurstOptions extends FloodRuleCommonOptions, Partial<FloodLimitSettings> {}

export const RECIPIENT_BURST_DEFAULTS = { limit: 10, windowMs: 600_000, burst: 4 } as const;

const schema = z.object(commonShape).strict();

/**
 * Caps messages to one recipient across accounts (default 10 per 10 minutes with a burst of 4, action `deny`).
 * Per-account overrides apply to the account sending the message being checked.
 *
 * @example
 * const rule = recipientBurst({ limit: 5, windowMs: 300_000, action: 'defer' });
 */
export function recipientBurst(options?: RecipientBurstOptions): RuleWithDefaults {
  const parsed = parseOptions(schema, options ?? {}, 'recipientBurst');
  const common = floodSettings(parsed, options, RECIPIENT_BURST_DEFAULTS, 'deny', ['ADV', 'SRV', 'AWR']);
  const action = common.action;
  return withDefaultStore(
    {
      id: 'flood/recipient-burst',
      description: 'One recipient gets at most a set number of messages per window from all accounts together.',
      defaultAction: action,
      source: 'policy P11',
      confidence: 'B',
      verified: false,
      docs: 'docs/rules/flood/recipient-burst.md',
      claims(message, ctx): RateClaim[] {
        if (!common.applies(message)) return [];
        const settings = common.settingsFor(message.account);
        const limit: MemberRateLimit = { key: `flood:recipient:${message.to}`, algorithm: 'gcra', ...settings };
        const recipient = message.to;
        return [claimFor(limit, { ctx, action, messageId: 'flood.recipient-burst', recipient, settings })];
      },
    },
    options?.defaultRateStore ?? lazyMemoryStore(),
  );
}
