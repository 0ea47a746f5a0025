/**
 * flood/account-throughput (policy P10): an account sends at most `limit` messages per `windowMs` with
 * `burst` extra back to back (GCRA; never more than limit + burst in any rolling window). Over the rate the
 * message is deferred to the instant the account's budget allows one more.
 */
import { z } from 'zod';
import type { RuleWithDefaults } from '../core/policy.js';
import type { RateClaim } from '../core/types.js';
import type { MemberRateLimit } from '../core/rate-limit.js';
import { claimFor, commonShape, floodSettings, lazyMemoryStore, withDefaultStore } from './_rule.js';
import type { FloodLimitSettings, FloodRuleCommonOptions } from './options.js';
import { parseOptions } from '../core/options.js';

export interface AccountThroughputOptions extends FloodRuleCommonOptions, Partial<FloodLimitSettings> {}

export const ACCOUNT_THROUGHPUT_DEFAULTS = { limit: 20, windowMs: 1_000, burst: 20 } as const;

const schema = z.object(commonShape).strict();

/**
 * Caps each account's sending rate (default 20 messages/s with a burst of 20, action `defer`).
 *
 * @example
 * const rule = accountThroughput({ limit: 50, overrides: (account) => (account === 'bank' ? { limit: 500 } : undefined) });
 */
export function accountThroughput(options?: AccountThroughputOptions): RuleWithDefaults {
  const parsed = parseOptions(schema, options ?? {}, 'accountThroughput');
  const common = floodSettings(parsed, options, ACCOUNT_THROUGHPUT_DEFAULTS, 'defer', ['ADV', 'SRV', 'AWR', 'ALR']);
  const action = common.action;
  return withDefaultStore(
    {
      id: 'flood/account-throughput',
      description: 'An account sends at most a set number of messages per second, with a burst allowance.',
      defaultAction: action,
      source: 'policy P10',
      confidence: 'B',
      verified: false,
      docs: 'docs/rules/flood/account-throughput.md',
      claims(message, ctx): RateClaim[] {
        if (!common.applies(message)) return [];
        const settings = common.settingsFor(message.account);
        const limit: MemberRateLimit = { key: `flood:account:${message.account}`, algorithm: 'gcra', ...settings };
        const recipient = message.to;
        return [claimFor(limit, { ctx, action, messageId: 'flood.account-throughput', recipient, settings })];
      },
    },
    options?.defaultRateStore ?? lazyMemoryStore(),
  );
}
