/** The pieces every country pack shares: sender-ID markers and shapes, send schedules in a zone. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { createSendSchedule } from '../../src/core/schedule.js';
import { readSenderMarker, senderIdShape } from '../../src/core/sender-id.js';

describe('readSenderMarker', () => {
  const prefix = { marker: 'AD', position: 'prefix', separator: '-' } as const;
  const suffix = { marker: 'AD', position: 'suffix', separator: '-' } as const;
  it.each([
    ['AD-Acme', prefix, 'separated', true, 'Acme'],
    ['ad-Acme', prefix, 'separated', false, 'Acme'],
    ['AD Acme', prefix, 'separated', false, 'Acme'],
    ['AD', prefix, 'bare', true, ''],
    ['ADAcme', prefix, 'ambiguous', false, 'Acme'],
    ['adAcme', prefix, 'joined', false, 'Acme'],
    ['AD2Go', prefix, 'joined', false, '2Go'],
    ['Adam', prefix, null, false, ''],
    ['Acme-AD', suffix, 'separated', true, 'Acme'],
    ['Acme - AD', suffix, 'separated', false, 'Acme'],
    ['AcmeAD', suffix, 'joined', false, 'Acme'],
    ['NOMAD', suffix, 'ambiguous', false, 'NOM'],
    ['Nomad', suffix, null, false, ''],
    ['Shop24AD', suffix, 'joined', false, 'Shop24'],
  ] as const)('%s (%s) → %s', (id, spec, form, exact, brand) => {
    const found = readSenderMarker(id, spec);
    if (form === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).toMatchObject({ form, exact, brand });
  });

  it('never throws and finds the marker only at its end (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (id) => {
        const found = readSenderMarker(id, suffix);
        if (found) expect(id.trim().toLowerCase().endsWith('ad')).toBe(true);
      }),
    );
  });
});

describe('senderIdShape', () => {
  it('counts code points and lists refused characters once', () => {
    expect(senderIdShape('AD-Acme🙂🙂!', { maxLength: 11, punctuation: ' -' })).toEqual({
      length: 10,
      tooLong: false,
      badCharacters: ['🙂', '!'],
      numeric: false,
    });
    expect(senderIdShape('966500', { maxLength: 11, punctuation: '', refuseNumeric: true }).numeric).toBe(true);
  });
});

describe('createSendSchedule', () => {
  const holiday = {
    date: '2026-12-02',
    name: 'National Day',
    nameAr: 'اليوم الوطني',
    kind: 'civil',
    estimated: false,
  } as const;
  it.each([
    // zone, window, at, next allowed
    ['Asia/Dubai', { start: '21:00', end: '07:00' }, '2026-03-10T17:00:00Z', '2026-03-11T03:00:00.000Z'],
    ['Asia/Riyadh', { start: '21:00', end: '09:00' }, '2026-03-10T05:59:59Z', '2026-03-10T06:00:00.000Z'],
    ['Asia/Amman', { start: '21:00', end: '07:00' }, '2021-01-14T19:00:00Z', '2021-01-15T05:00:00.000Z'],
    ['Asia/Dubai', null, '2026-12-02T10:00:00Z', '2026-12-02T20:00:00.000Z'],
    ['Asia/Dubai', { start: '21:00', end: '07:00' }, '2026-12-01T18:00:00Z', '2026-12-03T03:00:00.000Z'],
  ] as const)('%s %j at %s → %s', (timeZone, quietHours, at, next) => {
    const schedule = createSendSchedule({ timeZone, quietHours, holidays: [holiday] });
    expect(schedule.nextAllowed(new Date(at)).toISOString()).toBe(next);
  });

  it('reports the holiday of the local date, and weekend days when asked', () => {
    const schedule = createSendSchedule({
      timeZone: 'Asia/Dubai',
      quietHours: null,
      holidays: [holiday],
      weekendDays: [6],
    });
    expect(schedule.blockedDay(new Date('2026-12-01T21:00:00Z'))?.holiday?.name).toBe('National Day');
    expect(schedule.blockedDay(new Date('2026-12-05T10:00:00Z'))?.reason).toBe('weekend');
  });

  it.each([
    [{ timeZone: 'Mars/Olympus', quietHours: null }],
    [{ timeZone: 'Asia/Dubai', quietHours: { start: '9:00', end: '07:00' } }],
    [{ timeZone: 'Asia/Dubai', quietHours: null, weekendDays: [0, 1, 2, 3, 4, 5, 6] }],
    [{ timeZone: 'Asia/Dubai', quietHours: null, extraDates: ['2026-02-30'] }],
  ])('refuses %j', (options) => {
    expect(() => createSendSchedule(options as never)).toThrow(PolicyConfigError);
  });
});
