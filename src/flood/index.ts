// The flood domain's public exports: algorithms, fingerprints, the memory store and the rules.
export type { FloodRateLimit } from './_limits.js';
export { MAX_SLIDING_LIMIT } from './_limits.js';
export type { FloodLimitSettings, FloodRuleCommonOptions } from './_rule.js';
export { ACCOUNT_THROUGHPUT_DEFAULTS, type AccountThroughputOptions, accountThroughput } from './account-throughput.js';
export { DUPLICATE_CONTENT_DEFAULTS, type DuplicateContentOptions, duplicateContent } from './duplicate-content.js';
export {
  type ContentFingerprint,
  contentFingerprint,
  estimateSimilarity,
  MINHASH_BANDS,
  MINHASH_ROWS,
  maskedWords,
} from './fingerprint.js';
export {
  type FixedWindowOutcome,
  type FixedWindowParams,
  type FixedWindowState,
  fixedWindowDecide,
} from './fixed-window.js';
export { type FloodRulesOptions, floodRules } from './flood-rules.js';
export { type GcraOutcome, type GcraParams, gcraDecide } from './gcra.js';
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
export {
  type SlidingLogOutcome,
  type SlidingLogParams,
  type SlidingLogState,
  slidingLogDecide,
} from './sliding-log.js';
export { type CalendarWindow, calendarWindow, timeZoneOffsetMs } from './time-zone.js';
