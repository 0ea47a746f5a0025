/** `floodRules()`: the flood pack, every rule sharing one default memory store. */
import { z } from 'zod';
import type { RuleWithDefaults } from '../core/policy.js';
import type { RateStore } from '../core/ports.js';
import { lazyMemoryStore } from './_rule.js';
import { type AccountThroughputOptions, accountThroughput } from './account-throughput.js';
import { type DuplicateContentOptions, duplicateContent } from './duplicate-content.js';
import { type RecipientBurstOptions, recipientBurst } from './recipient-burst.js';
import { type RecipientDailyCapOptions, recipientDailyCap } from './recipient-daily-cap.js';
import { type RecipientManyAccountsOptions, recipientManyAccounts } from './recipient-many-accounts.js';
import { parseOptions } from '../core/options.js';

/** Options per rule (`false` leaves the rule out). */
export interface FloodRulesOptions {
  accountThroughput?: AccountThroughputOptions | false;
  recipientBurst?: RecipientBurstOptions | false;
  duplicateContent?: DuplicateContentOptions | false;
  recipientManyAccounts?: RecipientManyAccountsOptions | false;
  recipientDailyCap?: RecipientDailyCapOptions | false;
  /** Store used when the policy has none; default one `MemoryRateStore` shared by these rules. */
  defaultRateStore?: () => RateStore;
}

const part = z.union([z.literal(false), z.record(z.string(), z.unknown())]).optional();
const schema = z
  .object({
    accountThroughput: part,
    recipientBurst: part,
    duplicateContent: part,
    recipientManyAccounts: part,
    recipientDailyCap: part,
    defaultRateStore: z.function().optional(),
  })
  .strict();

/**
 * The flood rules (policies P10, P11): account throughput, recipient bursts, duplicate and near-duplicate
 * content, many accounts on one number, and a per-sender daily cap. Without a `rateStore` on the policy
 * they share one in-process `MemoryRateStore`; pass `createRedisRateStore()` to share limits across processes.
 *
 * @example
 * const policy = createPolicy({
 *   rules: floodRules({ accountThroughput: { limit: 50, overrides: (a) => (a === 'bank' ? { limit: 500 } : undefined) } }),
 * });
 */
export function floodRules(options?: FloodRulesOptions): RuleWithDefaults[] {
  parseOptions(schema, options ?? {}, 'floodRules');
  const store = options?.defaultRateStore ?? lazyMemoryStore();
  const rules: RuleWithDefaults[] = [];
  const add = <T extends object>(
    setting: T | false | undefined,
    factory: (options: T & { defaultRateStore: () => RateStore }) => RuleWithDefaults,
  ): void => {
    if (setting === false) return;
    rules.push(factory({ ...(setting ?? ({} as T)), defaultRateStore: store }));
  };
  add(options?.accountThroughput, accountThroughput);
  add(options?.recipientBurst, recipientBurst);
  add(options?.duplicateContent, duplicateContent);
  add(options?.recipientManyAccounts, recipientManyAccounts);
  add(options?.recipientDailyCap, recipientDailyCap);
  return rules;
}
