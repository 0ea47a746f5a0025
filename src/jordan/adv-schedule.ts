/**
 * When may a promotional (ADV) message go? Quiet hours, holidays and (strict) weekends combined into one
 * schedule, so every deferral's `retryAt` is the next instant that none of them blocks.
 */
import { z } from 'zod';
import { JORDAN_HOLIDAYS_2025_2027 } from './data/holidays-2025-2027.js';
import { LATEST_JORDAN_RULESET } from './data/ruleset-2024-11-06.js';
import type { Holiday, HolidayCalendar, JordanRuleBaseOptions, JordanRuleset } from './data/types.js';
import {
  calendarOption,
  dateKeySchema,
  parseOptions,
  profileSchema,
  quietHoursSchema,
  rulesetOption,
} from './_options.js';
import { addDays, dateKey, type LocalDate, parseClock, type ZonedParts, zonedInstant, zonedParts } from './_time.js';

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

/** Why a local day is closed to ADV. */
export interface BlockedDay {
  reason: 'holiday' | 'weekend';
  date: string;
  /** Calendar entry, when the day comes from the calendar (not from the `holidays` option). */
  holiday?: Holiday;
}

/** A compiled schedule; the methods are pure functions of the instant. */
export interface AdvSchedule {
  readonly timeZone: string;
  /** The window as `HH:MM`, or `null` without quiet hours. */
  readonly quietHours: { start: string; end: string } | null;
  localTime(at: Date): ZonedParts;
  isQuiet(at: Date): boolean;
  blockedDay(at: Date): BlockedDay | null;
  /** `at` itself when ADV may go then, else the first later instant no block covers. */
  nextAllowed(at: Date): Date;
}

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

const MINUTE = 60_000;
// A year and a half of consecutive blocked days is more than any calendar holds; past it we give up.
const MAX_STEPS = 1200;

/**
 * Compiles the ADV sending schedule: quiet hours, holidays and, in the `strict` profile, weekends.
 *
 * @example
 * const schedule = createAdvSchedule({ profile: 'strict' });
 * schedule.nextAllowed(new Date('2026-12-24T19:00:00Z')); // 22:00 Thursday in Amman → Sunday 2026-12-27 07:00 (04:00Z)
 */
export function createAdvSchedule(options: AdvScheduleOptions = {}): AdvSchedule {
  const parsed = parseOptions(optionsSchema, options, 'createAdvSchedule');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const calendar = parsed.calendar ?? JORDAN_HOLIDAYS_2025_2027;
  const timeZone = ruleset.defaults.timeZone;
  const window = parsed.quietHours === false ? null : (parsed.quietHours ?? ruleset.defaults.quietHours);
  const start = window ? parseClock(window.start)! * MINUTE : 0;
  const end = window ? parseClock(window.end)! * MINUTE : 0;
  const wraps = start > end;

  const holidays = new Map<string, Holiday | undefined>();
  if (parsed.useCalendar !== false) for (const holiday of calendar.holidays) holidays.set(holiday.date, holiday);
  for (const date of parsed.holidays ?? []) if (!holidays.has(date)) holidays.set(date, undefined);
  const weekend = new Set(parsed.profile === 'strict' ? ruleset.defaults.weekendDays : []);

  const msOfDay = (p: ZonedParts) => ((p.hour * 60 + p.minute) * 60 + p.second) * 1000 + p.millisecond;
  const quietAt = (ms: number) => (wraps ? ms >= start || ms < end : ms >= start && ms < end);

  function blockedOn(date: LocalDate, weekday: number): BlockedDay | null {
    const key = dateKey(date);
    if (holidays.has(key)) {
      const holiday = holidays.get(key);
      return holiday ? { reason: 'holiday', date: key, holiday } : { reason: 'holiday', date: key };
    }
    return weekend.has(weekday) ? { reason: 'weekend', date: key } : null;
  }

  return {
    timeZone,
    quietHours: window ? { start: window.start, end: window.end } : null,
    localTime: (at) => zonedParts(at, timeZone),
    isQuiet: (at) => window !== null && quietAt(msOfDay(zonedParts(at, timeZone))),
    blockedDay: (at) => {
      const p = zonedParts(at, timeZone);
      return blockedOn(p, p.weekday);
    },
    nextAllowed(at) {
      let candidate = at;
      for (let step = 0; step < MAX_STEPS; step++) {
        const p = zonedParts(candidate, timeZone);
        if (blockedOn(p, p.weekday)) {
          // Next local midnight; the quiet-hours check then moves it to the window's end.
          candidate = zonedInstant(addDays(p, 1), 0, timeZone);
          continue;
        }
        const ms = msOfDay(p);
        if (window && quietAt(ms)) {
          const day = wraps && ms >= start ? addDays(p, 1) : p;
          candidate = zonedInstant(day, end / MINUTE, timeZone);
          continue;
        }
        return candidate;
      }
      throw new Error(`no allowed ADV time within ${MAX_STEPS} blocked days or windows`);
    },
  };
}
