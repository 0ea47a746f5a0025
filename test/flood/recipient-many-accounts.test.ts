import { describe, expect, it } from 'vitest';
import { recipientManyAccounts } from '../../src/flood/recipient-many-accounts.js';
import { assertPrivate, policyWith } from './_fixture.js';

describe('flood/recipient-many-accounts', () => {
  it.each([
    ['English', 'Your verification code is 5521'],
    ['Arabic', 'رمز التحقق الخاص بك هو 5521'],
    ['obfuscated', 'V3r1fy: c0de 5521'],
  ])('%s: the (limit + 1)th distinct account within the window is denied', async (_label, text) => {
    const policy = policyWith([recipientManyAccounts({ limit: 3, windowMs: 600_000 })]);
    const verdicts = [];
    for (const account of ['a', 'b', 'c', 'd'])
      verdicts.push((await policy.check({ account, text, kind: 'SRV' })).verdict);
    expect(verdicts).toEqual(['allow', 'allow', 'allow', 'deny']);
    const decision = await policy.check({ account: 'e', text, kind: 'SRV' });
    expect(decision.findings[0]).toMatchObject({ ruleId: 'flood/recipient-many-accounts', action: 'deny' });
    assertPrivate(decision.findings, text);
  });

  it('an account already counted keeps sending; the window slides', async () => {
    const policy = policyWith([recipientManyAccounts({ limit: 2, windowMs: 600_000 })]);
    await policy.check({ account: 'a' });
    policy.advance(300_000);
    await policy.check({ account: 'b' });
    for (let i = 0; i < 5; i++) expect((await policy.check({ account: 'a' })).verdict).toBe('allow');
    expect((await policy.check({ account: 'c' })).verdict).toBe('deny');
    policy.advance(300_001); // 'b' (and every 'a') now older than... b is still inside; a refreshed at t=300000
    expect((await policy.check({ account: 'c' })).verdict).toBe('deny');
    policy.advance(300_000);
    expect((await policy.check({ account: 'c' })).verdict).toBe('allow');
  });

  it('rejects a limit above the sliding-log maximum', () => {
    expect(() => recipientManyAccounts({ limit: 20_000 })).toThrow(/limit/);
  });
});
