/**
 * Input edges (../shared/CONTRACT.md, "The outbound message"): documented maxima for the free-text identifiers,
 * identifiers that must be well-formed text, numbers that parse but are not allocated (a finding, not an input
 * error), and bad input to the text toolkit (PolicyInputError, never a raw TypeError).
 */
import { describe, expect, it } from 'vitest';
import {
  asciiDigits,
  consentRules,
  countSegments,
  createConsentLedger,
  createPolicy,
  type InputIssue,
  isGsm7,
  MAX_ACCOUNT_LENGTH,
  MAX_CAMPAIGN_ID_LENGTH,
  MAX_SENDER_ID_LENGTH,
  MemoryConsentStore,
  PolicyInputError,
} from '../../src/index.js';
import { jordanRules } from '../../src/jordan/index.js';

const valid = {
  account: 'acme',
  senderId: 'Acme',
  to: '0791234567',
  text: 'Your Acme order has shipped',
  kind: 'SRV' as const,
  at: '2026-12-01T10:00:00+03:00',
};
const policy = createPolicy({ rules: [] });

async function issuesOf(run: () => unknown): Promise<InputIssue[]> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues;
  }
  throw new Error('expected a PolicyInputError');
}

describe('documented maxima for identifiers', () => {
  it('are 200 (account), 64 (sender ID) and 200 (campaign id)', () => {
    expect([MAX_ACCOUNT_LENGTH, MAX_SENDER_ID_LENGTH, MAX_CAMPAIGN_ID_LENGTH]).toEqual([200, 64, 200]);
  });

  it.each([
    ['account', MAX_ACCOUNT_LENGTH],
    ['senderId', MAX_SENDER_ID_LENGTH],
    ['campaignId', MAX_CAMPAIGN_ID_LENGTH],
  ] as const)('%s: the maximum passes, one more is a PolicyInputError naming the field', async (field, max) => {
    const ok = { ...valid, [field]: 'a'.repeat(max) };
    expect(policy.lint(ok).verdict).toBe('allow');
    await expect(policy.check(ok)).resolves.toMatchObject({ verdict: 'allow' });
    for (const run of [
      () => policy.lint({ ...ok, [field]: 'a'.repeat(max + 1) }),
      () => policy.check({ ...ok, [field]: 'a'.repeat(max + 1) }),
    ]) {
      const issues = await issuesOf(run);
      expect(issues).toEqual([expect.objectContaining({ path: [field], code: 'too_long', params: { maximum: max } })]);
    }
  });

  it('a very long account is an input error, never a silent allow', async () => {
    const issues = await issuesOf(() => policy.check({ ...valid, account: 'x'.repeat(100_000) }));
    expect(issues[0]).toMatchObject({ path: ['account'], code: 'too_long' });
  });
});

describe('identifiers must be well-formed text', () => {
  it.each([
    ['a lone high surrogate', 'acme\uD83D'],
    ['a lone low surrogate', '\uDE00acme'],
    ['a NUL', 'ac\u0000me'],
    ['a control character', 'ac\u001bme'],
  ])('%s in account, sender ID or campaign id is rejected (check, lint and the ledger)', async (_label, bad) => {
    for (const field of ['account', 'senderId', 'campaignId'] as const) {
      for (const run of [
        () => policy.lint({ ...valid, [field]: bad }),
        () => policy.check({ ...valid, [field]: bad }),
      ]) {
        const issues = await issuesOf(run);
        expect(issues).toEqual([expect.objectContaining({ path: [field], code: 'invalid_text' })]);
        expect(issues[0]!.messageAr).toMatch(/[\u0600-\u06FF]/);
      }
    }
    const ledger = createConsentLedger({ store: new MemoryConsentStore() });
    const base = {
      subject: '0791234567',
      account: 'acme',
      action: 'revoke' as const,
      at: new Date(),
      source: 'api' as const,
    };
    for (const field of ['account', 'senderId'] as const) {
      const issues = await issuesOf(() => ledger.record({ ...base, [field]: bad }));
      expect(issues).toEqual([expect.objectContaining({ path: [field], code: 'invalid_text' })]);
      const statusIssues = await issuesOf(() =>
        ledger.status({ subject: base.subject, account: 'acme', kind: 'ADV', [field]: bad }),
      );
      expect(statusIssues).toEqual([expect.objectContaining({ path: [field], code: 'invalid_text' })]);
    }
  });

  it('a well-formed emoji (a surrogate pair) and Arabic are fine', async () => {
    await expect(policy.check({ ...valid, account: 'متجر 😀', senderId: 'Acme😀' })).resolves.toMatchObject({
      verdict: 'allow',
    });
  });
});

