/** `jordanRules()`: the pack's rule ids, its options and the factory that binds the shipped data. */
import { z } from 'zod';
import type { Rule, RuleActionSetting } from '../core/types.js';
import { advDailyCap } from './adv-daily-cap.js';
import { advHoliday } from './adv-holiday.js';
import { advOptOut } from './adv-opt-out.js';
import { advOptOutNotice } from './adv-opt-out-notice.js';
import { advQuietHours } from './adv-quiet-hours.js';
import { createAdvSchedule } from './adv-schedule.js';
import { advSenderPrefix } from './adv-sender-prefix.js';
import type { HolidayCalendar, JordanRuleset } from './data/types.js';
import { governmentSender } from './government-sender.js';
import { messageClass } from './message-class.js';
import { recipientNumber } from './recipient-number.js';
import { segments } from './segments.js';
import { senderIdFormat } from './sender-id-format.js';
import { serviceConsent } from './service-consent.js';
import { servicePromotionalContent } from './service-promotional-content.js';
import {
  actionSchema,
  calendarOption,
  dateKeySchema,
  LATEST_JORDAN_RULESET,
  profileSchema,
  quietHoursSchema,
  rulesetOption,
} from './_options.js';
import { parseOptions } from '../core/options.js';
import { packActions } from '../core/pack.js';

/**
 * Every rule id of the pack, in the order `jordanRules()` returns them; the keys `actions` accepts.
 *
 * @example
 * jordanRules({ actions: Object.fromEntries(JORDAN_RULE_IDS.map((id) => [id, 'warn'])) });
 */
export const JORDAN_RULE_IDS = [
  'jordan/message-class',
  'jordan/government-sender',
  'jordan/service-consent',
  'jordan/service-promotional-content',
  'jordan/adv-sender-prefix',
  'jordan/sender-id-format',
  'jordan/adv-quiet-hours',
  'jordan/adv-holiday',
  'jordan/adv-opt-out',
  'jordan/adv-opt-out-notice',
  'jordan/adv-daily-cap',
  'jordan/recipient-number',
  'jordan/segments',
] as const;

export type JordanRuleId = (typeof JORDAN_RULE_IDS)[number];

export interface JordanRulesOptions {
  /** `strict` also defers ADV on Fridays and Saturdays. Default `standard`. */
  profile?: 'standard' | 'strict';
  /** Accounts allowed to send ALR and AWR. Default none. */
  governmentAccounts?: string[];
  /** Extra `YYYY-MM-DD` Amman dates on which ADV is deferred (announced holidays, extensions). */
  holidays?: string[];
  /** ADV quiet hours, Amman time. Default `{ start: '21:00', end: '07:00' }`. */
  quietHours?: { start: string; end: string };
  /** Per rule id: the action of its finding, or `off` to leave the rule out. */
  actions?: Partial<Record<JordanRuleId, RuleActionSetting>>;
  /** Pin a dated ruleset. Default `LATEST_JORDAN_RULESET` (RULESET_2024_11_06). */
  ruleset?: JordanRuleset;
  /** Replace the holiday calendar. Default `JORDAN_HOLIDAYS_2025_2027`. */
  calendar?: HolidayCalendar;
}

const settingSchema = z.union([actionSchema, z.literal('off')]);

const optionsSchema = z.strictObject({
  profile: profileSchema.optional(),
  governmentAccounts: z.array(z.string().trim().min(1)).max(10_000).optional(),
  holidays: z.array(dateKeySchema).max(5000).optional(),
  quietHours: quietHoursSchema.optional(),
  actions: z.strictObject(Object.fromEntries(JORDAN_RULE_IDS.map((id) => [id, settingSchema.optional()]))).optional(),
  ruleset: rulesetOption.optional(),
  calendar: calendarOption.optional(),
});

/**
 * The Jordan TRC rule pack: message classes, sender IDs, quiet hours, holidays, opt-out, the daily cap,
 * Jordanian numbers and segments. Works without a consent ledger or rate store (consent rules then warn
 * once that they could not verify; the daily cap is skipped).
 *
 * @example
 * import { createPolicy } from 'sms-policy';
 * import { jordanRules } from 'sms-policy/jordan';
 *
 * const policy = createPolicy({
 *   rules: jordanRules({ profile: 'strict', governmentAccounts: ['ncsc'], actions: { 'jordan/adv-daily-cap': 'deny' } }),
 * });
 * const decision = await policy.check({
 *   account: 'acme', senderId: 'adv Acme', to: '0791234567', kind: 'ADV',
 *   text: 'خصم 20% على كل المعاطف. لإلغاء الاشتراك أرسل STOP إلى 94444', at: '2026-03-10T19:30:00Z',
 * });
 * decision.verdict; // 'defer' (22:30 in Amman); decision.retryAt = 2026-03-11T04:00:00.000Z
 */
export function jordanRules(options: JordanRulesOptions = {}): Rule[] {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'jordanRules');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const { on, action } = packActions<JordanRuleId>(parsed.actions as Partial<Record<JordanRuleId, RuleActionSetting>>);
  const base = (id: JordanRuleId) => ({ ruleset, ...action(id) });

  // One schedule for both time rules, so either one's retryAt honours quiet hours, holidays and weekends.
  const holidaysOn = on('jordan/adv-holiday');
  const schedule = createAdvSchedule({
    ruleset,
    quietHours: on('jordan/adv-quiet-hours') ? (parsed.quietHours ?? ruleset.defaults.quietHours) : false,
    profile: holidaysOn ? (parsed.profile ?? 'standard') : 'standard',
    holidays: holidaysOn ? (parsed.holidays ?? []) : [],
    useCalendar: holidaysOn,
    ...(parsed.calendar ? { calendar: parsed.calendar } : {}),
  });

  const factories: Record<JordanRuleId, () => Rule> = {
    'jordan/message-class': () => messageClass(base('jordan/message-class')),
    'jordan/government-sender': () =>
      governmentSender({ ...base('jordan/government-sender'), governmentAccounts: parsed.governmentAccounts ?? [] }),
    'jordan/service-consent': () => serviceConsent(base('jordan/service-consent')),
    'jordan/service-promotional-content': () => servicePromotionalContent(base('jordan/service-promotional-content')),
    'jordan/adv-sender-prefix': () => advSenderPrefix(base('jordan/adv-sender-prefix')),
    'jordan/sender-id-format': () => senderIdFormat(base('jordan/sender-id-format')),
    'jordan/adv-quiet-hours': () => advQuietHours({ ...base('jordan/adv-quiet-hours'), schedule }),
    'jordan/adv-holiday': () => advHoliday({ ...base('jordan/adv-holiday'), schedule }),
    'jordan/adv-opt-out': () => advOptOut(base('jordan/adv-opt-out')),
    'jordan/adv-opt-out-notice': () => advOptOutNotice(base('jordan/adv-opt-out-notice')),
    'jordan/adv-daily-cap': () => advDailyCap(base('jordan/adv-daily-cap')),
    'jordan/recipient-number': () => recipientNumber(base('jordan/recipient-number')),
    'jordan/segments': () => segments(base('jordan/segments')),
  };
  return JORDAN_RULE_IDS.filter(on).map((id) => factories[id]());
}
