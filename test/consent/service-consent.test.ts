import { describe, expect, it } from 'vitest';
import { serviceConsent } from '../../src/consent/service-consent.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { ago, decide, type Seed } from './_rule-harness.js';

type Row = [
  name: string,
  required: boolean,
  seeds: Seed[],
  kind: 'ADV' | 'SRV' | 'ALR' | 'AWR',
  messageId: string | null,
];

const TABLE: Row[] = [
  ['not required, no event → allow', false, [], 'SRV', null],
  [
    'not required, blanket revoke → deny',
    false,
    [{ action: 'revoke', at: ago(1), source: 'sms-keyword' }],
    'SRV',
    'consent.service-consent-revoked',
  ],
  ['not required, ADV-only revoke → allow', false, [{ action: 'revoke', at: ago(1), kind: 'ADV' }], 'SRV', null],
  ['required, no event → deny', true, [], 'SRV', 'consent.service-consent-missing'],
  [
    'required, ADV grant does not cover SRV → deny',
    true,
    [{ action: 'grant', at: ago(1), kind: 'ADV' }],
    'SRV',
    'consent.service-consent-missing',
  ],
  ['required, SRV grant → allow', true, [{ action: 'grant', at: ago(1), kind: 'SRV' }], 'SRV', null],
  ['required, blanket grant → allow', true, [{ action: 'grant', at: ago(1) }], 'SRV', null],
  [
    'required, grant then blanket revoke → deny',
    true,
    [
      { action: 'grant', at: ago(3), kind: 'SRV' },
      { action: 'revoke', at: ago(1) },
    ],
    'SRV',
    'consent.service-consent-revoked',
  ],
  ['ALR is never blocked, even after a revoke', true, [{ action: 'revoke', at: ago(1) }], 'ALR', null],
  ['AWR is not checked', true, [], 'AWR', null],
  ['ADV is not checked', true, [], 'ADV', null],
];

describe('consent/service-consent', () => {
  it.each(TABLE)('%s', async (_, required, seeds, kind, messageId) => {
    const { decision } = await decide(serviceConsent({ required }), seeds, {
      kind,
      senderId: kind === 'ADV' ? 'adv Acme' : 'Acme',
    });
    if (messageId === null) expect(decision.findings).toEqual([]);
    else
      expect(decision.findings.map((f) => [f.ruleId, f.action, f.messageId])).toEqual([
        ['consent/service-consent', 'deny', messageId],
      ]);
  });

  it('names the deciding event, masked, in English and Arabic', async () => {
    const seeds: Seed[] = [{ action: 'revoke', at: ago(2), source: 'api' }];
    const en = await decide(serviceConsent(), seeds, { kind: 'SRV', senderId: 'Acme' });
    const data = en.decision.findings[0]?.evidence?.[0]?.data;
    expect(data).toMatchObject({ eventId: en.events[0]!.id, source: 'api', subject: '+96279•••4567' });
    expect(JSON.stringify(en.decision)).not.toContain('791234567');
    const ar = await decide(serviceConsent(), seeds, { kind: 'SRV', senderId: 'Acme' }, { locale: 'ar' });
    expect(ar.decision.findings[0]!.message).toMatch(/سحب الرقم \+96279•••4567/);
  });

  it('finds the subject written with Arabic-Indic digits', async () => {
    const { decision } = await decide(
      serviceConsent({ required: true }),
      [{ action: 'grant', at: ago(1), kind: 'SRV' }],
      {
        kind: 'SRV',
        senderId: 'Acme',
        to: '٠٠٩٦٢٧٩١٢٣٤٥٦٧',
      },
    );
    expect(decision.findings).toEqual([]);
  });

  it('rejects bad options', () => {
    expect(() => serviceConsent({ required: 'yes' as never })).toThrow(PolicyConfigError);
  });
});
