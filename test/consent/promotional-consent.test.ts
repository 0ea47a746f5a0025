import { describe, expect, it } from 'vitest';
import { promotionalConsent } from '../../src/consent/promotional-consent.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { ago, decide, type Seed } from './_rule-harness.js';

type Row = [name: string, model: 'opt-in' | 'opt-out', seeds: Seed[], kind: 'ADV' | 'SRV', messageId: string | null];

const TABLE: Row[] = [
  ['opt-in, no event → deny', 'opt-in', [], 'ADV', 'consent.promotional-consent-missing'],
  ['opt-in, grant → allow', 'opt-in', [{ action: 'grant', at: ago(3), source: 'web-form' }], 'ADV', null],
  [
    'opt-in, grant then keyword revoke → deny',
    'opt-in',
    [
      { action: 'grant', at: ago(3) },
      { action: 'revoke', at: ago(1), source: 'sms-keyword' },
    ],
    'ADV',
    'consent.promotional-consent-revoked',
  ],
  [
    'opt-in, revoke then newer grant → allow',
    'opt-in',
    [
      { action: 'revoke', at: ago(3) },
      { action: 'grant', at: ago(1) },
    ],
    'ADV',
    null,
  ],
  [
    'opt-in, grant for another sender only → deny',
    'opt-in',
    [{ action: 'grant', at: ago(1), senderId: 'adv Other' }],
    'ADV',
    'consent.promotional-consent-missing',
  ],
  [
    'opt-in, grant and revoke at the same instant → deny',
    'opt-in',
    [
      { action: 'grant', at: ago(1) },
      { action: 'revoke', at: ago(1) },
    ],
    'ADV',
    'consent.promotional-consent-revoked',
  ],
  ['opt-out, no event → allow', 'opt-out', [], 'ADV', null],
  [
    'opt-out, revoke → deny',
    'opt-out',
    [{ action: 'revoke', at: ago(2) }],
    'ADV',
    'consent.promotional-consent-revoked',
  ],
  ['opt-out, revoke scoped to SRV → allow', 'opt-out', [{ action: 'revoke', at: ago(2), kind: 'SRV' }], 'ADV', null],
  ['SRV messages are not this rule’s business', 'opt-in', [], 'SRV', null],
  [
    'operator DND is left to consent/operator-dnd',
    'opt-out',
    [{ action: 'revoke', kind: 'ADV', at: ago(2), source: 'operator-dnd', account: '*' }],
    'ADV',
    null,
  ],
];

describe('consent/promotional-consent', () => {
  it.each(TABLE)('%s', async (_, model, seeds, kind, messageId) => {
    const { decision } = await decide(promotionalConsent({ model }), seeds, { kind });
    if (messageId === null) {
      expect(decision.findings).toEqual([]);
      expect(decision.verdict).toBe('allow');
    } else {
      expect(decision.verdict).toBe('deny');
      expect(decision.findings.map((f) => [f.ruleId, f.messageId])).toEqual([
        ['consent/promotional-consent', messageId],
      ]);
    }
  });

  it('names the deciding event, masked, in English and Arabic', async () => {
    const seeds: Seed[] = [{ action: 'revoke', at: ago(1), source: 'sms-keyword' }];
    const en = await decide(promotionalConsent(), seeds, { kind: 'ADV' });
    const finding = en.decision.findings[0]!;
    expect(finding.evidence?.[0]?.data).toMatchObject({
      eventId: en.events[0]!.id,
      source: 'sms-keyword',
      since: ago(1).toISOString(),
      subject: '+96279•••4567',
    });
    expect(finding.message).toContain('+96279•••4567');
    expect(JSON.stringify(finding)).not.toContain('791234567');
    expect(finding.source).toBe('policy P2, P14; JO-OPT-01');
    const ar = await decide(promotionalConsent(), seeds, { kind: 'ADV' }, { locale: 'ar' });
    expect(ar.decision.findings[0]!.message).toMatch(/ألغى الرقم \+96279•••4567/);
  });

  it('finds the same subject however the number is written (Arabic-Indic digits, spaces, 00)', async () => {
    const seeds: Seed[] = [{ action: 'revoke', at: ago(1) }];
    for (const to of ['٠٧٩١٢٣٤٥٦٧', '+962 79 123 4567', '00962791234567']) {
      const { decision } = await decide(promotionalConsent({ model: 'opt-out' }), seeds, { kind: 'ADV', to });
      expect(decision.verdict).toBe('deny');
    }
  });

  it('reports an expired grant as expired', async () => {
    const { decision } = await decide(
      promotionalConsent(),
      [{ action: 'grant', at: ago(400) }],
      { kind: 'ADV' },
      { grantTtlMs: 365 * 86_400_000 },
    );
    expect(decision.findings[0]?.messageId).toBe('consent.promotional-consent-expired');
    expect(decision.findings[0]?.evidence?.[0]?.data?.expiredAt).toBe(
      new Date(ago(400).getTime() + 365 * 86_400_000).toISOString(),
    );
  });

  it('takes another action and rejects bad options', async () => {
    const { decision } = await decide(promotionalConsent({ action: 'review' }), [], { kind: 'ADV' });
    expect(decision.verdict).toBe('review');
    expect(() => promotionalConsent({ model: 'maybe' as never })).toThrow(PolicyConfigError);
    expect(() => promotionalConsent({ colour: 'red' } as never)).toThrow(PolicyConfigError);
  });
});
