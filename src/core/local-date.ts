/**
 * Local calendar dates and wall-clock times, and the instant a zone's clock reads a given local time.
 * Shared by every rule that schedules in a country's zone (quiet hours, holidays, calendar-day caps).
 */
import { z } from 'zod';
import { timeZoneOffsetMs } from './time-zone.js';

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const offsetAt = (ms: number, timeZone: string): number => timeZoneOffsetMs(timeZone, ms);

/**
 * The instant at which the zone's clock reads the given local date and minute of day. In a DST gap
 * (a local time that never happens) it returns the first instant after the gap.
 *
 * @example
 * zonedInstant({ year: 2026, month: 3, day: 11 }, 7 * 60, 'Asia/Dubai').toISOString(); // '2026-03-11T03:00:00.000Z'
 */
export function zonedInstant(date: LocalDate, minuteOfDay: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minuteOfDay);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (second === first) return new Date(first);
  // The two guesses straddle a change: take the one whose clock reads the wall time, else the later one.
  const reads = (ms: number) => ms + offsetAt(ms, timeZone) === wall;
  if (reads(second)) return new Date(second);
  if (reads(first)) return new Date(first);
  return new Date(Math.max(first, second));
}

/** The calendar date `days` after `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` of a local date. */
export function dateKey(date: LocalDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a real calendar date, or `null` (2026-02-30 is not one). */
export function parseDateKey(key: string): LocalDate | null {
  const match = DATE_KEY.exec(key);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return dateKey(addDays(date, 0)) === key ? date : null;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses `HH:MM` (24-hour) into minutes after midnight, or `null`. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** `HH:MM` of minutes after midnight. */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A real date written `YYYY-MM-DD`. */
export const dateKeySchema = z.string().refine((value) => parseDateKey(value) !== null, {
  message: 'must be a real date written YYYY-MM-DD',
  params: { code: 'invalid_date' },
});

/** A 24-hour `HH:MM` time. */
export const clockSchema = z
  .string()
  .refine((value) => parseClock(value) !== null, { message: 'must be a 24-hour time HH:MM, e.g. 21:00' });

/** A local window `{ start, end }` (it may wrap midnight; start and end differ). */
export const timeWindowSchema = z
  .strictObject({ start: clockSchema, end: clockSchema })
  .refine((window) => window.start !== window.end, { message: 'start and end must differ', path: ['end'] });
