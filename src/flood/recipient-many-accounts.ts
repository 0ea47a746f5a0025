/**
 * flood/recipient-many-accounts (policy P11): one number is reached by at most `limit` DIFFERENT accounts
 * per `windowMs`. A sliding log keyed by recipient whose members are accounts (the `member` extension of
 * `RateLimit`, see `MemberRateLimit`): an account already in the window passes; a new one counts.
 * It catches bombing spread over many sender accounts, which per-account limits cannot see.
 */
import { z } from 'zod';
import type { RuleWithDefaults } from '../core/policy.js';
import type { RateClaim } from '../core/types.js';
import type { MemberRateLimit } from '../core/rate-limit.js';
import { claimFor, commonShape, floodSettings, lazyMemoryStore, withDefaultStore } from './_rule.js';
import type { FloodLimitSettings, FloodRuleCommonOptions } from './options.js';
import { parseOptions } from '../core/options.js';

export interface RecipientManyAccountsOptions
  extends FloodRuleCommonOptions,
    Partial<Omit<FloodLimitSettings, 'burst'>> {}

export const RECIPIENT_MANY_ACCOUNTS_DEFAULTS = { limit: 4, windowMs: 600_000 } as const;

const { burst: _burst, ...shape } = commonShape;
const schema = z.object({ ...shape, limit: z.number().int().positive().max(10_000).optional() }).strict();

/**
 * Caps the number of distinct accounts messaging one recipient (default 4 accounts per 10 minutes, `deny`).
 *
 * @example
 * const rule = recipientManyAccounts({ limit: 3, windowMs: 300_000, action: 'review' });
 */
export function recipientManyAccounts(options?: RecipientManyAccountsOptions): RuleWithDefaults {
  const parsed = parseOptions(schema, options ?? {}, 'recipientManyAccounts');
  const common = floodSettings(parsed, options, RECIPIENT_MANY_ACCOUNTS_DEFAULTS, 'deny', ['ADV', 'SRV', 'AWR']);
  const action = common.action;
  return withDefaultStore(
    {
      id: 'flood/recipient-many-accounts',
      description: 'One recipient is messaged by at most a set number of different accounts per window.',
      defaultAction: action,
      source: 'policy P11',
      confidence: 'C',
      verified: false,
      docs: 'docs/rules/flood/recipient-many-accounts.md',
      claims(message, ctx): RateClaim[] {
        if (!common.applies(message)) return [];
        const settings = common.settingsFor(message.account);
        const limit: MemberRateLimit = {
          key: `flood:accounts:${message.to}`,
          algorithm: 'sliding',
          limit: settings.limit,
          windowMs: settings.windowMs,
          member: message.account,
        };
        const recipient = message.to;
        return [claimFor(limit, { ctx, action, messageId: 'flood.recipient-many-accounts', recipient, settings })];
      },
    },
    options?.defaultRateStore ?? lazyMemoryStore(),
  );
}
