import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { createPolicy } from '../../src/core/policy.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import {
  JORDAN_RULE_IDS,
  type JordanRuleset,
  jordanRules,
  LATEST_JORDAN_RULESET,
  RULESET_2024_11_06,
} from '../../src/jordan/index.js';
import { of, run } from './_helpers.js';

// The defaults promised in the brief and RULES.md section 2.
const DEFAULT_ACTIONS: Record<string, string> = {
  'jordan/message-class': 'info',
  'jordan/government-sender': 'deny',
  'jordan/service-consent': 'deny',
  'jordan/service-promotional-content': 'review',
  'jordan/adv-sender-prefix': 'deny',
  'jordan/sender-id-format': 'deny',
  'jordan/adv-quiet-hours': 'defer',
  'jordan/adv-holiday': 'defer',
  'jordan/adv-opt-out': 'deny',
  'jordan/adv-opt-out-notice': 'warn',
  'jordan/adv-daily-cap': 'warn',
  'jordan/recipient-number': 'deny',
  'jordan/segments': 'info',
};

describe('jordanRules()', () => {
  const rules = jordanRules();

  it('returns every rule once, with its default action', () => {
    expect(rules.map((r) => r.id)).toEqual([...JORDAN_RULE_IDS]);
    for (const rule of rules) expect([rule.id, rule.meta.defaultAction]).toEqual([rule.id, DEFAULT_ACTIONS[rule.id]]);
  });

  it('metadata: JO clause, grade, sources, unverified, docs page on disk', () => {
    for (const rule of rules) {
      expect(rule.meta.source).toMatch(/^JO-[A-Z]{3}-\d{2}$/);
      expect(['A', 'B', 'C', 'D']).toContain(rule.meta.confidence);
      expect(rule.meta.verified).toBe(false);
      expect(rule.meta.sources?.length).toBeGreaterThan(0);
      for (const url of rule.meta.sources ?? []) expect(url).toMatch(/^https?:\/\//);
      expect(rule.meta.docs).toBe(`docs/rules/jordan/${rule.id.slice('jordan/'.length)}.md`);
      expect(existsSync(rule.meta.docs!)).toBe(true);
    }
  });

  it('grades follow RULES.md', () => {
    const grade = Object.fromEntries(rules.map((r) => [r.meta.source, r.meta.confidence]));
    expect(grade).toMatchObject({
      'JO-CLS-02': 'A',
      'JO-CLS-03': 'A',
      'JO-OPT-01': 'A',
      'JO-SND-03': 'B',
      'JO-ENC-01': 'B',
      'JO-OPT-03': 'C',
      'JO-FRQ-01': 'C',
    });
  });

  it('builds a policy without a consent ledger or rate store', async () => {
    const policy = createPolicy({ rules });
    const decision = await policy.check({
      account: 'acme',
      senderId: 'adv Acme',
      to: '0791234567',
      kind: 'ADV',
      text: 'خصم 20% على كل المعاطف. لإلغاء الاشتراك أرسل STOP إلى 94444',
      at: '2026-03-10T09:00:00Z',
    });
    expect(decision.verdict).toBe('allow');
    expect(decision.findings.filter((f) => f.action === 'warn').map((f) => f.ruleId)).toEqual(['jordan/adv-opt-out']);
  });

  it('actions override and `off` removes a rule', async () => {
    const custom = jordanRules({
      actions: { 'jordan/adv-opt-out-notice': 'deny', 'jordan/segments': 'off', 'jordan/message-class': 'off' },
    });
    expect(custom.map((r) => r.id)).not.toContain('jordan/segments');
    const decision = await run(custom, { text: 'Big sale', at: '2026-03-10T09:00:00Z' });
    expect(of(decision, 'jordan/adv-opt-out-notice').map((f) => f.action)).toEqual(['deny']);
    expect(of(decision, 'jordan/segments')).toEqual([]);
  });

  it('quiet hours off: holidays still defer, and retryAt ignores the night', async () => {
    const custom = jordanRules({ actions: { 'jordan/adv-quiet-hours': 'off' } });
    expect(of(await run(custom, { at: '2026-03-10T20:00:00Z' }), 'jordan/adv-quiet-hours')).toEqual([]);
    const holiday = await run(custom, { at: '2026-12-25T20:00:00Z' }); // 23:00 Christmas
    expect(holiday.retryAt?.toISOString()).toBe('2026-12-25T21:00:00.000Z'); // midnight after
  });

  it('options reach the rules: quiet hours, holidays, government accounts, strict', async () => {
    const custom = jordanRules({
      profile: 'strict',
      quietHours: { start: '22:00', end: '08:00' },
      holidays: ['2026-04-05'],
      governmentAccounts: ['ncsc'],
    });
    expect((await run(custom, { at: '2026-03-10T18:30:00Z' })).verdict).toBe('allow'); // 21:30 Tuesday
    expect((await run(custom, { at: '2026-04-05T09:00:00Z' })).verdict).toBe('defer'); // extra holiday
    expect((await run(custom, { at: '2026-11-27T09:00:00Z' })).verdict).toBe('defer'); // Friday
    const alert = await run(custom, { kind: 'ALR', account: 'ncsc', senderId: 'NCSC', at: '2026-11-27T23:00:00Z' });
    expect(alert.verdict).toBe('allow');
  });

  it.each([
    [{ profile: 'lenient' }, ['profile']],
    [{ holidays: ['2026-13-01'] }, ['holidays', 0]],
    [{ quietHours: { start: '9pm', end: '07:00' } }, ['quietHours', 'start']],
    [{ actions: { 'jordan/no-such-rule': 'off' } }, ['actions']],
    [{ actions: { 'jordan/segments': 'block' } }, ['actions', 'jordan/segments']],
    [{ governmentAccounts: 'ncsc' }, ['governmentAccounts']],
    [{ colour: 'red' }, []],
  ])('rejects %j with PolicyConfigError naming the field', (options, path) => {
    try {
      jordanRules(options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      expect((error as PolicyConfigError).issues[0]!.path).toEqual(path);
    }
  });
});

describe('pinning and overriding the ruleset', () => {
  it('the latest ruleset is the dated 2024-11-06 one, unverified', () => {
    expect(LATEST_JORDAN_RULESET).toBe(RULESET_2024_11_06);
    expect(RULESET_2024_11_06.version).toBe('2024-11-06');
    expect(RULESET_2024_11_06.verified).toBe(false);
    for (const code of ['JO-CLS-01', 'JO-TIM-01', 'JO-TIM-03', 'JO-NUM-01', 'JO-REC-01']) {
      expect(RULESET_2024_11_06.clauses.map((c) => c.code)).toContain(code);
    }
  });

  it('a user ruleset changes defaults (quiet hours, cap, prefix length) and metadata', async () => {
    const mine: JordanRuleset = {
      ...RULESET_2024_11_06,
      version: '2027-01-01-acme',
      defaults: {
        ...RULESET_2024_11_06.defaults,
        quietHours: { start: '22:00', end: '08:00' },
        senderId: { maxLength: 9, advPrefix: 'adv' },
      },
    };
    const rules = jordanRules({ ruleset: mine });
    expect((await run(rules, { at: '2026-03-10T18:30:00Z' })).verdict).toBe('allow'); // 21:30
    expect((await run(rules, { at: '2026-03-10T19:30:00Z' })).retryAt?.toISOString()).toBe('2026-03-11T05:00:00.000Z');
    const long = await run(rules, { senderId: 'adv AcmeCo', at: '2026-03-10T09:00:00Z' });
    expect(of(long, 'jordan/sender-id-format').map((f) => f.messageId)).toEqual(['jordan.sender-id-too-long']);
    const record = of(long, 'jordan/message-class')[0]!;
    expect(record.evidence?.[0]?.data?.ruleset).toBe('2027-01-01-acme');
  });

  it('a broken ruleset is refused with the path of the problem', () => {
    const broken = {
      ...RULESET_2024_11_06,
      defaults: { ...RULESET_2024_11_06.defaults, timeZone: 'Asia/Nowhere' },
    };
    try {
      jordanRules({ ruleset: broken });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      expect((error as PolicyConfigError).issues[0]!.path).toEqual(['ruleset', 'defaults', 'timeZone']);
    }
  });

  it('a ruleset missing a clause is refused', () => {
    const partial = {
      ...RULESET_2024_11_06,
      clauses: RULESET_2024_11_06.clauses.filter((c) => c.code !== 'JO-TIM-01'),
    };
    expect(() => jordanRules({ ruleset: partial })).toThrow(/no clause JO-TIM-01/);
  });
});

describe('jordan messages', () => {
  const ids = Object.keys(en).filter((id) => id.startsWith('jordan.'));

  it('every English message id has an Arabic text and every used id exists', () => {
    expect(ids.length).toBeGreaterThan(15);
    for (const id of ids) expect(Object.keys(ar)).toContain(id);
    const sources = JORDAN_RULE_IDS.map((id) =>
      readFileSync(`src/jordan/${id.slice('jordan/'.length)}.ts`, 'utf8'),
    ).join('\n');
    for (const used of sources.match(/'jordan\.[a-z-]+'/g) ?? []) expect(ids).toContain(used.slice(1, -1));
  });
});