describe('a number that parses but is not in an allocated range', () => {
  const unallocated = '+962774804354';

  it('is not an input error in lint or check', async () => {
    expect(policy.lint({ ...valid, to: unallocated }).verdict).toBe('allow');
    await expect(policy.check({ ...valid, to: unallocated })).resolves.toMatchObject({ verdict: 'allow' });
  });

  it('is a deny finding of jordan/recipient-number, from lint and from check', async () => {
    const jordan = createPolicy({ rules: jordanRules() });
    for (const decision of [
      jordan.lint({ ...valid, to: unallocated }),
      await jordan.check({ ...valid, to: unallocated }),
    ]) {
      expect(decision.verdict).toBe('deny');
      const finding = decision.findings.find((f) => f.ruleId === 'jordan/recipient-number');
      expect(finding).toMatchObject({ action: 'deny', messageId: 'jordan.recipient-number-unallocated' });
      expect(JSON.stringify(decision)).not.toContain('774804354');
    }
  });

  it('in its Arabic-Indic or national form too', async () => {
    const jordan = createPolicy({ rules: jordanRules(), locale: 'ar' });
    for (const to of ['٠٧٧٤٨٠٤٣٥٤', '0774804354', '00962774804354']) {
      const decision = await jordan.check({ ...valid, to });
      expect(decision.findings.find((f) => f.ruleId === 'jordan/recipient-number')?.messageId).toBe(
        'jordan.recipient-number-unallocated',
      );
    }
  });

  it('the consent ledger answers "none" for it instead of failing the consent rules', async () => {
    const ledger = createConsentLedger({ store: new MemoryConsentStore() });
    expect(await ledger.status({ subject: unallocated, account: 'acme', kind: 'ADV' })).toEqual({ state: 'none' });
    const decision = await createPolicy({ rules: consentRules(), consent: ledger }).check({
      ...valid,
      to: unallocated,
      kind: 'ADV',
      senderId: 'adv Acme',
    });
    expect(decision.findings.filter((f) => f.messageId.startsWith('core.'))).toEqual([]);
  });

  it('a number that is not even possible is still an input error', async () => {
    const issues = await issuesOf(() => policy.check({ ...valid, to: '+9627748043541234' }));
    expect(issues[0]).toMatchObject({ path: ['to'], code: 'invalid_phone' });
  });
});

describe('the text toolkit rejects bad input with PolicyInputError', () => {
  it.each([undefined, null, 42, {}, ['text']])('countSegments(%j)', (input) => {
    expect(() => countSegments(input as never)).toThrow(PolicyInputError);
    expect(() => isGsm7(input as never)).toThrow(PolicyInputError);
    expect(() => asciiDigits(input as never)).toThrow(PolicyInputError);
  });

  it('names the parameter', () => {
    try {
      countSegments(undefined as never);
    } catch (error) {
      expect((error as PolicyInputError).issues[0]).toMatchObject({ path: ['text'], code: 'required' });
    }
    expect.assertions(1);
  });

  it('still counts every string, lone surrogates included', () => {
    expect(countSegments('\uD83D')).toMatchObject({ encoding: 'UCS-2', units: 1, segments: 1 });
    expect(countSegments('')).toMatchObject({ segments: 0 });
  });
});
