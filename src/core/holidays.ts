/**
 * The shape of a holiday calendar: dated local days a country closes, each flagged when its date is an
 * estimate (religious holidays follow the moon sighting). Data lives in each country pack; the schema
 * validates a calendar a user passes instead.
 */
import { z } from 'zod';
import { dateKeySchema } from './local-date.js';

export interface Holiday {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  name: string;
  nameAr: string;
  kind: 'civil' | 'religious';
  /** True when the date is computed ahead of the official announcement (moon sighting, shifts). */
  estimated: boolean;
}

/** A calendar of official holidays. */
export interface HolidayCalendar {
  id: string;
  /** First and last date the calendar covers, inclusive. */
  from: string;
  to: string;
  generated: string;
  sources: string[];
  note: string;
  holidays: Holiday[];
}

/** Zod schema of a `HolidayCalendar`. */
export const holidayCalendarSchema = z.object({
  id: z.string(),
  from: dateKeySchema,
  to: dateKeySchema,
  generated: z.string(),
  sources: z.array(z.string()),
  note: z.string(),
  holidays: z.array(
    z.object({
      date: dateKeySchema,
      name: z.string(),
      nameAr: z.string(),
      kind: z.enum(['civil', 'religious']),
      estimated: z.boolean(),
    }),
  ),
});
