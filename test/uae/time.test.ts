/** UAE time rules at the window boundaries in Asia/Dubai (UTC+4, no DST), holidays and the shared schedule. */
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import { advHoliday, advQuietHours, UAE_HOLIDAYS_2025_2027, uaeRules } from '../../src/uae/index.js';

const BASE = {
  account: 'acme',
  senderId: 'AD-Acme',
  to: '+971501234567',
  kind: 'ADV' as const,
  text: 'Summer sale 30% off. To opt out send B to 7726',
};
const check = (rules: ReturnType<typeof uaeRules>, message: Record<string, unknown>) =>
  createPolicy({ rules }).check({ ...BASE, ...message });

describe('uae/adv-quiet-hours', () => {
  it.each([
    // [Dubai wall time, instant, verdict, retryAt]
    ['20:59:59', '2026-03-10T16:59:59Z', 'allow', undefined],
    ['21:00:00', '2026-03-10T17:00:00Z', 'defer', '2026-03-11T03:00:00.000Z'],
    ['23:59:59', '2026-03-10T19:59:59Z', 'defer', '2026-03-11T03:00:00.000Z'],
    ['00:00:00', '2026-03-10T20:00:00Z', 'defer', '2026-03-11T03:00:00.000Z'],
    ['06:59:59', '2026-03-11T02:59:59Z', 'defer', '2026-03-11T03:00:00.000Z'],
    ['07:00:00', '2026-03-11T03:00:00Z', 'allow', undefined],
    ['12:00 in July (no DST)', '2026-07-15T08:00:00Z', 'allow', undefined],
    ['21:00 in July (no DST)', '2026-07-15T17:00:00Z', 'defer', '2026-07-16T03:00:00.000Z'],
  ] as const)('ADV at %s Dubai → %s', async (_wall, at, verdict, retryAt) => {
    const decision = await check([advQuietHours()], { at });
    expect(decision.verdict).toBe(verdict);
    expect(decision.retryAt?.toISOString()).toBe(retryAt);
    if (verdict === 'defer') {
      const finding = decision.findings[0]!;
      expect(finding.ruleId).toBe('uae/adv-quiet-hours');
      expect(finding.source).toBe('AE-TIM-01');
      expect(finding.evidence![0]!.data!.timeZone).toBe('Asia/Dubai');
    }
  });

  it.each(['SRV', 'AWR', 'ALR'] as const)('never holds %s for time (AE-TIM-03)', async (kind) => {
    expect((await check([advQuietHours()], { kind, senderId: 'Acme', at: '2026-03-10T19:00:00Z' })).verdict).toBe(
      'allow',
    );
  });

  it('a configured window moves both boundaries', async () => {
    const rules = uaeRules({
      quietHours: { start: '21:00', end: '08:00' },
      actions: { 'uae/adv-opt-out-notice': 'off' },
    });
    const early = await check(rules, { at: '2026-03-11T03:30:00Z' }); // 07:30 Dubai
    expect(early.verdict).toBe('defer');
    expect(early.retryAt?.toISOString()).toBe('2026-03-11T04:00:00.000Z');
    expect((await check(rules, { at: '2026-03-11T04:00:00Z' })).verdict).toBe('allow');
  });

  it('says the local time in both locales', async () => {
    const ar = await createPolicy({ rules: [advQuietHours()], locale: 'ar' }).check({
      ...BASE,
      at: '2026-03-10T18:30:00Z',
    });
    expect(ar.findings[0]!.message).toContain('22:30');
    expect(ar.findings[0]!.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('does nothing in a template check', () => {
    expect(
      createPolicy({ rules: [advQuietHours()] }).lint({ senderId: 'AD-Acme', kind: 'ADV', text: 'x' }).findings,
    ).toEqual([]);
  });
});

describe('uae/adv-holiday', () => {
  it('the calendar covers 2025–2027 and flags every religious date as estimated', () => {
    const years = new Set(UAE_HOLIDAYS_2025_2027.holidays.map((h) => h.date.slice(0, 4)));
    expect([...years]).toEqual(['2025', '2026', '2027']);
    for (const holiday of UAE_HOLIDAYS_2025_2027.holidays) expect(holiday.estimated).toBe(holiday.kind === 'religious');
    expect(UAE_HOLIDAYS_2025_2027.holidays.filter((h) => h.name === 'National Day')).toHaveLength(6);
  });

  it.each([
    ['National Day', '2026-12-02T06:00:00Z', 'warn', 'National Day', false],
    ['Eid al-Fitr (estimated)', '2026-03-20T06:00:00Z', 'warn', 'Eid al-Fitr', true],
    ['a working day', '2026-03-24T06:00:00Z', null, undefined, undefined],
    // 23:30 on 1 December UTC is 03:30 on 2 December in Dubai: the local date decides.
    ['local date, not UTC', '2026-12-01T23:30:00Z', 'warn', 'National Day', false],
  ] as const)('%s', async (_name, at, action, holiday, estimated) => {
    const decision = await check([advHoliday()], { at });
    if (action === null) {
      expect(decision.findings).toEqual([]);
      return;
    }
    const finding = decision.findings[0]!;
    expect(finding.action).toBe(action);
    expect(finding.evidence![0]!.data!.holiday).toBe(holiday);
    expect(finding.evidence![0]!.data!.estimated).toBe(estimated);
    expect(decision.verdict).toBe('allow');
  });

  it('defers when configured, and the quiet-hours retry then skips the holidays', async () => {
    const rules = uaeRules({ actions: { 'uae/adv-holiday': 'defer' } });
    const onHoliday = await check(rules, { at: '2026-12-02T06:00:00Z' });
    expect(onHoliday.verdict).toBe('defer');
    expect(onHoliday.retryAt?.toISOString()).toBe('2026-12-04T03:00:00.000Z');
    // 22:00 on 30 November: the night ends on Commemoration Day, then two National Days follow.
    const eve = await check(rules, { at: '2026-11-30T18:00:00Z' });
    expect(eve.retryAt?.toISOString()).toBe('2026-12-04T03:00:00.000Z');
    // With the holiday rule warning (the default), the same night ends at 07:00 on 1 December.
    const warned = await check(uaeRules(), { at: '2026-11-30T18:00:00Z' });
    expect(warned.retryAt?.toISOString()).toBe('2026-12-01T03:00:00.000Z');
  });

  it('adds announced days from the holidays option', async () => {
    const decision = await check(uaeRules({ holidays: ['2026-03-24'] }), { at: '2026-03-24T06:00:00Z' });
    const finding = decision.findings.find((f) => f.ruleId === 'uae/adv-holiday');
    expect(finding?.evidence?.[0]?.data?.date).toBe('2026-03-24');
  });
});
