import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { createAdvSchedule } from '../../src/jordan/adv-schedule.js';
import { JORDAN_HOLIDAYS_2025_2027 } from '../../src/jordan/index.js';

const iso = (d: Date) => d.toISOString();

describe('createAdvSchedule', () => {
  it.each([
    // [name, options, at, next allowed]
    ['daytime is allowed as is', {}, '2026-03-10T09:00:00Z', '2026-03-10T09:00:00.000Z'],
    ['night → 07:00', {}, '2026-03-10T19:00:00Z', '2026-03-11T04:00:00.000Z'],
    ['holiday eve 22:00 → day after the holiday', {}, '2026-12-24T19:00:00Z', '2026-12-26T04:00:00.000Z'],
    ['strict: holiday eve 22:00 → Sunday', { profile: 'strict' }, '2026-12-24T19:00:00Z', '2026-12-27T04:00:00.000Z'],
    ['strict: Thursday night → Sunday', { profile: 'strict' }, '2026-11-26T20:00:00Z', '2026-11-29T04:00:00.000Z'],
    [
      'no quiet hours: holiday → midnight after',
      { quietHours: false },
      '2026-12-25T09:00:00Z',
      '2026-12-25T21:00:00.000Z',
    ],
    [
      'no calendar: Christmas is a day like others',
      { useCalendar: false },
      '2026-12-25T09:00:00Z',
      '2026-12-25T09:00:00.000Z',
    ],
    ['2021 winter night (UTC+2)', {}, '2021-01-14T20:00:00Z', '2021-01-15T05:00:00.000Z'],
    [
      '2021 strict Thursday night → Sunday (UTC+2)',
      { profile: 'strict' },
      '2021-01-14T20:00:00Z',
      '2021-01-17T05:00:00.000Z',
    ],
    [
      'window that does not wrap midnight',
      { quietHours: { start: '13:00', end: '15:00' } },
      '2026-03-10T10:30:00Z',
      '2026-03-10T12:00:00.000Z',
    ],
  ] as const)('%s', (_name, options, at, expected) => {
    expect(iso(createAdvSchedule(options as never).nextAllowed(new Date(at)))).toBe(expected);
  });

  it('reads Amman wall time on both sides of the 2022 change', () => {
    const schedule = createAdvSchedule();
    expect(schedule.localTime(new Date('2021-01-15T12:00:00Z')).hour).toBe(14);
    expect(schedule.localTime(new Date('2021-07-15T12:00:00Z')).hour).toBe(15);
    expect(schedule.localTime(new Date('2023-01-15T12:00:00Z')).hour).toBe(15);
  });

  it('gives up instead of looping when every day is blocked', () => {
    const days: string[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
    expect(() =>
      createAdvSchedule({ holidays: days.slice(0, 5000) }).nextAllowed(new Date('2026-01-01T09:00:00Z')),
    ).toThrow(/no allowed ADV time/);
  });

  it('refuses bad options', () => {
    expect(() => createAdvSchedule({ profile: 'lax' as never })).toThrow(PolicyConfigError);
    expect(() => createAdvSchedule({ holidays: ['2026-02-29'] })).toThrow(PolicyConfigError);
  });
});

describe('createAdvSchedule properties', () => {
  const schedules = {
    standard: createAdvSchedule(),
    strict: createAdvSchedule({ profile: 'strict', holidays: ['2021-03-26', '2021-10-29'] }),
  };
  const instants = fc.date({
    min: new Date('2020-06-01T00:00:00Z'),
    max: new Date('2027-12-20T00:00:00Z'),
    noInvalidDate: true,
  });

  it.each(Object.entries(schedules))(
    '%s: next allowed is allowed, not earlier, idempotent and minimal',
    (_name, schedule) => {
      fc.assert(
        fc.property(instants, (at) => {
          const next = schedule.nextAllowed(at);
          expect(next.getTime()).toBeGreaterThanOrEqual(at.getTime());
          expect(schedule.isQuiet(next)).toBe(false);
          expect(schedule.blockedDay(next)).toBeNull();
          expect(schedule.nextAllowed(next).getTime()).toBe(next.getTime());
          if (next.getTime() > at.getTime()) {
            // One second earlier is still blocked: nothing allowed was skipped at the edge.
            const before = new Date(next.getTime() - 1_000);
            expect(schedule.isQuiet(before) || schedule.blockedDay(before) !== null).toBe(true);
            // And the wall clock reads 07:00 at the answer.
            const local = schedule.localTime(next);
            expect([local.hour, local.minute]).toEqual([7, 0]);
          }
        }),
        { numRuns: 500 },
      );
    },
  );

  it('shipped data cannot be mutated by accident', () => {
    expect(Object.isFrozen(JORDAN_HOLIDAYS_2025_2027.holidays)).toBe(true);
  });
});
