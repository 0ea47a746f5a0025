import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeZoneOffsetMs, zonedParts } from '../../src/core/time-zone.js';

function intlParts(instant: Date, timeZone: string) {
  const fields: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour! % 24,
    minute: fields.minute,
    second: fields.second,
  };
}

describe('zonedParts (cached offsets)', () => {
  it.each(['Asia/Amman', 'Asia/Riyadh', 'Asia/Dubai', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'])(
    'agrees with Intl in %s for any instant 2019–2028',
    (timeZone) => {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2028, 0, 1) }), (ms) => {
          const instant = new Date(ms);
          const ours = zonedParts(instant, timeZone);
          expect({
            year: ours.year,
            month: ours.month,
            day: ours.day,
            hour: ours.hour,
            minute: ours.minute,
            second: ours.second,
          }).toEqual(intlParts(instant, timeZone));
        }),
        { numRuns: 2_000 },
      );
    },
  );

  it('repeated and interleaved questions (the kept last answer) stay right, and callers get their own copy', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2028, 0, 1) }),
            fc.constantFrom('Asia/Amman', 'America/New_York', 'Asia/Kolkata'),
            fc.integer({ min: 1, max: 3 }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (questions) => {
          for (const [ms, timeZone, times] of questions) {
            for (let i = 0; i < times; i++) {
              const ours = zonedParts(new Date(ms), timeZone);
              expect(ours).toMatchObject(intlParts(new Date(ms), timeZone));
              ours.hour = 99; // a caller's change must not reach the next caller
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is right on both sides of Amman’s 2021 clock changes', () => {
    // Summer time began 2021-03-26 00:00 → 01:00 local (2021-03-25T22:00Z) and ended 2021-10-29 01:00 → 00:00.
    for (const iso of [
      '2021-03-25T21:59:59Z',
      '2021-03-25T22:00:00Z',
      '2021-10-28T21:59:59Z',
      '2021-10-28T22:00:00Z',
    ]) {
      const instant = new Date(iso);
      expect(zonedParts(instant, 'Asia/Amman')).toMatchObject(intlParts(instant, 'Asia/Amman'));
    }
  });
});

describe('timeZoneOffsetMs', () => {
  it.each([
    ['Asia/Amman', '2021-01-15T12:00:00Z', 2 * 3_600_000],
    ['Asia/Amman', '2021-07-15T12:00:00Z', 3 * 3_600_000],
    ['Asia/Amman', '2026-01-15T12:00:00Z', 3 * 3_600_000],
    ['Asia/Kolkata', '2026-01-15T12:00:00Z', 5.5 * 3_600_000],
    ['America/New_York', '2026-01-15T12:00:00Z', -5 * 3_600_000],
  ])('%s at %s', (zone, iso, offset) => {
    expect(timeZoneOffsetMs(zone, Date.parse(iso))).toBe(offset);
  });
});
