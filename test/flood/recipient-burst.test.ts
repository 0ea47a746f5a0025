import { describe, expect, it } from 'vitest';
import { recipientBurst } from '../../src/flood/recipient-burst.js';
import { assertPrivate, policyWith } from './_fixture.js';

describe('flood/recipient-burst', () => {
  it.each([
    ['English', 'Your code is 1234'],
    ['Arabic', 'رمز التحقق الخاص بك 1234'],
    ['obfuscated', 'Y0ur c0de 1s 1234'],
  ])('%s: one number flooded through several accounts is denied at limit + burst', async (_label, text) => {
    const policy = policyWith([recipientBurst({ limit: 3, windowMs: 60_000, burst: 1 })]);
    const verdicts = [];
    for (const account of ['a', 'b', 'c', 'd', 'e'])
      verdicts.push((await policy.check({ account, text, kind: 'SRV' })).verdict);
    expect(verdicts).toEqual(['allow', 'allow', 'deny', 'deny', 'deny']);
    const decision = await policy.check({ account: 'f', text, kind: 'SRV' });
    expect(decision.findings[0]).toMatchObject({
      ruleId: 'flood/recipient-burst',
      action: 'deny',
      source: 'policy P11',
    });
    expect(decision.findings[0]?.message).toContain('+96279•••4567');
    assertPrivate(decision.findings, text);
  });

  it('another recipient is not affected, and the budget refills at the declared rate', async () => {
    const policy = policyWith([recipientBurst({ limit: 2, windowMs: 60_000, burst: 0 })]);
    expect((await policy.check({})).verdict).toBe('allow');
    expect((await policy.check({})).verdict).toBe('deny');
    expect((await policy.check({ to: '0781234567' })).verdict).toBe('allow');
    policy.advance(30_000);
    expect((await policy.check({})).verdict).toBe('allow');
  });

  it('alerts (ALR) are exempt by default', async () => {
    const policy = policyWith([recipientBurst({ limit: 1, windowMs: 60_000 })]);
    for (let i = 0; i < 5; i++) expect((await policy.check({ kind: 'ALR' })).verdict).toBe('allow');
  });

  it('rejects bad options', () => {
    expect(() => recipientBurst({ windowMs: 0 })).toThrow(/windowMs/);
    expect(() => recipientBurst({ kinds: [] })).toThrow(/kinds/);
  });
});
