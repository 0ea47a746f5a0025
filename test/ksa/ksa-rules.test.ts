/** ksaRules(): ids, options, metadata from the dated ruleset, numbers. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { createPolicy } from '../../src/core/policy.js';
import {
  KSA_RULE_IDS,
  KSA_RULESET_2021_06_14,
  ksaRules,
  LATEST_KSA_RULESET,
  recipientNumber,
} from '../../src/ksa/index.js';

const root = resolve(import.meta.dirname, '../..');
const BASE = { account: 'acme', senderId: 'Acme-AD', to: '+966501234567', kind: 'ADV' as const };

describe('ksaRules', () => {
  it('returns every rule in KSA_RULE_IDS order with its clause, grade, sources and docs page', () => {
    const rules = ksaRules();
    expect(rules.map((r) => r.id)).toEqual([...KSA_RULE_IDS]);
    for (const rule of rules) {
      const clause = LATEST_KSA_RULESET.clauses.find((c) => c.ruleId === rule.id);
      expect(clause, rule.id).toBeDefined();
      expect(rule.meta.source).toBe(clause!.code);
      expect(rule.meta.confidence).toBe(clause!.confidence);
      expect(rule.meta.verified).toBe(false);
      expect(existsSync(join(root, rule.meta.docs!)), rule.meta.docs).toBe(true);
    }
  });

  it('the promotional window is graded C and both disagreeing windows are cited', () => {
    const clause = KSA_RULESET_2021_06_14.clauses.find((c) => c.code === 'SA-TIM-01')!;
    expect(clause.confidence).toBe('C');
    expect(clause.disputed).toContain('09:00–22:00');
    expect(clause.disputed).toContain('07:00–21:00');
    expect(KSA_RULESET_2021_06_14.defaults.quietHours).toEqual({ start: '21:00', end: '09:00' });
  });

  it('a clean daytime promotion passes with only the message-type record', async () => {
    const decision = await createPolicy({ rules: ksaRules({ registeredUrls: ['acme.sa'] }) }).check({
      ...BASE,
      text: 'تخفيضات 30% على acme.sa. لإيقاف الرسائل أرسل إيقاف',
      at: '2026-03-10T09:00:00Z',
    });
    expect(decision.verdict).toBe('allow');
    expect(decision.findings.map((f) => f.ruleId)).toEqual(['ksa/message-type']);
  });

  it('origin: international refuses promotions; acceptLooseSuffix accepts "Acme AD"', async () => {
    const policy = createPolicy({ rules: ksaRules({ origin: 'international', acceptLooseSuffix: true }) });
    const decision = await policy.check({
      ...BASE,
      senderId: 'Acme AD',
      text: 'Sale. Reply STOP',
      at: '2026-03-10T09:00:00Z',
    });
    expect(decision.findings.filter((f) => f.action === 'deny').map((f) => f.ruleId)).toEqual([
      'ksa/international-sender',
    ]);
  });

  it.each([
    [{ quietHours: { start: '09:00', end: '09:00' } }, 'quietHours.end'],
    [{ holidays: ['2026-13-01'] }, 'holidays.0'],
    [{ origin: 'abroad' }, 'origin'],
    [{ actions: { 'uae/adv-holiday': 'off' } }, 'actions'],
    [{ registeredUrls: ['bad host'] }, 'registeredUrls.0'],
  ])('refuses %j with PolicyConfigError naming %s', (options, path) => {
    try {
      ksaRules(options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      expect((error as PolicyConfigError).issues[0]!.path.join('.')).toContain(path);
    }
  });
});

describe('ksa/recipient-number', () => {
  it.each([
    ['+966501234567', null],
    ['0501234567', null],
    ['+966112345678', 'deny'],
  ] as const)('%s → %s', async (to, action) => {
    const decision = await createPolicy({ rules: [recipientNumber()], defaultRegion: 'SA' }).check({
      ...BASE,
      to,
      text: 'x',
    });
    expect(decision.findings[0]?.action ?? null).toBe(action);
  });
});
