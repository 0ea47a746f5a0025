/**
 * `sms-policy/jordan`: the Jordan TRC rule pack. `jordanRules()` binds the dated ruleset and holiday
 * calendar shipped here (libphonenumber-js style: every factory also takes the data as an argument, so a
 * user can pin an older ruleset or pass a corrected one).
 */
export { JORDAN_RULE_IDS, type JordanRuleId, jordanRules, type JordanRulesOptions } from './rules.js';
export { advDailyCap, type AdvDailyCapOptions } from './adv-daily-cap.js';
export { advHoliday, type AdvHolidayOptions } from './adv-holiday.js';
export { advOptOut, type AdvOptOutOptions } from './adv-opt-out.js';
export {
  advOptOutNotice,
  type AdvOptOutNoticeOptions,
  findOptOutNotices,
  type OptOutNoticeMatch,
} from './adv-opt-out-notice.js';
export { advQuietHours, type AdvQuietHoursOptions } from './adv-quiet-hours.js';
export {
  type AdvSchedule,
  type AdvScheduleOptions,
  type AdvScheduleRuleOptions,
  type BlockedDay,
  createAdvSchedule,
} from './adv-schedule.js';
export { advSenderPrefix, type AdvSenderPrefixOptions } from './adv-sender-prefix.js';
export { JORDAN_HOLIDAYS_2025_2027 } from './data/holidays-2025-2027.js';
export { OPT_OUT_NOTICES, type OptOutNoticeData } from '../core/data/opt-out-notices.js';
export { PROMO_SIGNALS, type PromoSignalData } from './data/promo-signals.js';
export { JORDAN_SOURCES, LATEST_JORDAN_RULESET, RULESET_2024_11_06 } from './data/ruleset-2024-11-06.js';
export type {
  Holiday,
  HolidayCalendar,
  JordanClause,
  JordanClauseCode,
  JordanRuleBaseOptions,
  JordanRuleset,
  JordanRulesetDefaults,
} from './data/types.js';
export { governmentSender, type GovernmentSenderOptions } from './government-sender.js';
export { MESSAGE_CLASS_NAMES, messageClass, type MessageClassOptions } from './message-class.js';
export { recipientNumber, type RecipientNumberOptions } from './recipient-number.js';
export { segments, type SegmentsOptions } from './segments.js';
export { senderIdFormat, type SenderIdFormatOptions } from './sender-id-format.js';
export { serviceConsent, type ServiceConsentOptions } from './service-consent.js';
export { servicePromotionalContent, type ServicePromotionalContentOptions } from './service-promotional-content.js';
