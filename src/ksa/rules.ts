/** `ksaRules()`: the pack's rule ids, its options and the factory that binds the shipped data. */
import { z } from 'zod';
import type { HolidayCalendar } from '../core/holidays.js';
import { clauseAction } from '../core/ruleset.js';
import type { Rule, RuleActionSetting } from '../core/types.js';
import { advHoliday } from './adv-holiday.js';
import { advLinksNumbers } from './adv-links-numbers.js';
import { advOptOutNotice } from './adv-opt-out-notice.js';
import { advQuietHours } from './adv-quiet-hours.js';
import { advSenderSuffix } from './adv-sender-suffix.js';
import type { KsaRuleset, RestrictedClass } from './data/types.js';
import { internationalSender } from './international-sender.js';
import { messageType } from './message-type.js';
import { prohibitedContent } from './prohibited-content.js';
import { recipientNumber } from './recipient-number.js';
import { RESTRICTED_CLASSES, restrictedContent } from './restricted-content.js';
import { senderIdFormat } from './sender-id-format.js';
import { senderRegistered } from './sender-registered.js';
import { urlRegistration } from './url-registration.js';
import {
  actionSchema,
  calendarOption,
  dateKeySchema,
  LATEST_KSA_RULESET,
  quietHoursSchema,
  rulesetOption,
} from './_options.js';
import { ksaSchedule } from './_schedule.js';
import { parseOptions } from '../core/options.js';
import { packActions } from '../core/pack.js';

/**
 * Every rule id of the pack, in the order `ksaRules()` returns them; the keys `actions` accepts.
 *
 * @example
 * ksaRules({ actions: { 'ksa/message-type': 'off' } });
 */
export const KSA_RULE_IDS = [
  'ksa/message-type',
  'ksa/international-sender',
  'ksa/sender-registered',
  'ksa/adv-sender-suffix',
  'ksa/sender-id-format',
  'ksa/adv-quiet-hours',
  'ksa/adv-holiday',
  'ksa/adv-opt-out-notice',
  'ksa/url-registration',
  'ksa/prohibited-content',
  'ksa/restricted-content',
  'ksa/adv-links-numbers',
  'ksa/recipient-number',
] as const;

export type KsaRuleId = (typeof KSA_RULE_IDS)[number];

export interface KsaRulesOptions {
  /**
   * The closed part of the day, Riyadh time: promotional messages go from `end` to `start`.
   * Default `{ start: '21:00', end: '09:00' }` (send 09:00–21:00).
   */
  quietHours?: { start: string; end: string };
  /** Per rule id: the action of its finding, or `off` to leave the rule out. */
  actions?: Partial<Record<KsaRuleId, RuleActionSetting>>;
  /** Extra `YYYY-MM-DD` Riyadh dates treated as holidays (announced Eid days, extensions). */
  holidays?: string[];
  /** Sender names registered with the Saudi operators; when given, others are denied. */
  registeredSenders?: string[];
  /** Hosts registered with the operators for links; when given, links to other hosts are denied. */
  registeredUrls?: string[];
  /** Where the sender is established; `international` allows only service messages. Default `domestic`. */
  origin?: 'domestic' | 'international';
  /** Accept "Acme AD" and "AcmeAD" as promotional sender names (default false: exactly "-AD"). */
  acceptLooseSuffix?: boolean;
  /** The restricted content classes checked (default all: alcohol, loans, political, religious). */
  restrictedClasses?: RestrictedClass[];
  /** Pin a dated ruleset. Default `LATEST_KSA_RULESET` (KSA_RULESET_2021_06_14). */
  ruleset?: KsaRuleset;
  /** Replace the holiday calendar. Default `KSA_HOLIDAYS_2025_2027`. */
  calendar?: HolidayCalendar;
}

const settingSchema = z.union([actionSchema, z.literal('off')]);

const optionsSchema = z.strictObject({
  quietHours: quietHoursSchema.optional(),
  actions: z.strictObject(Object.fromEntries(KSA_RULE_IDS.map((id) => [id, settingSchema.optional()]))).optional(),
  holidays: z.array(dateKeySchema).max(5000).optional(),
  registeredSenders: z.array(z.string().trim().min(1).max(64)).max(10_000).optional(),
  registeredUrls: z.array(z.string()).max(10_000).optional(),
  origin: z.enum(['domestic', 'international']).optional(),
  acceptLooseSuffix: z.boolean().optional(),
  restrictedClasses: z.array(z.enum(RESTRICTED_CLASSES)).min(1).optional(),
  ruleset: rulesetOption.optional(),
  calendar: calendarOption.optional(),
});

