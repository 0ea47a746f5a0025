import { describe, expect, it } from 'vitest';
import type { ConsentStatus } from '../../src/core/ports.js';
import { advOptOut } from '../../src/jordan/adv-opt-out.js';
import { jordanRules } from '../../src/jordan/index.js';
import { of, run, TableConsent } from './_helpers.js';

const ID = 'jordan/adv-opt-out';

const cases: Array<[name: string, table: Record<string, ConsentStatus>, expected: string[]]> = [
  ['no record (opt-out model)', {}, []],
  ['granted', { '+962791234567': { state: 'granted' } }, []],
  ['opted out of everything', { '+962791234567': { state: 'revoked', source: 'sms-keyword' } }, ['jordan.adv-opt-out']],
  ['opted out of this sender', { '+962791234567|adv Acme': { state: 'revoked' } }, ['jordan.adv-opt-out']],
  [
    'on the operator DND list',
    { '+962791234567': { state: 'revoked', source: 'operator-dnd' } },
    ['jordan.adv-opt-out-dnd'],
  ],
];

describe('jordan/adv-opt-out', () => {
  const rules = [advOptOut()];

  it.each(cases)('%s', async (_name, table, expected) => {
    const consent = new TableConsent(table);
    const found = of(await run(rules, {}, { consent }), ID);
    expect(found.map((f) => f.messageId)).toEqual(expected);
    for (const finding of found) expect(finding.action).toBe('deny');
    expect(consent.queries[0]).toMatchObject({ kind: 'ADV', senderId: 'adv Acme', account: 'acme' });
  });

  it('opting out of one sender leaves another sender allowed', async () => {
    const consent = new TableConsent({ '+962791234567|adv Acme': { state: 'revoked' } });
    expect(of(await run(rules, { senderId: 'adv Other' }, { consent }), ID)).toEqual([]);
  });

  it('without a ledger: exactly one warning, and jordanRules() builds without one', async () => {
    const decision = await run(jordanRules(), { at: '2026-03-10T09:00:00Z' });
    const found = of(decision, ID);
    expect(found.map((f) => [f.action, f.messageId])).toEqual([['warn', 'jordan.adv-opt-out-unverified']]);
    expect(decision.verdict).toBe('allow');
  });

  it('evidence masks the recipient; Arabic message', async () => {
    const consent = new TableConsent({
      '+962791234567': { state: 'revoked', since: new Date('2026-05-01T00:00:00Z') },
    });
    const found = of(await run(rules, {}, { consent, locale: 'ar' }), ID);
    expect(found[0]!.evidence?.[0]?.data).toMatchObject({
      recipient: '+96279•••4567',
      since: '2026-05-01T00:00:00.000Z',
    });
    expect(found[0]!.message).toContain('ألغى المستقبِل');
    expect(JSON.stringify(found)).not.toContain('791234567');
  });

  it('does not ask about service messages', async () => {
    const consent = new TableConsent({});
    await run(rules, { kind: 'SRV', senderId: 'Acme' }, { consent });
    expect(consent.queries).toEqual([]);
  });
});
