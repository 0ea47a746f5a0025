/**
 * Wall-clock time in IANA zones with the platform's own zone data (Intl), shared by the rule packs (quiet
 * hours and holidays in Amman, calendar-day rate windows, the Redis store's offsets). Offsets change only on quarter-hour boundaries,
 * so one Intl reading per zone and quarter hour is enough; everything else is arithmetic.
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 Sunday … 6 Saturday, of the local date. */
  weekday: number;
}

const QUARTER_HOUR_MS = 900_000;
const OFFSET_CACHE_LIMIT = 4_096;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
// The last answers of timeZoneOffsetMs and zonedParts, asked again and again in a batch or a simulation.
let lastZone = '';
let lastBucket = Number.NaN;
let lastOffset = 0;
let lastPartsMs = Number.NaN;
let lastPartsZone = '';
let lastParts: ZonedParts | undefined;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the platform knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset at a whole-second instant, read from Intl (slow: one formatToParts call). */
function offsetFromIntl(timeZone: string, utcMs: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year!,
    fields.month! - 1,
    fields.day!,
    fields.hour! % 24,
    fields.minute!,
    fields.second!,
  );
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The zone's UTC offset at an instant, in ms (local minus UTC).
 *
 * @example
 * timeZoneOffsetMs('Asia/Amman', Date.parse('2025-01-01T00:00:00Z')); // 10_800_000
 */
export function timeZoneOffsetMs(timeZone: string, utcMs: number): number {
  const bucket = Math.floor(utcMs / QUARTER_HOUR_MS);
  // Consecutive calls mostly ask about one zone and quarter hour: answered without building a key.
  if (bucket === lastBucket && timeZone === lastZone) return lastOffset;
  const key = `${timeZone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = offsetFromIntl(timeZone, bucket * QUARTER_HOUR_MS);
    if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  lastZone = timeZone;
  lastBucket = bucket;
  lastOffset = offset;
  return offset;
}

/**
 * The local wall-clock reading of an instant in a zone.
 *
 * @example
 * zonedParts(new Date('2026-12-01T19:30:00Z'), 'Asia/Amman').hour; // 22
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const ms = instant.getTime();
  // A batch or a simulation asks about one instant many times: the last reading is kept (a copy is returned).
  if (ms === lastPartsMs && timeZone === lastPartsZone && lastParts) return { ...lastParts };
  const local = new Date(ms + timeZoneOffsetMs(timeZone, ms));
  lastPartsMs = ms;
  lastPartsZone = timeZone;
  lastParts = {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
  };
  return { ...lastParts };
}

/**
 * Calendar-aligned windows: a window of `windowMs` in zone Z covers the wall-clock interval
 * `[k·windowMs, (k+1)·windowMs)` of Z's local time, so a one-day window is the local calendar day: 23 hours long
 * on a spring-forward day and 25 on a fall-back day. Window ends are cached per zone and window length.
 */
const windowCache = new Map<string, { fromMs: number; index: number; endMs: number }>();

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
    end = Math.ceil((nowMs + 1) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
    while (!past(end) && end - nowMs < 2 * windowMs) end += QUARTER_HOUR_MS;
  }
  if (windowCache.size > 256) windowCache.clear();
  windowCache.set(cacheKey, { fromMs: nowMs, index, endMs: end });
  return { index, endMs: end };
}
