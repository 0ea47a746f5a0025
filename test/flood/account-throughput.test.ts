import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { accountThroughput } from '../../src/flood/account-throughput.js';
import { assertPrivate, policyWith } from './_fixture.js';

describe('flood/account-throughput', () => {
  it.each([
    ['English', 'Your parcel is on its way'],
    ['Arabic', 'طردك في الطريق إليك'],
    ['obfuscated', 'Ｙｏｕｒ p\u200Barcel 1s on 1ts way'],
  ])('%s: allows limit + burst back to back, then defers with retryAt', async (_label, text) => {
    const policy = policyWith([accountThroughput({ limit: 5, windowMs: 1_000, burst: 2 })]);
    const verdicts = [];
    for (let i = 0; i < 8; i++) verdicts.push((await policy.check({ text, to: `07912345${10 + i}` })).verdict);
    expect(verdicts).toEqual(['allow', 'allow', 'allow', 'defer', 'defer', 'defer', 'defer', 'defer']);
    const decision = await policy.check({ text, to: '0791234599' });
    const finding = decision.findings[0]!;
    expect(finding).toMatchObject({ ruleId: 'flood/account-throughput', action: 'defer', source: 'policy P10' });
    expect(decision.retryAt?.getTime()).toBe(policy.now.getTime() + 200);
    assertPrivate(decision.findings, text, '+962791234599');
    policy.advance(200);
    expect((await policy.check({ text, to: '0791234599' })).verdict).toBe('allow');
  });

  it('counts per account: another account is not affected', async () => {
    const policy = policyWith([accountThroughput({ limit: 1, windowMs: 1_000, burst: 0 })]);
    expect((await policy.check({ account: 'a' })).verdict).toBe('allow');
    expect((await policy.check({ account: 'a' })).verdict).toBe('defer');
    expect((await policy.check({ account: 'b' })).verdict).toBe('allow');
  });

  it('per-account overrides raise or lower the limit', async () => {
    const policy = policyWith([
      accountThroughput({
        limit: 1,
        windowMs: 1_000,
        burst: 0,
        overrides: (account) => (account === 'bank' ? { burst: 9 } : undefined),
      }),
    ]);
    let bank = 0;
    for (let i = 0; i < 20; i++) if ((await policy.check({ account: 'bank' })).verdict === 'allow') bank++;
    expect(bank).toBe(10);
  });

  it('uses the configured action and resolves Arabic text', async () => {
    const policy = policyWith([accountThroughput({ limit: 1, windowMs: 1_000, burst: 0, action: 'deny' })], 'ar');
    await policy.check({});
    const decision = await policy.check({});
    expect(decision.verdict).toBe('deny');
    expect(decision.findings[0]?.message).toMatch(/معدل الإرسال/);
  });

  it('rejects bad options with PolicyConfigError', () => {
    expect(() => accountThroughput({ limit: 0 })).toThrow(PolicyConfigError);
    expect(() => accountThroughput({ burst: -1 })).toThrow(/burst/);
    expect(() => accountThroughput({ unknown: 1 } as never)).toThrow(PolicyConfigError);
  });
});
