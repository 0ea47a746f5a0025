// The flood domain's public exports: the memory store and the rules. The algorithms (GCRA, fixed windows,
// sliding logs), fingerprints and calendar windows are internals of the stores and rules: import them from
// their modules inside this package, never from 'sms-policy'.
export type { FloodLimitSettings, FloodRuleCommonOptions } from './options.js';
export { ACCOUNT_THROUGHPUT_DEFAULTS, type AccountThroughputOptions, accountThroughput } from './account-throughput.js';
export { DUPLICATE_CONTENT_DEFAULTS, type DuplicateContentOptions, duplicateContent } from './duplicate-content.js';
export { type FloodRulesOptions, floodRules } from './flood-rules.js';
export { MemoryRateStore, type MemoryRateStoreOptions } from './memory-store.js';
export { RECIPIENT_BURST_DEFAULTS, type RecipientBurstOptions, recipientBurst } from './recipient-burst.js';
export {
  RECIPIENT_DAILY_CAP_DEFAULTS,
  type RecipientDailyCapOptions,
  recipientDailyCap,
} from './recipient-daily-cap.js';
export {
  RECIPIENT_MANY_ACCOUNTS_DEFAULTS,
  type RecipientManyAccountsOptions,
  recipientManyAccounts,
} from './recipient-many-accounts.js';
