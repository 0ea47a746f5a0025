export { byCountry } from './by-country.js';
export type { ByCountryOptions, CountryPacks, OtherwiseSetting } from './by-country.js';
export { PolicyConfigError, PolicyInputError } from './errors.js';
export type { InputIssue, InputIssueCode } from './errors.js';
export { hasMessage, LOCALES, messageIds, resolveMessage } from './locale.js';
export { excerpt, maskNumbersIn, maskPhone } from './mask.js';
export {
  DEFAULT_MAX_TEXT_LENGTH,
  OutboundMessageSchema,
  outboundMessageSchema,
  parseOutboundMessage,
} from './message.js';
export type { ParseOptions } from './message.js';
export type { Holiday, HolidayCalendar } from './holidays.js';
export { createPolicy } from './policy.js';
export type { OnErrorSetting, Policy, PolicyOptions, RuleWithDefaults } from './policy.js';
export type * from './ports.js';
export { defineRule } from './rule.js';
export { createSendSchedule } from './schedule.js';
export type { SendSchedule, SendScheduleOptions } from './schedule.js';
export type { RuleDefinition } from './rule.js';
export type * from './types.js';
export { FINDING_ACTIONS, MESSAGE_KINDS } from './types.js';
export { compareVerdicts, isBlocking, mergeFindings, verdictOf } from './verdict.js';
