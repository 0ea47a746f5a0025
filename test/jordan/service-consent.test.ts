import { describe, expect, it } from 'vitest';
import type { ConsentStatus } from '../../src/core/ports.js';
import { serviceConsent } from '../../src/jordan/service-consent.js';
import { of, run, TableConsent } from './_helpers.js';

const ID = 'jordan/service-consent';
const SRV = { kind: 'SRV', senderId: 'AcmeBank', text: 'Your card ending 1234 was charged 25 JD.' };

const cases: Array<[name: string, status: ConsentStatus | undefined, expected: string[]]> = [
  ['granted', { state: 'granted', since: new Date('2026-01-02T10:00:00Z'), eventId: 'e1' }, []],
  ['no record', undefined, ['deny']],
  ['revoked', { state: 'revoked', since: new Date('2026-02-02T10:00:00Z'), source: 'sms-keyword' }, ['deny']],
];

describe('jordan/service-consent', () => {
  const rules = [serviceConsent()];

  it.each(cases)('SRV with consent %s', async (_name, status, expected) => {
    const consent = new TableConsent(status ? { '+962791234567': status } : {});
    const found = of(await run(rules, SRV, { consent }), ID);
    expect(found.map((f) => f.action)).toEqual(expected);
    expect(consent.queries).toEqual([{ subject: '+962791234567', account: 'acme', senderId: 'AcmeBank', kind: 'SRV' }]);
    if (expected.length > 0) {
      const data = found[0]!.evidence?.[0]?.data;
      expect(data?.state).toBe(status?.state ?? 'none');
      expect(data?.recipient).toBe('+96279•••4567');
      expect(JSON.stringify(found)).not.toContain('791234567');
    }
  });

  it('normalises the recipient before asking the ledger', async () => {
    const consent = new TableConsent({ '+962791234567': { state: 'granted' } });
    const found = of(await run(rules, { ...SRV, to: '079 123 4567' }, { consent }), ID);
    expect(found).toEqual([]);
  });

  it('without a ledger: exactly one warning, the policy still builds and allows', async () => {
    const decision = await run(rules, SRV);
    const found = of(decision, ID);
    expect(found.map((f) => [f.action, f.messageId])).toEqual([['warn', 'jordan.service-consent-unverified']]);
    expect(decision.verdict).toBe('allow');
  });

  it('does not ask about other classes', async () => {
    const consent = new TableConsent({});
    await run(rules, { kind: 'ADV' }, { consent });
    expect(consent.queries).toEqual([]);
  });

  it('a ledger that fails yields the policy’s onError action, not a crash', async () => {
    const broken = { status: async () => Promise.reject(new Error('db down for +962791234567')) };
    const found = of(await run(rules, SRV, { consent: broken }), ID);
    expect(found[0]!.messageId).toBe('core.consent-error');
    expect(found[0]!.message).not.toContain('791234567');
  });
});
