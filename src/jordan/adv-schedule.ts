/**
 * When may a promotional (ADV) message go? Quiet hours, holidays and (strict) weekends combined into one
 * schedule, so every deferral's `retryAt` is the next instant that none of them blocks.
 */
import { z } from 'zod';
import { type BlockedDay as CoreBlockedDay, createSendSchedule, type SendSchedule } from '../core/schedule.js';
import { JORDAN_HOLIDAYS_2025_2027 } from './data/holidays-2025-2027.js';
import { LATEST_JORDAN_RULESET } from './data/ruleset-2024-11-06.js';
import type { HolidayCalendar, JordanRuleBaseOptions, JordanRuleset } from './data/types.js';
import { calendarOption, dateKeySchema, profileSchema, quietHoursSchema, rulesetOption } from './_options.js';
import { parseOptions } from '../core/options.js';

export interface AdvScheduleOptions {
  /** `strict` also blocks the ruleset's weekend days (Friday and Saturday). Default `standard`. */
  profile?: 'standard' | 'strict';
  /** Quiet-hours window in local time; `false` for none. Default: the ruleset's (21:00–07:00). */
  quietHours?: { start: string; end: string } | false;
  /** Extra blocked dates, `YYYY-MM-DD` local. */
  holidays?: string[];
  /** Use the holiday calendar at all. Default true. */
  useCalendar?: boolean;
  ruleset?: JordanRuleset;
  calendar?: HolidayCalendar;
}

/** Why a local day is closed to ADV (the core schedule's answer). */
export type BlockedDay = CoreBlockedDay;

/** A compiled ADV schedule: the core `SendSchedule` bound to Amman's window and calendar. */
export type AdvSchedule = SendSchedule;

/** Zod check for a compiled schedule passed to a rule factory. */
export const scheduleOption = z.custom<AdvSchedule>(
  (value) => typeof (value as AdvSchedule | null)?.nextAllowed === 'function',
  'must be a schedule from createAdvSchedule()',
);

/** The option fields of the rules that defer on the schedule (quiet hours, holidays). */
export const scheduleRuleShape = {
  profile: profileSchema.optional(),
  holidays: z.array(dateKeySchema).optional(),
  calendar: calendarOption.optional(),
  quietHours: quietHoursSchema.optional(),
  schedule: scheduleOption.optional(),
};

/** The options both time rules (jordan/adv-quiet-hours, jordan/adv-holiday) take. */
export interface AdvScheduleRuleOptions extends JordanRuleBaseOptions {
  /** Local quiet-hours window. Default the ruleset's `{ start: '21:00', end: '07:00' }`. */
  quietHours?: { start: string; end: string };
  /** `strict` also treats the ruleset's weekend days (Friday, Saturday) as closed. Default `standard`. */
  profile?: 'standard' | 'strict';
  /** Extra local dates (`YYYY-MM-DD`) to treat as holidays, e.g. an announced Eid extension. */
  holidays?: string[];
  /** Replace the shipped calendar (JORDAN_HOLIDAYS_2025_2027). */
  calendar?: HolidayCalendar;
  /** A compiled schedule shared by both rules (jordanRules passes one); overrides the options above. */
  schedule?: AdvSchedule;
}

type ScheduleRuleOptions = Partial<{ [K in keyof typeof scheduleRuleShape]: z.infer<(typeof scheduleRuleShape)[K]> }>;

/** A time rule's schedule: the shared one when given, else one compiled from the rule's own options. */
export function scheduleFor(parsed: ScheduleRuleOptions, ruleset: JordanRuleset): AdvSchedule {
  if (parsed.schedule) return parsed.schedule;
  return createAdvSchedule({
    ruleset,
    ...(parsed.profile ? { profile: parsed.profile } : {}),
    ...(parsed.holidays ? { holidays: parsed.holidays } : {}),
    ...(parsed.calendar ? { calendar: parsed.calendar } : {}),
    ...(parsed.quietHours ? { quietHours: parsed.quietHours } : {}),
  });
}

const optionsSchema = z.strictObject({
  profile: profileSchema.optional(),
  quietHours: z.union([quietHoursSchema, z.literal(false)]).optional(),
  holidays: z.array(dateKeySchema).max(5000).optional(),
  useCalendar: z.boolean().optional(),
  ruleset: rulesetOption.optional(),
  calendar: calendarOption.optional(),
});

/**
 * Compiles the ADV sending schedule: quiet hours, holidays and, in the `strict` profile, weekends.
 *
 * @example
 * const schedule = createAdvSchedule({ profile: 'strict' });
 * schedule.nextAllowed(new Date('2026-12-24T19:00:00Z')); // 22:00 Thursday in Amman → Sunday 2026-12-27 07:00 (04:00Z)
 */
export function createAdvSchedule(options: AdvScheduleOptions = {}): AdvSchedule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'createAdvSchedule');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const calendar = parsed.calendar ?? JORDAN_HOLIDAYS_2025_2027;
  return createSendSchedule({
    timeZone: ruleset.defaults.timeZone,
    quietHours: parsed.quietHours === false ? null : (parsed.quietHours ?? ruleset.defaults.quietHours),
    holidays: parsed.useCalendar !== false ? calendar.holidays : [],
    extraDates: parsed.holidays ?? [],
    weekendDays: parsed.profile === 'strict' ? ruleset.defaults.weekendDays : [],
    what: 'ADV',
  });
}
