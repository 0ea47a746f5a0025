import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { advQuietHours } from '../../src/jordan/adv-quiet-hours.js';
import { jordanRules } from '../../src/jordan/index.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/adv-quiet-hours';

// Amman is UTC+2 in winter 2021, UTC+3 in summer 2021 and all year since October 2022.
const cases: Array<{ name: string; at: string; retryAt: string | null }> = [
  { name: '2026 20:59:59 Amman', at: '2026-03-10T17:59:59Z', retryAt: null },
  { name: '2026 21:00:00 Amman', at: '2026-03-10T18:00:00Z', retryAt: '2026-03-11T04:00:00.000Z' },
  { name: '2026 23:30 Amman', at: '2026-03-10T20:30:00Z', retryAt: '2026-03-11T04:00:00.000Z' },
  { name: '2026 00:00 Amman (previous UTC day)', at: '2026-03-10T21:00:00Z', retryAt: '2026-03-11T04:00:00.000Z' },
  { name: '2026 06:59:59 Amman', at: '2026-03-11T03:59:59Z', retryAt: '2026-03-11T04:00:00.000Z' },
  { name: '2026 07:00:00 Amman', at: '2026-03-11T04:00:00Z', retryAt: null },
  { name: '2021 winter 20:59:59 (UTC+2)', at: '2021-01-14T18:59:59Z', retryAt: null },
  { name: '2021 winter 21:00 (UTC+2)', at: '2021-01-14T19:00:00Z', retryAt: '2021-01-15T05:00:00.000Z' },
  { name: '2021 winter 06:59:59 (UTC+2)', at: '2021-01-15T04:59:59Z', retryAt: '2021-01-15T05:00:00.000Z' },
  { name: '2021 winter 07:00 (UTC+2)', at: '2021-01-15T05:00:00Z', retryAt: null },
  { name: '2021 summer 21:00 (UTC+3)', at: '2021-07-14T18:00:00Z', retryAt: '2021-07-15T04:00:00.000Z' },
  { name: '2021 summer 20:59 (UTC+3)', at: '2021-07-14T17:59:00Z', retryAt: null },
  // Thursday 22:00 at UTC+2; Jordan moved to UTC+3 at midnight: 07:00 Friday is 04:00Z.
  { name: '2021 DST start crossing', at: '2021-03-25T20:00:00Z', retryAt: '2021-03-26T04:00:00.000Z' },
  // Thursday 22:00 at UTC+3; back to UTC+2 at 01:00 Friday: 07:00 is 05:00Z.
  { name: '2021 DST end crossing', at: '2021-10-28T19:00:00Z', retryAt: '2021-10-29T05:00:00.000Z' },
  // After the October 2022 change there is no winter time any more.
  { name: '2023 winter 21:00 (UTC+3)', at: '2023-01-12T18:00:00Z', retryAt: '2023-01-13T04:00:00.000Z' },
];

describe('jordan/adv-quiet-hours', () => {
  const rules = [advQuietHours()];

  it.each(cases)('$name', async ({ at, retryAt }) => {
    const decision = await run(rules, { at });
    const found = of(decision, ID);
    if (retryAt === null) {
      expect(found).toEqual([]);
      expect(decision.verdict).toBe('allow');
    } else {
      expect(found).toHaveLength(1);
      expect(found[0]!.action).toBe('defer');
      expect(decision.verdict).toBe('defer');
      expect(decision.retryAt?.toISOString()).toBe(retryAt);
      expect(found[0]!.source).toBe('JO-TIM-01');
    }
  });

  it('accepts `at` as a Date or an ISO string with an offset alike', async () => {
    const a = await run(rules, { at: new Date('2026-03-10T19:30:00Z') });
    const b = await run(rules, { at: '2026-03-10T22:30:00+03:00' });
    expect(a.retryAt?.toISOString()).toBe('2026-03-11T04:00:00.000Z');
    expect(b.retryAt?.toISOString()).toBe(a.retryAt?.toISOString());
  });

  it.each(['SRV', 'AWR', 'ALR'] as const)('leaves %s alone at night (JO-TIM-03)', async (kind) => {
    const decision = await run(rules, { kind, senderId: 'Acme', at: '2026-03-10T20:30:00Z' });
    expect(of(decision, ID)).toEqual([]);
  });

  it('uses a configured window', async () => {
    const custom = [advQuietHours({ quietHours: { start: '22:00', end: '08:00' } })];
    expect(of(await run(custom, { at: '2026-03-10T18:30:00Z' }), ID)).toEqual([]); // 21:30
    const late = await run(custom, { at: '2026-03-10T19:00:00Z' }); // 22:00
    expect(late.retryAt?.toISOString()).toBe('2026-03-11T05:00:00.000Z'); // 08:00
  });

  it('reports local time and the window in evidence, in English and Arabic', async () => {
    const en = await run(rules, { at: '2026-03-10T19:30:00Z' });
    const ar = await run(rules, { at: '2026-03-10T19:30:00Z' }, { locale: 'ar' });
    expect(of(en, ID)[0]!.evidence?.[0]?.data).toMatchObject({ localTime: '22:30', window: '21:00-07:00' });
    expect(of(en, ID)[0]!.message).toContain('22:30');
    expect(of(ar, ID)[0]!.message).toContain('لا تُرسل');
  });

  it('a deny override gives no retryAt', async () => {
    const decision = await run([advQuietHours({ action: 'deny' })], { at: '2026-03-10T19:30:00Z' });
    expect(decision.verdict).toBe('deny');
    expect(decision.retryAt).toBeUndefined();
  });

  it('does not judge send time in a template check (lint)', () => {
    const policy = createPolicy({ rules, clock: () => new Date('2026-03-10T19:30:00Z') });
    expect(policy.lint({ senderId: 'adv Acme', kind: 'ADV', text: 'Offer' }).findings).toEqual([]);
  });

  it('22:00 on a holiday eve defers to 07:00 after the holiday (shared schedule)', async () => {
    // 2026-05-24 22:00 Amman; 25 May Independence Day, 26 Arafat, 27–29 Eid al-Adha (estimated).
    const decision = await run(jordanRules(), { at: '2026-05-24T19:00:00Z' });
    expect(decision.retryAt?.toISOString()).toBe('2026-05-30T04:00:00.000Z');
  });

  it.each([
    [{ quietHours: { start: '25:00', end: '07:00' } }, ['quietHours', 'start']],
    [{ quietHours: { start: '07:00', end: '07:00' } }, ['quietHours', 'end']],
    [{ action: 'later' }, ['action']],
  ])('rejects bad options %j', (options, path) => {
    try {
      advQuietHours(options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      expect((error as PolicyConfigError).issues[0]!.path).toEqual(path);
    }
  });
});
