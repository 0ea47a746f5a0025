import { createHash, createHmac } from 'node:crypto';
import { createPolicy } from '../../src/core/policy.js';
import { describe, expect, it } from 'vitest';
import { messageClass } from '../../src/jordan/message-class.js';
import { BASE, of, run } from './_helpers.js';

const ID = 'jordan/message-class';

const cases: Array<[kind: string, name: string, at: string, localTime: string]> = [
  ['ADV', 'promotional', '2026-03-10T09:00:00Z', '2026-03-10 12:00'],
  ['SRV', 'service', '2021-01-14T21:30:00Z', '2021-01-14 23:30'], // UTC+2
  ['AWR', 'awareness', '2021-07-14T21:30:00Z', '2021-07-15 00:30'], // UTC+3
  ['ALR', 'alert', '2026-12-31T21:00:00Z', '2027-01-01 00:00'],
];

describe('jordan/message-class', () => {
  const rules = [messageClass()];

  it.each(cases)('%s', async (kind, name, at, localTime) => {
    const text = 'Sensitive body 0791234567 that must not leak';
    const found = of(await run(rules, { kind, at, text, senderId: 'Acme' }), ID);
    expect(found).toHaveLength(1);
    expect(found[0]!.action).toBe('info');
    expect(found[0]!.message).toContain(name);
    const data = found[0]!.evidence?.[0]?.data;
    expect(data).toMatchObject({ kind, localTime, timeZone: 'Asia/Amman', ruleset: '2024-11-06' });
    // No unkeyed hash of the body: it would let a short text (an OTP) be recovered by hashing guesses.
    expect(data).not.toHaveProperty('textHmac');
    expect(JSON.stringify(found)).not.toContain(createHash('sha256').update(text).digest('hex').slice(0, 16));
    expect(JSON.stringify(found)).not.toContain('Sensitive');
  });

  it('records an HMAC prefix of the text under the policy auditKey', async () => {
    const auditKey = 'jordan-audit-key-0123456789';
    const decision = await createPolicy({ rules, auditKey }).check({ ...BASE, senderId: 'Acme', kind: 'SRV' });
    const data = of(decision, ID)[0]!.evidence?.[0]?.data;
    expect(data?.textHmac).toBe(createHmac('sha256', auditKey).update(BASE.text).digest('hex').slice(0, 16));
  });

  it('names the class in Arabic', async () => {
    const found = of(await run(rules, { kind: 'ADV' }, { locale: 'ar' }), ID);
    expect(found[0]!.message).toContain('ترويجية');
  });

  it('carries the campaign id when given', async () => {
    const found = of(await run(rules, { campaignId: 'winter-26' }), ID);
    expect(found[0]!.evidence?.[0]?.data?.campaignId).toBe('winter-26');
  });
});
