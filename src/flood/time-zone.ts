/**
 * Calendar-aligned windows in an IANA time zone, computed with `Intl` (no tz database of our own).
 *
 * A window of `windowMs` in zone Z covers the wall-clock interval `[k·windowMs, (k+1)·windowMs)` of Z's
 * local time, so a one-day window is the local calendar day: 23 hours long on a spring-forward day and
 * 25 on a fall-back day. Offsets are cached per zone and quarter hour (every real transition falls on one).
 */

import { timeZoneOffsetMs } from '../core/time-zone.js';

export { isValidTimeZone, timeZoneOffsetMs } from '../core/time-zone.js';

const windowCache = new Map<string, { fromMs: number; index: number; endMs: number }>();
const QUARTER_HOUR = 900_000;

export interface CalendarWindow {
  /** Window number: `floor(localMs / windowMs)` (UTC windows when no zone is given). */
  index: number;
  /** First UTC instant of the next window. */
  endMs: number;
}

/**
 * The window an instant falls in. Without a zone, windows are aligned to the UTC epoch.
 *
 * @example
 * calendarWindow(Date.parse('2025-03-01T22:30:00Z'), 86_400_000, 'Asia/Amman').index; // the Amman day 2025-03-02
 */
export function calendarWindow(nowMs: number, windowMs: number, timeZone?: string): CalendarWindow {
  if (!timeZone) {
    const index = Math.floor(nowMs / windowMs);
    return { index, endMs: (index + 1) * windowMs };
  }
  const cacheKey = `${timeZone}|${windowMs}`;
  const cached = windowCache.get(cacheKey);
  if (cached && nowMs >= cached.fromMs && nowMs < cached.endMs) return { index: cached.index, endMs: cached.endMs };
  const index = Math.floor((nowMs + timeZoneOffsetMs(timeZone, nowMs)) / windowMs);
  const localEnd = (index + 1) * windowMs;
  // Solve local(t) = localEnd for t; two rounds settle it across one transition.
  let end = localEnd - timeZoneOffsetMs(timeZone, nowMs);
  end = localEnd - timeZoneOffsetMs(timeZone, end);
  const past = (t: number) => Math.floor((t + timeZoneOffsetMs(timeZone, t)) / windowMs) > index;
  // In a spring-forward gap the local end never happens: the window ends at the transition, the first
  // instant past it. Transitions fall on UTC quarter hours, so the search steps over those, from the first
  // one after now (stepping from now itself would end the window up to a quarter hour minus 1 ms late).
  if (!past(end) || past(end - 1)) {
    end = Math.ceil((nowMs + 1) / QUARTER_HOUR) * QUARTER_HOUR;
    while (!past(end) && end - nowMs < 2 * windowMs) end += QUARTER_HOUR;
  }
  if (windowCache.size > 256) windowCache.clear();
  windowCache.set(cacheKey, { fromMs: nowMs, index, endMs: end });
  return { index, endMs: end };
}
