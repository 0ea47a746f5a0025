import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { createAdvSchedule } from '../../src/jordan/adv-schedule.js';

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
