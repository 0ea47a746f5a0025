export { byCountry } from './by-country.js';
export type { ByCountryOptions, CountryPacks, OtherwiseSetting } from './by-country.js';
export { PolicyConfigError, PolicyInputError } from './errors.js';
export type { InputIssue, InputIssueCode } from './errors.js';
export { createMessageCatalog, LOCALES } from './locale.js';
export type { LocaleBundle, LocaleMessages, MessageCatalog } from './locale.js';
export { excerpt, maskEmailsIn, maskNumbersIn, maskPhone, safeErrorText } from './mask.js';
export {
  DEFAULT_MAX_TEXT_LENGTH,
  MAX_ACCOUNT_LENGTH,
  MAX_CAMPAIGN_ID_LENGTH,
  MAX_SENDER_ID_LENGTH,
  parseOutboundMessage,
} from './message.js';
export type { ParseOptions } from './message.js';
export type { Holiday, HolidayCalendar } from './holidays.js';
export { createPolicy } from './policy.js';
export type { OnErrorAction, OnErrorSetting, Policy, PolicyOptions, RuleWithDefaults } from './policy.js';
export type * from './ports.js';
export { defineRule } from './rule.js';
export { createSendSchedule } from './schedule.js';
export type { SendSchedule, SendScheduleOptions } from './schedule.js';
export type { RuleDefinition } from './rule.js';
export type * from './types.js';
export { FINDING_ACTIONS, MESSAGE_KINDS } from './types.js';
export { MissingPeerDependencyError } from './peer.js';
export { mergeFindings } from './verdict.js';
