/**
 * `sms-policy/ksa`: the Saudi Arabia (CST) rule pack. `ksaRules()` binds the dated ruleset and holiday
 * calendar shipped here; every factory also takes the data as an argument, so a user can pin or correct it.
 * Route it to Saudi recipients with `byCountry({ SA: ksaRules() })` from 'sms-policy'.
 */
export { KSA_RULE_IDS, type KsaRuleId, ksaRules, type KsaRulesOptions } from './rules.js';
export { advHoliday, type AdvHolidayOptions } from './adv-holiday.js';
export { advLinksNumbers, type AdvLinksNumbersOptions } from './adv-links-numbers.js';
export { advOptOutNotice, type AdvOptOutNoticeOptions, KSA_OPT_OUT_NOTICES } from './adv-opt-out-notice.js';
export { advQuietHours, type AdvQuietHoursOptions } from './adv-quiet-hours.js';
export { advSenderSuffix, type AdvSenderSuffixOptions } from './adv-sender-suffix.js';
export { KSA_HOLIDAYS_2025_2027 } from './data/holidays-2025-2027.js';
export { KSA_OPT_OUT_ADDITIONS } from './data/opt-out-notices.js';
export { KSA_RESTRICTED_CONTENT, type RestrictedContentData } from './data/restricted-content.js';
export { KSA_RULESET_2021_06_14, KSA_SOURCES, LATEST_KSA_RULESET } from './data/ruleset-2021-06-14.js';
export type {
  KsaClause,
  KsaClauseCode,
  KsaRuleBaseOptions,
  KsaRuleset,
  KsaRulesetDefaults,
  RestrictedClass,
} from './data/types.js';
export { internationalSender, type InternationalSenderOptions } from './international-sender.js';
export { CST_MESSAGE_TYPES, messageType, type MessageTypeOptions } from './message-type.js';
export { prohibitedContent, type ProhibitedContentOptions } from './prohibited-content.js';
export { recipientNumber, type RecipientNumberOptions } from './recipient-number.js';
export { RESTRICTED_CLASSES, restrictedContent, type RestrictedContentOptions } from './restricted-content.js';
export { senderIdFormat, type SenderIdFormatOptions } from './sender-id-format.js';
export { senderRegistered, type SenderRegisteredOptions } from './sender-registered.js';
export { urlRegistration, type UrlRegistrationOptions } from './url-registration.js';
