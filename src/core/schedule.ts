/**
 * When may a time-restricted message go? A country's quiet hours, its holidays and (optionally) weekend
 * days combined into one schedule in its zone, so every deferral's `retryAt` is the next instant that none
 * of them blocks. Data-driven: each country pack passes its zone, window and calendar.
 */
import { z } from 'zod';
import type { Holiday } from './holidays.js';
import {
  addDays,
  dateKey,
  dateKeySchema,
  type LocalDate,
  parseClock,
  timeWindowSchema,
  zonedInstant,
} from './local-date.js';
import { isValidTimeZone, type ZonedParts, zonedParts } from './time-zone.js';
import { parseOptions } from './options.js';

export interface SendScheduleOptions {
  /** IANA zone of the rules' clock, e.g. `Asia/Dubai`. */
  timeZone: string;
  /** Local window in which sending is closed (may wrap midnight); `null` for none. */
  quietHours: { start: string; end: string } | null;
  /** Calendar days on which sending is closed. */
  holidays?: readonly Holiday[];
  /** More closed local dates, `YYYY-MM-DD` (announced holidays, extensions). */
  extraDates?: readonly string[];
  /** Days of the week that are closed (0 Sunday … 6 Saturday). Default none. */
  weekendDays?: readonly number[];
  /** Wording for the error when no open instant is found; default "message". */
  what?: string;
}

/** Why a local day is closed. */
export interface BlockedDay {
  reason: 'holiday' | 'weekend';
  date: string;
  /** Calendar entry, when the day comes from the calendar (not from `extraDates`). */
  holiday?: Holiday;
}

/** A compiled schedule; the methods are pure functions of the instant. */
export interface SendSchedule {
  readonly timeZone: string;
  /** The window as `HH:MM`, or `null` without quiet hours. */
  readonly quietHours: { start: string; end: string } | null;
  localTime(at: Date): ZonedParts;
  isQuiet(at: Date): boolean;
  blockedDay(at: Date): BlockedDay | null;
  /** `at` itself when a message may go then, else the first later instant no block covers. */
  nextAllowed(at: Date): Date;
}

const optionsSchema = z.object({
  timeZone: z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone, e.g. Asia/Dubai' }),
  quietHours: timeWindowSchema.nullable(),
  holidays: z.array(z.object({ date: dateKeySchema })).optional(),
  extraDates: z.array(dateKeySchema).max(5000).optional(),
  weekendDays: z
    .array(z.number().int().min(0).max(6))
    .max(6, { message: 'at least one day of the week must stay open' })
    .optional(),
  what: z.string().optional(),
});

const MINUTE = 60_000;
// A year and a half of consecutive blocked days is more than any calendar holds; past it we give up.
const MAX_STEPS = 1200;

/**
 * Compiles a sending schedule.
 *
 * @example
 * const schedule = createSendSchedule({ timeZone: 'Asia/Dubai', quietHours: { start: '21:00', end: '07:00' } });
 * schedule.nextAllowed(new Date('2026-03-10T18:30:00Z')); // 22:30 in Dubai → 2026-03-11T03:00:00Z (07:00)
 */
export function createSendSchedule(options: SendScheduleOptions): SendSchedule {
  parseOptions(optionsSchema, options, 'createSendSchedule');
  const { timeZone } = options;
  const window = options.quietHours;
  const start = window ? parseClock(window.start)! * MINUTE : 0;
  const end = window ? parseClock(window.end)! * MINUTE : 0;
  const wraps = start > end;
  const what = options.what ?? 'message';

  const holidays = new Map<string, Holiday | undefined>();
  // A later calendar entry for the same date wins (a calendar may list two names for one day).
  for (const holiday of options.holidays ?? []) holidays.set(holiday.date, holiday);
  for (const date of options.extraDates ?? []) if (!holidays.has(date)) holidays.set(date, undefined);
  const weekend = new Set(options.weekendDays ?? []);

  const msOfDay = (p: ZonedParts) => ((p.hour * 60 + p.minute) * 60 + p.second) * 1000 + p.millisecond;
  const quietAt = (ms: number) => (wraps ? ms >= start || ms < end : ms >= start && ms < end);

  function blockedOn(date: LocalDate, weekday: number): BlockedDay | null {
    if (holidays.size > 0) {
      const key = dateKey(date);
      if (holidays.has(key)) {
        const holiday = holidays.get(key);
        return holiday ? { reason: 'holiday', date: key, holiday } : { reason: 'holiday', date: key };
      }
    }
    return weekend.has(weekday) ? { reason: 'weekend', date: dateKey(date) } : null;
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
      throw new Error(`no allowed ${what} time within ${MAX_STEPS} blocked days or windows`);
    },
  };
}
