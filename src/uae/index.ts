/**
 * `sms-policy/uae`: the UAE (TDRA) rule pack. `uaeRules()` binds the dated ruleset and holiday calendar
 * shipped here; every factory also takes the data as an argument, so a user can pin or correct it. Route it
 * to UAE recipients with `byCountry({ AE: uaeRules() })` from 'sms-policy'.
 */
export { UAE_RULE_IDS, type UaeRuleId, uaeRules, type UaeRulesOptions } from './rules.js';
export { advHoliday, type AdvHolidayOptions } from './adv-holiday.js';
export { advLinksNumbers, type AdvLinksNumbersOptions, findPhoneNumbers } from './adv-links-numbers.js';
export { advOptOutNotice, type AdvOptOutNoticeOptions, UAE_OPT_OUT_NOTICES } from './adv-opt-out-notice.js';
export { advQuietHours, type AdvQuietHoursOptions } from './adv-quiet-hours.js';
export { advSenderPrefix, type AdvSenderPrefixOptions } from './adv-sender-prefix.js';
export { UAE_HOLIDAYS_2025_2027 } from './data/holidays-2025-2027.js';
export { UAE_OPT_OUT_ADDITIONS } from './data/opt-out-notices.js';
export { type RestrictedContentData, UAE_RESTRICTED_CONTENT } from './data/restricted-content.js';
export { LATEST_UAE_RULESET, UAE_RULESET_2020_11_03, UAE_SOURCES } from './data/ruleset-2020-11-03.js';
export type {
  RestrictedClass,
  UaeClause,
  UaeClauseCode,
  UaeRuleBaseOptions,
  UaeRuleset,
  UaeRulesetDefaults,
} from './data/types.js';
export { prohibitedContent, type ProhibitedContentOptions } from './prohibited-content.js';
export { recipientNumber, type RecipientNumberOptions } from './recipient-number.js';
export { RESTRICTED_CLASSES, restrictedContent, type RestrictedContentOptions } from './restricted-content.js';
export { senderIdFormat, type SenderIdFormatOptions } from './sender-id-format.js';
export { senderRegistered, type SenderRegisteredOptions } from './sender-registered.js';
