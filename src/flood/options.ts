/** The options every flood rule shares: the numbers of a limit and the common settings. */
import type { RateStore } from '../core/ports.js';
import type { MessageKind } from '../core/types.js';

/** The numbers of one limit; per-account overrides return a part of them. */
export interface FloodLimitSettings {
  limit: number;
  windowMs: number;
  burst?: number;
}

/** Options every flood rule accepts. */
export interface FloodRuleCommonOptions {
  /** What a refused claim yields. */
  action?: 'deny' | 'defer' | 'review' | 'warn' | 'info';
  /** Message kinds the rule applies to. */
  kinds?: MessageKind[];
  /** Per-account limits, e.g. a customer on a bigger plan: `(account) => ({ limit: 200 })`. */
  overrides?: (account: string) => Partial<FloodLimitSettings> | undefined;
  /** The store used when the policy was given none. Default: a `MemoryRateStore` created on first use. */
  defaultRateStore?: () => RateStore;
}
