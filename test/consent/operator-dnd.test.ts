import { describe, expect, it } from 'vitest';
import { operatorDnd } from '../../src/consent/operator-dnd.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { ago, decide, type Seed } from './_rule-harness.js';

const dnd = (daysAgo: number, account = '*'): Seed => ({
  action: 'revoke',
  kind: 'ADV',
  at: ago(daysAgo),
  source: 'operator-dnd',
  account,
});

type Row = [
  name: string,
  seeds: Seed[],
  message: { kind: 'ADV' | 'SRV'; senderId?: string; account?: string },
  denied: boolean,
];

const TABLE: Row[] = [
  ['on the list, nothing else → deny', [dnd(5)], { kind: 'ADV' }, true],
  ['on the list for this account only → deny', [dnd(5, 'acme')], { kind: 'ADV' }, true],
  ['on the list of another account → allow', [dnd(5, 'other')], { kind: 'ADV' }, false],
  [
    'a grant before the listing does not lift it → deny',
    [{ action: 'grant', at: ago(9) }, dnd(5)],
    { kind: 'ADV' },
    true,
  ],
  [
    'a later grant for this account lifts it → allow',
    [dnd(5), { action: 'grant', at: ago(1) }],
    { kind: 'ADV' },
    false,
  ],
  [
    'a later grant to another sender of this account lifts it too',
    [dnd(5), { action: 'grant', at: ago(1), senderId: 'adv Brand2' }],
    { kind: 'ADV' },
    false,
  ],
  [
    'a later grant for another account does not',
    [dnd(5), { action: 'grant', at: ago(1), account: 'other' }],
    { kind: 'ADV' },
    true,
  ],
  ['SRV is not affected', [dnd(5)], { kind: 'SRV', senderId: 'Acme' }, false],
  [
    'a later keyword revoke decides instead (not DND)',
    [dnd(5), { action: 'revoke', at: ago(1), source: 'sms-keyword' }],
    { kind: 'ADV' },
    false,
  ],
];

describe('consent/operator-dnd', () => {
  it.each(TABLE)('%s', async (_, seeds, message, denied) => {
    const { decision } = await decide(operatorDnd(), seeds, message);
    if (denied) {
      expect(decision.findings.map((f) => [f.ruleId, f.action, f.messageId])).toEqual([
        ['consent/operator-dnd', 'deny', 'consent.operator-dnd'],
      ]);
    } else expect(decision.findings).toEqual([]);
  });

  it('names the DND event, masked, in English and Arabic', async () => {
    const en = await decide(operatorDnd(), [dnd(5)], { kind: 'ADV' });
    expect(en.decision.findings[0]?.evidence?.[0]?.data).toMatchObject({
      eventId: en.events[0]!.id,
      source: 'operator-dnd',
      since: ago(5).toISOString(),
      subject: '+96279•••4567',
    });
    expect(JSON.stringify(en.decision)).not.toContain('791234567');
    const ar = await decide(operatorDnd(), [dnd(5)], { kind: 'ADV' }, { locale: 'ar' });
    expect(ar.decision.findings[0]!.message).toMatch(/عدم الإزعاج/);
  });

  it('matches a number written with Arabic-Indic digits and spaces', async () => {
    for (const to of ['٠٧٩ ١٢٣ ٤٥٦٧', '+962-79-123-4567']) {
      const { decision } = await decide(operatorDnd(), [dnd(5)], { kind: 'ADV', to });
      expect(decision.verdict).toBe('deny');
    }
  });

  it('takes another action and rejects bad options', async () => {
    const { decision } = await decide(operatorDnd({ action: 'review' }), [dnd(5)], { kind: 'ADV' });
    expect(decision.verdict).toBe('review');
    expect(() => operatorDnd({ action: 'explode' as never })).toThrow(PolicyConfigError);
  });
});
