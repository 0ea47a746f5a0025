import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { advHoliday } from '../../src/jordan/adv-holiday.js';
import { createAdvSchedule } from '../../src/jordan/adv-schedule.js';
import { JORDAN_HOLIDAYS_2025_2027 } from '../../src/jordan/data/holidays-2025-2027.js';
import { jordanRules } from '../../src/jordan/index.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/adv-holiday';

describe('jordan/adv-holiday', () => {
  const standard = [advHoliday()];
  const strict = [advHoliday({ profile: 'strict' })];

  const cases: Array<{
    name: string;
    at: string;
    profile: 'standard' | 'strict';
    messageId: string | null;
    retryAt?: string;
  }> = [
    // Christmas 2026 is a Friday; Saturday is open in standard, closed in strict.
    {
      name: 'Christmas 2026, standard',
      at: '2026-12-25T07:00:00Z',
      profile: 'standard',
      messageId: 'jordan.adv-holiday',
      retryAt: '2026-12-26T04:00:00.000Z',
    },
    {
      name: 'Christmas 2026, strict',
      at: '2026-12-25T07:00:00Z',
      profile: 'strict',
      messageId: 'jordan.adv-holiday',
      retryAt: '2026-12-27T04:00:00.000Z',
    },
    { name: 'a plain Friday, standard', at: '2026-11-27T07:00:00Z', profile: 'standard', messageId: null },
    {
      name: 'a plain Friday, strict',
      at: '2026-11-27T07:00:00Z',
      profile: 'strict',
      messageId: 'jordan.adv-weekend',
      retryAt: '2026-11-29T04:00:00.000Z',
    },
    {
      name: 'a plain Saturday 23:00, strict',
      at: '2026-11-28T20:00:00Z',
      profile: 'strict',
      messageId: 'jordan.adv-weekend',
      retryAt: '2026-11-29T04:00:00.000Z',
    },
    { name: 'a Wednesday, strict', at: '2026-11-25T07:00:00Z', profile: 'strict', messageId: null },
    // Eid al-Fitr 2026 (estimated): 20–22 March.
    {
      name: 'Eid al-Fitr 2026 day 1',
      at: '2026-03-20T09:00:00Z',
      profile: 'standard',
      messageId: 'jordan.adv-holiday',
      retryAt: '2026-03-23T04:00:00.000Z',
    },
    // Independence Day then Arafat and Eid al-Adha: 25–29 May 2026; the 30th is a Saturday.
    {
      name: 'Independence Day 2026, standard',
      at: '2026-05-25T09:00:00Z',
      profile: 'standard',
      messageId: 'jordan.adv-holiday',
      retryAt: '2026-05-30T04:00:00.000Z',
    },
    {
      name: 'Independence Day 2026, strict',
      at: '2026-05-25T09:00:00Z',
      profile: 'strict',
      messageId: 'jordan.adv-holiday',
      retryAt: '2026-05-31T04:00:00.000Z',
    },
    // The local date decides: 23:30 UTC on 24 Dec is already Christmas morning in Amman.
    {
      name: 'UTC eve, Amman holiday',
      at: '2025-12-24T23:30:00Z',
      profile: 'standard',
      messageId: 'jordan.adv-holiday',
      retryAt: '2025-12-26T04:00:00.000Z',
    },
    { name: 'last minute before the holiday', at: '2025-12-24T20:59:00Z', profile: 'standard', messageId: null },
  ];

  it.each(cases)('$name', async ({ at, profile, messageId, retryAt }) => {
    const decision = await run(profile === 'strict' ? strict : standard, { at });
    const found = of(decision, ID);
    if (messageId === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]!.messageId).toBe(messageId);
    expect(found[0]!.action).toBe('defer');
    expect(decision.retryAt?.toISOString()).toBe(retryAt);
  });

  it('names the holiday and flags estimated religious dates', async () => {
    const eid = of(await run(standard, { at: '2026-03-20T09:00:00Z' }), ID)[0]!;
    expect(eid.evidence?.[0]?.data).toMatchObject({ date: '2026-03-20', holiday: 'Eid al-Fitr', estimated: true });
    const xmas = of(await run(standard, { at: '2026-12-25T09:00:00Z' }, { locale: 'ar' }), ID)[0]!;
    expect(xmas.evidence?.[0]?.data).toMatchObject({ holiday: 'Christmas Day', estimated: false });
    expect(xmas.message).toContain('عيد الميلاد المجيد');
  });

  it('extra holidays from the option, also in 2021 (UTC+2)', async () => {
    const rules = [advHoliday({ holidays: ['2021-01-14', '2026-04-05'] })];
    const winter = await run(rules, { at: '2021-01-14T10:00:00Z' });
    expect(of(winter, ID)).toHaveLength(1);
    expect(winter.retryAt?.toISOString()).toBe('2021-01-15T05:00:00.000Z');
    expect(of(await run(rules, { at: '2026-04-05T10:00:00Z' }), ID)).toHaveLength(1);
    expect(of(await run(standard, { at: '2026-04-05T10:00:00Z' }), ID)).toEqual([]);
  });

  it('crossing midnight into a holiday and then a weekend (strict, through jordanRules)', async () => {
    // Wednesday 24 Dec 2025, 22:00 Amman: quiet hours → Thu 25 Christmas → Fri, Sat weekend → Sun 07:00.
    const at = '2025-12-24T19:00:00Z';
    const strictDecision = await run(jordanRules({ profile: 'strict' }), { at });
    expect(strictDecision.verdict).toBe('defer');
    expect(strictDecision.retryAt?.toISOString()).toBe('2025-12-28T04:00:00.000Z');
    const standardDecision = await run(jordanRules(), { at });
    expect(standardDecision.retryAt?.toISOString()).toBe('2025-12-26T04:00:00.000Z');
  });

  it('leaves service, awareness and alert messages alone on holidays', async () => {
    for (const kind of ['SRV', 'AWR', 'ALR']) {
      const decision = await run(strict, { kind, senderId: 'Acme', at: '2026-12-25T09:00:00Z' });
      expect(of(decision, ID)).toEqual([]);
    }
  });

  it('rejects a date that does not exist', () => {
    expect(() => advHoliday({ holidays: ['2026-02-30'] })).toThrow(PolicyConfigError);
    expect(() => advHoliday({ holidays: ['25/12/2026'] })).toThrow(PolicyConfigError);
  });
});

describe('the holiday calendar data', () => {
  const dates = JORDAN_HOLIDAYS_2025_2027.holidays.map((h) => h.date);

  it('covers 2025–2027 with the civil holidays every year', () => {
    for (const year of [2025, 2026, 2027]) {
      for (const md of ['01-01', '05-01', '05-25', '12-25']) expect(dates).toContain(`${year}-${md}`);
    }
    for (const date of dates) expect(date >= '2025-01-01' && date <= '2027-12-31').toBe(true);
  });

  it('marks every religious date as estimated and every civil one as fixed', () => {
    for (const holiday of JORDAN_HOLIDAYS_2025_2027.holidays) {
      expect(holiday.estimated).toBe(holiday.kind === 'religious');
      expect(holiday.nameAr.length).toBeGreaterThan(0);
    }
    expect(JORDAN_HOLIDAYS_2025_2027.note).toMatch(/announced/);
  });

  it('a calendar can be replaced', async () => {
    const schedule = createAdvSchedule({
      calendar: { ...JORDAN_HOLIDAYS_2025_2027, id: 'mine', holidays: [] },
    });
    expect(schedule.blockedDay(new Date('2026-12-25T09:00:00Z'))).toBeNull();
  });
});
