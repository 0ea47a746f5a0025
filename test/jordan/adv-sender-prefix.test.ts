import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import { advSenderPrefix } from '../../src/jordan/adv-sender-prefix.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/adv-sender-prefix';

const cases: Array<[kind: 'ADV' | 'SRV' | 'AWR' | 'ALR', senderId: string, expected: string | null]> = [
  // The spellings vendors use for the promotional prefix.
  ['ADV', 'adv Acme', null],
  ['ADV', 'adv-Acme', null],
  ['ADV', 'adv_Acme', null],
  ['ADV', 'adv.Acme', null],
  ['ADV', 'advAcme', null],
  ['ADV', 'AdvAcme', null],
  ['ADV', 'ADV', null],
  ['ADV', 'adv', null],
  ['ADV', 'ADV Acme', null],
  ['ADV', 'ADV-ACME', null],
  ['ADV', 'adv2Go', null],
  ['ADV', 'ADVACME', null], // ambiguous, accepted for ADV by default
  // ADV without a prefix.
  ['ADV', 'Acme', 'jordan.adv-sender-prefix-missing'],
  ['ADV', 'Advance', 'jordan.adv-sender-prefix-missing'],
  ['ADV', 'adventure', 'jordan.adv-sender-prefix-missing'],
  ['ADV', 'AcmeADV', 'jordan.adv-sender-prefix-missing'],
  ['ADV', 'ad Acme', 'jordan.adv-sender-prefix-missing'],
  // Other classes must not use an adv sender.
  ['SRV', 'adv Acme', 'jordan.adv-sender-prefix-misused'],
  ['SRV', 'advAcme', 'jordan.adv-sender-prefix-misused'],
  ['AWR', 'ADV', 'jordan.adv-sender-prefix-misused'],
  ['ALR', 'Adv-Gov', 'jordan.adv-sender-prefix-misused'],
  ['SRV', 'Acme', null],
  ['SRV', 'Advance', null],
  ['SRV', 'ADVANCE', null], // an all-capital brand is not refused
];

describe('jordan/adv-sender-prefix', () => {
  const rules = [advSenderPrefix()];

  it.each(cases)('%s from "%s"', async (kind, senderId, expected) => {
    const found = of(await run(rules, { kind, senderId }), ID);
    if (expected === null) expect(found).toEqual([]);
    else {
      expect(found.map((f) => f.messageId)).toEqual([expected]);
      expect(found[0]!.action).toBe('deny');
      expect(found[0]!.evidence?.[0]?.data?.senderId).toBe(senderId);
    }
  });

  it('can refuse ambiguous all-capital IDs on ADV', async () => {
    const found = of(await run([advSenderPrefix({ acceptAmbiguous: false })], { senderId: 'ADVACME' }), ID);
    expect(found.map((f) => f.messageId)).toEqual(['jordan.adv-sender-prefix-missing']);
  });

  it('runs in a template check and speaks Arabic', () => {
    const policy = createPolicy({ rules, locale: 'ar' });
    const decision = policy.lint({ kind: 'ADV', senderId: 'Acme', text: 'عرض' });
    expect(decision.verdict).toBe('deny');
    expect(decision.findings[0]!.message).toContain('adv');
    expect(decision.findings[0]!.message).toMatch(/[\u0600-\u06FF]/);
  });
});
