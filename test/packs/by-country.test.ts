/**
 * The three country packs routed together: a recipient gets its own country's rules and never another
 * pack's, whatever the text, the time or the sender ID (property-tested); unlisted countries get core/no-pack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentRules } from '../../src/content/index.js';
import { byCountry } from '../../src/core/by-country.js';
import { createPolicy } from '../../src/core/policy.js';
import { jordanRules } from '../../src/jordan/index.js';
import { ksaRules } from '../../src/ksa/index.js';
import { uaeRules } from '../../src/uae/index.js';

const policy = createPolicy({
  rules: [...contentRules(), byCountry({ JO: jordanRules(), AE: uaeRules(), SA: ksaRules() })],
});
const RECIPIENTS = { JO: '+962791234567', AE: '+971501234567', SA: '+966501234567', EG: '+201001234567' } as const;
const OWN = { JO: 'jordan/', AE: 'uae/', SA: 'ksa/', EG: 'core/no-pack' } as const;

describe('byCountry with the Jordan, UAE and Saudi packs', () => {
  it('never lets a rule of another pack fire (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(RECIPIENTS) as Array<keyof typeof RECIPIENTS>)),
        fc.constantFrom('adv Acme', 'AD-Acme', 'Acme-AD', 'Acme'),
        fc.constantFrom('ADV', 'SRV', 'AWR', 'ALR'),
        fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }),
        async (country, senderId, kind, text, ms) => {
          const decision = await policy.check({
            account: 'acme',
            senderId,
            to: RECIPIENTS[country],
            kind,
            text,
            at: new Date(ms),
          });
          for (const finding of decision.findings) {
            if (finding.ruleId.startsWith('content/')) continue;
            expect(finding.ruleId.startsWith(OWN[country]), `${country}: ${finding.ruleId}`).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['JO', 'adv Acme', '2026-03-10T18:30:00Z', 'jordan/adv-quiet-hours', '2026-03-11T04:00:00.000Z'],
    ['AE', 'AD-Acme', '2026-03-10T18:30:00Z', 'uae/adv-quiet-hours', '2026-03-11T03:00:00.000Z'],
    ['SA', 'Acme-AD', '2026-03-10T18:30:00Z', 'ksa/adv-quiet-hours', '2026-03-11T06:00:00.000Z'],
  ] as const)(
    'one send time, three zones: %s defers to its own morning',
    async (country, senderId, at, ruleId, retryAt) => {
      const decision = await policy.check({
        account: 'acme',
        senderId,
        to: RECIPIENTS[country],
        kind: 'ADV',
        text: 'Sale 30% off. To opt out send B to 7726, reply STOP. لإيقاف الرسائل أرسل إيقاف',
        at,
      });
      expect(decision.verdict).toBe('defer');
      expect(decision.findings.filter((f) => f.action === 'defer').map((f) => f.ruleId)).toEqual([ruleId]);
      expect(decision.retryAt?.toISOString()).toBe(retryAt);
    },
  );

  it('the same sender ID is right in one country and wrong in the next', async () => {
    const base = { account: 'acme', kind: 'ADV' as const, text: 'Sale. Reply STOP', at: '2026-03-10T08:00:00Z' };
    const denied = async (to: string, senderId: string) =>
      (await policy.check({ ...base, to, senderId })).findings.filter((f) => f.action === 'deny').map((f) => f.ruleId);
    expect(await denied(RECIPIENTS.AE, 'AD-Acme')).toEqual([]);
    expect(await denied(RECIPIENTS.SA, 'AD-Acme')).toEqual(['ksa/adv-sender-suffix']);
    expect(await denied(RECIPIENTS.JO, 'AD-Acme')).toEqual(['jordan/adv-sender-prefix']);
  });

  it('a recipient of no listed country is held for review', async () => {
    const decision = await policy.check({
      account: 'acme',
      senderId: 'Acme',
      to: RECIPIENTS.EG,
      kind: 'SRV',
      text: 'Hi',
    });
    expect(decision.verdict).toBe('review');
    expect(decision.findings.map((f) => f.ruleId)).toEqual(['core/no-pack']);
  });
});
