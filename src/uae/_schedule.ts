/** The UAE ADV schedule (quiet hours, and holidays when they defer) compiled once and shared by both time rules. */
import { z } from 'zod';
import type { HolidayCalendar } from '../core/holidays.js';
import { createSendSchedule, type SendSchedule } from '../core/schedule.js';
import type { UaeRuleset } from './data/types.js';
import { calendarOption, dateKeySchema, quietHoursSchema, UAE_HOLIDAYS_2025_2027 } from './_options.js';

export interface UaeScheduleInput {
  ruleset: UaeRuleset;
  /** `false`: no quiet hours. Default the ruleset's window. */
  quietHours?: { start: string; end: string } | false | undefined;
  /** Close the calendar's holidays and `holidays` too. */
  closeHolidays: boolean;
  holidays?: string[] | undefined;
  calendar?: HolidayCalendar | undefined;
}

/** Zod check for a compiled schedule passed to a rule factory. */
export const scheduleOption = z.custom<SendSchedule>(
  (value) => typeof (value as SendSchedule | null)?.nextAllowed === 'function',
  'must be a schedule from createSendSchedule()',
);

/** The option fields of the time rules. */
export const scheduleRuleShape = {
  quietHours: quietHoursSchema.optional(),
  holidays: z.array(dateKeySchema).max(5000).optional(),
  calendar: calendarOption.optional(),
  schedule: scheduleOption.optional(),
};

/** Compiles the schedule of ADV sends in the UAE. */
export function uaeSchedule(input: UaeScheduleInput): SendSchedule {
  const calendar = input.calendar ?? UAE_HOLIDAYS_2025_2027;
  return createSendSchedule({
    timeZone: input.ruleset.defaults.timeZone,
    quietHours: input.quietHours === false ? null : (input.quietHours ?? input.ruleset.defaults.quietHours),
    holidays: input.closeHolidays ? calendar.holidays : [],
    extraDates: input.closeHolidays ? (input.holidays ?? []) : [],
    what: 'ADV',
  });
}
