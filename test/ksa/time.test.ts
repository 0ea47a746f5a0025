/** Saudi time rules at the window boundaries in Asia/Riyadh (UTC+3, no DST), holidays and the shared schedule. */
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import { advHoliday, advQuietHours, KSA_HOLIDAYS_2025_2027, ksaRules } from '../../src/ksa/index.js';

const BASE = {
  account: 'acme',
  senderId: 'Acme-AD',
  to: '+966501234567',
  kind: 'ADV' as const,
  text: 'تخفيضات 30%. لإيقاف الرسائل أرسل إيقاف',
};
const check = (rules: ReturnType<typeof ksaRules>, message: Record<string, unknown>) =>
  createPolicy({ rules }).check({ ...BASE, ...message });

describe('ksa/adv-quiet-hours (send 09:00–21:00 Riyadh)', () => {
  it.each([
    ['06:59:59', '2026-03-10T03:59:59Z', 'defer', '2026-03-10T06:00:00.000Z'],
    [
      '07:00 (07:00–21:00 source: allowed, but not by the intersection)',
      '2026-03-10T04:00:00Z',
      'defer',
      '2026-03-10T06:00:00.000Z',
    ],
    ['08:59:59', '2026-03-10T05:59:59Z', 'defer', '2026-03-10T06:00:00.000Z'],
    ['09:00:00', '2026-03-10T06:00:00Z', 'allow', undefined],
    ['20:59:59', '2026-03-10T17:59:59Z', 'allow', undefined],
    ['21:00:00', '2026-03-10T18:00:00Z', 'defer', '2026-03-11T06:00:00.000Z'],
    [
      '21:30 (09:00–22:00 source: allowed, but not by the intersection)',
      '2026-03-10T18:30:00Z',
      'defer',
      '2026-03-11T06:00:00.000Z',
    ],
    ['23:59:59', '2026-03-10T20:59:59Z', 'defer', '2026-03-11T06:00:00.000Z'],
    ['00:00:00', '2026-03-10T21:00:00Z', 'defer', '2026-03-11T06:00:00.000Z'],
  ] as const)('ADV at %s Riyadh → %s', async (_wall, at, verdict, retryAt) => {
    const decision = await check([advQuietHours()], { at });
    expect(decision.verdict).toBe(verdict);
    expect(decision.retryAt?.toISOString()).toBe(retryAt);
    if (verdict === 'defer') {
      expect(decision.findings[0]!.source).toBe('SA-TIM-01');
      expect(decision.findings[0]!.evidence![0]!.data!.timeZone).toBe('Asia/Riyadh');
    }
  });

  it.each(['SRV', 'ALR'] as const)('never holds %s for time', async (kind) => {
    expect((await check([advQuietHours()], { kind, senderId: 'Acme', at: '2026-03-10T20:00:00Z' })).verdict).toBe(
      'allow',
    );
  });

  it('a wider configured window (07:00–22:00) moves both boundaries', async () => {
    const rules = [advQuietHours({ quietHours: { start: '22:00', end: '07:00' } })];
    expect((await check(rules, { at: '2026-03-10T04:00:00Z' })).verdict).toBe('allow');
    expect((await check(rules, { at: '2026-03-10T18:59:59Z' })).verdict).toBe('allow');
    const late = await check(rules, { at: '2026-03-10T19:00:00Z' });
    expect(late.retryAt?.toISOString()).toBe('2026-03-11T04:00:00.000Z');
  });

  it('speaks Arabic with the window', async () => {
    const ar = await createPolicy({ rules: [advQuietHours()], locale: 'ar' }).check({
      ...BASE,
      at: '2026-03-10T18:30:00Z',
    });
    expect(ar.findings[0]!.message).toContain('09:00');
    expect(ar.findings[0]!.message).toContain('21:30');
  });
});

describe('ksa/adv-holiday', () => {
  it('the calendar covers 2025–2027 with Founding Day and National Day fixed, Eids estimated', () => {
    for (const year of ['2025', '2026', '2027']) {
      expect(KSA_HOLIDAYS_2025_2027.holidays.some((h) => h.date === `${year}-02-22` && !h.estimated)).toBe(true);
      expect(KSA_HOLIDAYS_2025_2027.holidays.some((h) => h.date === `${year}-09-23` && !h.estimated)).toBe(true);
    }
    for (const holiday of KSA_HOLIDAYS_2025_2027.holidays) expect(holiday.estimated).toBe(holiday.kind === 'religious');
  });

  it.each([
    ['National Day', '2026-09-23T07:00:00Z', 'National Day', false],
    ['Founding Day', '2026-02-22T07:00:00Z', 'Founding Day', false],
    ['Eid al-Adha (estimated)', '2026-05-27T07:00:00Z', 'Eid al-Adha', true],
    // 22:30 UTC on 22 September is 01:30 on 23 September in Riyadh.
    ['local date, not UTC', '2026-09-22T22:30:00Z', 'National Day', false],
  ] as const)('%s warns', async (_name, at, holiday, estimated) => {
    const finding = (await check([advHoliday()], { at })).findings[0]!;
    expect(finding.action).toBe('warn');
    expect(finding.evidence![0]!.data!.holiday).toBe(holiday);
    expect(finding.evidence![0]!.data!.estimated).toBe(estimated);
  });

  it('defers when configured; retryAt is 09:00 after the holiday', async () => {
    const rules = ksaRules({ actions: { 'ksa/adv-holiday': 'defer', 'ksa/message-type': 'off' } });
    const decision = await check(rules, { at: '2026-09-23T07:00:00Z' });
    expect(decision.verdict).toBe('defer');
    expect(decision.retryAt?.toISOString()).toBe('2026-09-24T06:00:00.000Z');
    const eve = await check(rules, { at: '2026-09-22T19:00:00Z' }); // 22:00 on the eve
    expect(eve.retryAt?.toISOString()).toBe('2026-09-24T06:00:00.000Z');
  });
});
