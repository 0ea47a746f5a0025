import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import { recipientNumber } from '../../src/jordan/recipient-number.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/recipient-number';

const cases: Array<[to: string, expected: string | null, operator?: string]> = [
  ['0791234567', 'jordan.recipient-number-operator', 'Zain'],
  ['0771234567', 'jordan.recipient-number-operator', 'Orange'],
  ['0781234567', 'jordan.recipient-number-operator', 'Umniah'],
  ['+962 79 123 4567', 'jordan.recipient-number-operator', 'Zain'],
  ['00962781234567', 'jordan.recipient-number-operator', 'Umniah'],
  ['٠٧٩١٢٣٤٥٦٧', 'jordan.recipient-number-operator', 'Zain'],
  ['+96264612345', 'jordan.recipient-number'], // Amman landline
  ['+447911123456', null], // United Kingdom
  ['+966501234567', null], // Saudi Arabia
  ['+14155550123', null], // United States
];

describe('jordan/recipient-number', () => {
  const rules = [recipientNumber()];

  it.each(cases)('%s', async (to, expected, operator) => {
    const decision = await run(rules, { to });
    const found = of(decision, ID);
    expect(found.map((f) => f.messageId)).toEqual(expected === null ? [] : [expected]);
    if (operator) {
      expect(found[0]!.action).toBe('info');
      expect(found[0]!.evidence?.[0]?.data?.operator).toBe(operator);
    }
    if (expected === 'jordan.recipient-number') expect(found[0]!.action).toBe('deny');
    expect(JSON.stringify(decision)).not.toMatch(/\d{9}/);
  });

  it('can drop the operator note', async () => {
    expect(of(await run([recipientNumber({ operatorAction: 'off' })], { to: '0791234567' }), ID)).toEqual([]);
  });

  it('is skipped in a template check without a recipient', () => {
    expect(createPolicy({ rules }).lint({ senderId: 'adv Acme', kind: 'ADV', text: 'x' }).findings).toEqual([]);
  });

  it('gives the operator in Arabic too', async () => {
    const found = of(await run(rules, { to: '0771234567' }, { locale: 'ar' }), ID);
    expect(found[0]!.message).toContain('Orange');
    expect(found[0]!.message).toContain('خلوي');
  });
});
