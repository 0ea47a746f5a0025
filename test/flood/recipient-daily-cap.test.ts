import { describe, expect, it } from 'vitest';
import { recipientDailyCap } from '../../src/flood/recipient-daily-cap.js';
import { assertPrivate, policyWith } from './_fixture.js';

describe('flood/recipient-daily-cap', () => {
  it.each([
    ['English', 'Big sale this weekend'],
    ['Arabic', 'تخفيضات كبيرة نهاية هذا الأسبوع'],
    ['obfuscated', 'B1g s@le th1s w33kend'],
  ])('%s: a second ADV from the same sender ID on one Amman day warns', async (_label, text) => {
    const policy = policyWith([recipientDailyCap({ timeZone: 'Asia/Amman' })]);
    expect((await policy.check({ text })).verdict).toBe('allow');
    const decision = await policy.check({ text: `${text}!` });
    expect(decision.verdict).toBe('allow'); // warn does not block
    expect(decision.findings[0]).toMatchObject({ ruleId: 'flood/recipient-daily-cap', action: 'warn' });
    assertPrivate(decision.findings, text);
  });

  it('the day turns at Amman midnight, not UTC midnight', async () => {
    const policy = policyWith([recipientDailyCap({ timeZone: 'Asia/Amman', action: 'deny' })]);
    // START is 09:00 UTC = 12:00 Amman; Amman midnight is 21:00 UTC.
    expect((await policy.check({})).verdict).toBe('allow');
    policy.advance(11 * 3_600_000); // 20:00 UTC = 23:00 Amman, same day
    const late = await policy.check({});
    expect(late.verdict).toBe('deny');
    expect(late.findings[0]?.evidence?.[0]?.data?.retryAfterMs).toBe(3_600_000);
    policy.advance(3_600_000); // 21:00 UTC = 00:00 Amman
    expect((await policy.check({})).verdict).toBe('allow');
  });

  it('counts per sender ID: another brand is separate; SRV is out of scope', async () => {
    const policy = policyWith([recipientDailyCap({ action: 'deny' })]);
    await policy.check({ senderId: 'adv Acme' });
    expect((await policy.check({ senderId: 'adv Other' })).verdict).toBe('allow');
    expect((await policy.check({ senderId: 'adv Acme', kind: 'SRV' })).verdict).toBe('allow');
    expect((await policy.check({ senderId: 'adv Acme' })).verdict).toBe('deny');
  });

  it('rejects an unknown time zone', () => {
    expect(() => recipientDailyCap({ timeZone: 'Asia/Atlantis' })).toThrow(/timeZone/);
  });
});
