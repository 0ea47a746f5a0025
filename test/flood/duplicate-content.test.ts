import { describe, expect, it } from 'vitest';
import { duplicateContent } from '../../src/flood/duplicate-content.js';
import { assertPrivate, policyWith } from './_fixture.js';

describe('flood/duplicate-content', () => {
  it.each([
    [
      'English, name and link changed',
      'Hi Sara, 20% off all coats at https://acme.jo/a today only',
      'Hi Omar, 30% off all coats at https://acme.jo/b today only',
      'exact',
    ],
    [
      'Arabic, name and numbers changed',
      'يا أحمد خصم ٢٠٪ على كل المعاطف في فرع عبدون اليوم فقط',
      'يا خالد خصم 35% على كل المعاطف في فرع عبدون اليوم فقط',
      'exact',
    ],
    [
      'obfuscated, zero-width and a swapped word',
      'Winter sale at Acme: 20% off all coats this weekend only, visit our store in Abdoun',
      'Winter s\u200Bale at Acme: 20% off all jackets this weekend only, visit our store in Abdoun',
      'near',
    ],
  ])('%s: the second copy to the same recipient is denied', async (_label, first, second, match) => {
    const policy = policyWith([duplicateContent()]);
    expect((await policy.check({ text: first })).verdict).toBe('allow');
    const decision = await policy.check({ text: second, account: 'other' });
    expect(decision.verdict).toBe('deny');
    const finding = decision.findings[0]!;
    expect(finding.ruleId).toBe('flood/duplicate-content');
    expect(finding.evidence?.[0]?.data?.match).toBe(match);
    expect(finding.evidence?.[0]?.span).toBeUndefined(); // no span: the evidence is a fingerprint, never the body
    assertPrivate(decision.findings, second);
    assertPrivate(decision.findings, first);
  });

  it('a different template, or the same one to another recipient, passes', async () => {
    const policy = policyWith([duplicateContent()]);
    expect((await policy.check({ text: 'Winter sale: 20% off all coats this weekend at Acme Abdoun' })).verdict).toBe(
      'allow',
    );
    expect(
      (await policy.check({ text: 'Your Acme order has shipped and arrives within two working days' })).verdict,
    ).toBe('allow');
    expect(
      (await policy.check({ text: 'Winter sale: 20% off all coats this weekend at Acme Abdoun', to: '0781234567' }))
        .verdict,
    ).toBe('allow');
  });

  it('the window ends: the same text passes again after windowMs', async () => {
    const policy = policyWith([duplicateContent({ windowMs: 3_600_000 })]);
    await policy.check({ text: 'Weekend offer on all coats' });
    expect((await policy.check({ text: 'Weekend offer on all coats' })).verdict).toBe('deny');
    policy.advance(3_600_000);
    expect((await policy.check({ text: 'Weekend offer on all coats' })).verdict).toBe('allow');
  });

  it('a refused duplicate consumes nothing: limit 2 lets exactly two copies through', async () => {
    const policy = policyWith([duplicateContent({ limit: 2 })]);
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push((await policy.check({ text: 'Weekend offer on all coats' })).verdict);
    expect(verdicts).toEqual(['allow', 'allow', 'deny', 'deny', 'deny']);
  });

  it('nearDuplicates: false keeps the exact hash only', async () => {
    const policy = policyWith([duplicateContent({ nearDuplicates: false })]);
    await policy.check({ text: 'Winter sale at Acme: 20% off all coats this weekend only, visit our store' });
    expect(
      (await policy.check({ text: 'Winter sale at Acme: 20% off all jackets this weekend only, visit our store' }))
        .verdict,
    ).toBe('allow');
  });

  it('service messages are out of scope by default (OTP resends pass)', async () => {
    const policy = policyWith([duplicateContent()]);
    for (let i = 0; i < 3; i++)
      expect((await policy.check({ kind: 'SRV', text: `Your code is ${1000 + i}` })).verdict).toBe('allow');
  });
});
