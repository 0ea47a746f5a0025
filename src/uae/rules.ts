/** `uaeRules()`: the pack's rule ids, its options and the factory that binds the shipped data. */
import { z } from 'zod';
import type { Rule, RuleActionSetting } from '../core/types.js';
import { advHoliday } from './adv-holiday.js';
import { advLinksNumbers } from './adv-links-numbers.js';
import { advOptOutNotice } from './adv-opt-out-notice.js';
import { advQuietHours } from './adv-quiet-hours.js';
import { advSenderPrefix } from './adv-sender-prefix.js';
import type { HolidayCalendar } from '../core/holidays.js';
import type { RestrictedClass, UaeRuleset } from './data/types.js';
import { prohibitedContent } from './prohibited-content.js';
import { recipientNumber } from './recipient-number.js';
import { RESTRICTED_CLASSES, restrictedContent } from './restricted-content.js';
import { senderIdFormat } from './sender-id-format.js';
import { senderRegistered } from './sender-registered.js';
import {
  actionSchema,
  calendarOption,
  dateKeySchema,
  LATEST_UAE_RULESET,
  quietHoursSchema,
  rulesetOption,
} from './_options.js';
import { uaeSchedule } from './_schedule.js';
import { clauseAction } from '../core/ruleset.js';
import { parseOptions } from '../core/options.js';
import { packActions } from '../core/pack.js';

/**
 * Every rule id of the pack, in the order `uaeRules()` returns them; the keys `actions` accepts.
 *
 * @example
 * uaeRules({ actions: { 'uae/adv-holiday': 'defer' } });
 */
export const UAE_RULE_IDS = [
  'uae/sender-registered',
  'uae/adv-sender-prefix',
  'uae/sender-id-format',
  'uae/adv-quiet-hours',
  'uae/adv-holiday',
  'uae/adv-opt-out-notice',
  'uae/prohibited-content',
  'uae/restricted-content',
  'uae/adv-links-numbers',
  'uae/recipient-number',
] as const;

export type UaeRuleId = (typeof UAE_RULE_IDS)[number];

export interface UaeRulesOptions {
  /** ADV quiet hours, Dubai time. Default `{ start: '21:00', end: '07:00' }`. */
  quietHours?: { start: string; end: string };
  /** Per rule id: the action of its finding, or `off` to leave the rule out. */
  actions?: Partial<Record<UaeRuleId, RuleActionSetting>>;
  /** Extra `YYYY-MM-DD` Dubai dates treated as holidays (announced Eid days, extensions). */
  holidays?: string[];
  /** Sender IDs registered with the UAE operators; when given, others are denied. */
  registeredSenders?: string[];
  /** The restricted content classes checked (default all: alcohol, loans, political, religious). */
  restrictedClasses?: RestrictedClass[];
  /** Pin a dated ruleset. Default `LATEST_UAE_RULESET` (UAE_RULESET_2020_11_03). */
  ruleset?: UaeRuleset;
  /** Replace the holiday calendar. Default `UAE_HOLIDAYS_2025_2027`. */
  calendar?: HolidayCalendar;
}

const settingSchema = z.union([actionSchema, z.literal('off')]);

const optionsSchema = z.strictObject({
  quietHours: quietHoursSchema.optional(),
  actions: z.strictObject(Object.fromEntries(UAE_RULE_IDS.map((id) => [id, settingSchema.optional()]))).optional(),
  holidays: z.array(dateKeySchema).max(5000).optional(),
  registeredSenders: z.array(z.string().trim().min(1).max(64)).max(10_000).optional(),
  restrictedClasses: z.array(z.enum(RESTRICTED_CLASSES)).min(1).optional(),
  ruleset: rulesetOption.optional(),
  calendar: calendarOption.optional(),
});

/**
 * The UAE TDRA rule pack: registered and `AD-` sender IDs, 21:00–07:00 Dubai quiet hours with `retryAt`,
 * holidays, the opt-out notice, prohibited and restricted content, links and numbers in promotions, mobile
 * recipients.
 *
 * @example
 * import { byCountry, contentRules, createPolicy } from 'sms-policy';
 * import { uaeRules } from 'sms-policy/uae';
 *
 * const policy = createPolicy({ rules: [...contentRules(), byCountry({ AE: uaeRules({ registeredSenders: ['AD-Acme'] }) })] });
 * const decision = await policy.check({
 *   account: 'acme', senderId: 'AD-Acme', to: '+971501234567', kind: 'ADV',
 *   text: 'Summer sale 30% off. To opt out send B to 7726', at: '2026-03-10T18:30:00Z',
 * });
 * decision.verdict; // 'defer' (22:30 in Dubai); decision.retryAt = 2026-03-11T03:00:00.000Z
 */
export function uaeRules(options: UaeRulesOptions = {}): Rule[] {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uaeRules');
  const ruleset = parsed.ruleset ?? LATEST_UAE_RULESET;
  const { on, action } = packActions<UaeRuleId>(parsed.actions as Partial<Record<UaeRuleId, RuleActionSetting>>);
  const base = (id: UaeRuleId) => ({ ruleset, ...action(id) });

  // One schedule for both time rules when holidays defer, so either retryAt honours quiet hours and holidays.
  const holidayAction = clauseAction(base('uae/adv-holiday').action, ruleset, 'AE-TIM-02', 'warn');
  const holidaysDefer = on('uae/adv-holiday') && holidayAction === 'defer';
  const calendarInput = { holidays: parsed.holidays, calendar: parsed.calendar };
  const quietHours = on('uae/adv-quiet-hours') ? (parsed.quietHours ?? ruleset.defaults.quietHours) : false;
  const shared = uaeSchedule({ ruleset, quietHours, closeHolidays: holidaysDefer, ...calendarInput });
  const holidaySchedule = holidaysDefer
    ? shared
    : uaeSchedule({ ruleset, quietHours, closeHolidays: true, ...calendarInput });

  const factories: Record<UaeRuleId, () => Rule> = {
    'uae/sender-registered': () =>
      senderRegistered({
        ...base('uae/sender-registered'),
        ...(parsed.registeredSenders ? { registeredSenders: parsed.registeredSenders } : {}),
      }),
    'uae/adv-sender-prefix': () => advSenderPrefix(base('uae/adv-sender-prefix')),
    'uae/sender-id-format': () => senderIdFormat(base('uae/sender-id-format')),
    'uae/adv-quiet-hours': () => advQuietHours({ ...base('uae/adv-quiet-hours'), schedule: shared }),
    'uae/adv-holiday': () => advHoliday({ ...base('uae/adv-holiday'), schedule: holidaySchedule }),
    'uae/adv-opt-out-notice': () => advOptOutNotice(base('uae/adv-opt-out-notice')),
    'uae/prohibited-content': () => prohibitedContent(base('uae/prohibited-content')),
    'uae/restricted-content': () =>
      restrictedContent({
        ...base('uae/restricted-content'),
        ...(parsed.restrictedClasses ? { classes: parsed.restrictedClasses } : {}),
      }),
    'uae/adv-links-numbers': () => advLinksNumbers(base('uae/adv-links-numbers')),
    'uae/recipient-number': () => recipientNumber(base('uae/recipient-number')),
  };
  return UAE_RULE_IDS.filter(on).map((id) => factories[id]());
}