/**
 * The Saudi CST rule pack: message types and senders abroad, registered `-AD` sender names, the 09:00–21:00
 * Riyadh promotional window with `retryAt`, holidays, the opt-out notice, registered URLs without
 * shorteners, prohibited and restricted content, chat links and numbers in promotions, mobile recipients.
 *
 * @example
 * import { byCountry, contentRules, createPolicy } from 'sms-policy';
 * import { ksaRules } from 'sms-policy/ksa';
 *
 * const policy = createPolicy({ rules: [...contentRules(), byCountry({ SA: ksaRules({ registeredUrls: ['acme.sa'] }) })] });
 * const decision = await policy.check({
 *   account: 'acme', senderId: 'Acme-AD', to: '+966501234567', kind: 'ADV',
 *   text: 'تخفيضات 30% على acme.sa. لإيقاف الرسائل أرسل إيقاف', at: '2026-03-10T18:30:00Z',
 * });
 * decision.verdict; // 'defer' (21:30 in Riyadh); decision.retryAt = 2026-03-11T06:00:00.000Z (09:00)
 */
export function ksaRules(options: KsaRulesOptions = {}): Rule[] {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksaRules');
  const ruleset = parsed.ruleset ?? LATEST_KSA_RULESET;
  const { on, action } = packActions<KsaRuleId>(parsed.actions as Partial<Record<KsaRuleId, RuleActionSetting>>);
  const base = (id: KsaRuleId) => ({ ruleset, ...action(id) });

  // One schedule for both time rules when holidays defer, so either retryAt honours the window and holidays.
  const holidayAction = clauseAction(base('ksa/adv-holiday').action, ruleset, 'SA-TIM-02', 'warn');
  const holidaysDefer = on('ksa/adv-holiday') && holidayAction === 'defer';
  const calendarInput = { holidays: parsed.holidays, calendar: parsed.calendar };
  const quietHours = on('ksa/adv-quiet-hours') ? (parsed.quietHours ?? ruleset.defaults.quietHours) : false;
  const shared = ksaSchedule({ ruleset, quietHours, closeHolidays: holidaysDefer, ...calendarInput });
  const holidaySchedule = holidaysDefer
    ? shared
    : ksaSchedule({ ruleset, quietHours, closeHolidays: true, ...calendarInput });

  const factories: Record<KsaRuleId, () => Rule> = {
    'ksa/message-type': () => messageType(base('ksa/message-type')),
    'ksa/international-sender': () =>
      internationalSender({ ...base('ksa/international-sender'), ...(parsed.origin ? { origin: parsed.origin } : {}) }),
    'ksa/sender-registered': () =>
      senderRegistered({
        ...base('ksa/sender-registered'),
        ...(parsed.registeredSenders ? { registeredSenders: parsed.registeredSenders } : {}),
      }),
    'ksa/adv-sender-suffix': () =>
      advSenderSuffix({
        ...base('ksa/adv-sender-suffix'),
        ...(parsed.acceptLooseSuffix !== undefined ? { acceptLooseSuffix: parsed.acceptLooseSuffix } : {}),
      }),
    'ksa/sender-id-format': () => senderIdFormat(base('ksa/sender-id-format')),
    'ksa/adv-quiet-hours': () => advQuietHours({ ...base('ksa/adv-quiet-hours'), schedule: shared }),
    'ksa/adv-holiday': () => advHoliday({ ...base('ksa/adv-holiday'), schedule: holidaySchedule }),
    'ksa/adv-opt-out-notice': () => advOptOutNotice(base('ksa/adv-opt-out-notice')),
    'ksa/url-registration': () =>
      urlRegistration({
        ...base('ksa/url-registration'),
        ...(parsed.registeredUrls ? { registeredUrls: parsed.registeredUrls } : {}),
      }),
    'ksa/prohibited-content': () => prohibitedContent(base('ksa/prohibited-content')),
    'ksa/restricted-content': () =>
      restrictedContent({
        ...base('ksa/restricted-content'),
        ...(parsed.restrictedClasses ? { classes: parsed.restrictedClasses } : {}),
      }),
    'ksa/adv-links-numbers': () => advLinksNumbers(base('ksa/adv-links-numbers')),
    'ksa/recipient-number': () => recipientNumber(base('ksa/recipient-number')),
  };
  return KSA_RULE_IDS.filter(on).map((id) => factories[id]());
}
