/** uaeRules(): the pack as a whole — ids, options, metadata from the dated ruleset, numbers, routing. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { createPolicy } from '../../src/core/policy.js';
import {
  LATEST_UAE_RULESET,
  recipientNumber,
  UAE_RULE_IDS,
  UAE_RULESET_2020_11_03,
  uaeRules,
} from '../../src/uae/index.js';

const root = resolve(import.meta.dirname, '../..');
const BASE = { account: 'acme', senderId: 'AD-Acme', to: '+971501234567', kind: 'ADV' as const };

describe('uaeRules', () => {
  it('returns every rule in UAE_RULE_IDS order, each with its clause, grade, sources and docs page', () => {
    const rules = uaeRules();
    expect(rules.map((r) => r.id)).toEqual([...UAE_RULE_IDS]);
    for (const rule of rules) {
      const clause = LATEST_UAE_RULESET.clauses.find((c) => c.ruleId === rule.id);
      expect(clause, rule.id).toBeDefined();
      expect(rule.meta.source).toBe(clause!.code);
      expect(rule.meta.confidence).toBe(clause!.confidence);
      expect(rule.meta.verified).toBe(false);
      expect(rule.meta.sources!.length).toBeGreaterThan(0);
      expect(existsSync(join(root, rule.meta.docs!)), rule.meta.docs).toBe(true);
    }
  });

  it('every clause with a rule id names a shipped rule; documented-only clauses have none', () => {
    const ids = new Set<string>(UAE_RULE_IDS);
    for (const clause of UAE_RULESET_2020_11_03.clauses) {
      if (clause.ruleId !== null) expect(ids.has(clause.ruleId), clause.code).toBe(true);
      else expect(clause.defaultAction).toBeNull();
    }
  });

  it('a clean daytime promotion passes', async () => {
    const decision = await createPolicy({ rules: uaeRules() }).check({
      ...BASE,
      text: 'Summer sale 30% off all shoes. To opt out send B to 7726',
      at: '2026-03-10T08:00:00Z',
    });
    expect(decision.verdict).toBe('allow');
    expect(decision.findings).toEqual([]);
  });

  it('actions: off leaves a rule out, an action replaces its default', async () => {
    const rules = uaeRules({ actions: { 'uae/adv-quiet-hours': 'off', 'uae/adv-opt-out-notice': 'deny' } });
    expect(rules.some((r) => r.id === 'uae/adv-quiet-hours')).toBe(false);
    const decision = await createPolicy({ rules }).check({ ...BASE, text: 'Sale', at: '2026-03-10T19:00:00Z' });
    expect(decision.findings.map((f) => `${f.ruleId}:${f.action}`)).toEqual(['uae/adv-opt-out-notice:deny']);
  });

  it('registeredSenders switches the registration rule on', async () => {
    const decision = await createPolicy({ rules: uaeRules({ registeredSenders: ['AD-Other'] }) }).check({
      ...BASE,
      text: 'Sale. To opt out send B to 7726',
      at: '2026-03-10T08:00:00Z',
    });
    expect(decision.findings.map((f) => f.ruleId)).toEqual(['uae/sender-registered']);
  });

  it.each([
    [{ quietHours: { start: '21:00', end: '21:00' } }, 'quietHours.end'],
    [{ quietHours: { start: '25:00', end: '07:00' } }, 'quietHours.start'],
    [{ holidays: ['2026-02-30'] }, 'holidays.0'],
    [{ actions: { 'uae/nope': 'deny' } }, 'actions'],
    [{ registeredSenders: [''] }, 'registeredSenders.0'],
    [{ restrictedClasses: ['crypto'] }, 'restrictedClasses.0'],
    [{ ruleset: { version: 'x' } }, 'ruleset'],
    [{ profile: 'strict' }, ''],
  ])('refuses %j with PolicyConfigError naming %s', (options, path) => {
    try {
      uaeRules(options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      expect((error as PolicyConfigError).issues[0]!.path.join('.')).toContain(path);
    }
  });

  it('freezes the shipped ruleset', () => {
    expect(() => {
      (UAE_RULESET_2020_11_03.defaults as { timeZone: string }).timeZone = 'UTC';
    }).toThrow();
  });
});

describe('uae/recipient-number', () => {
  it.each([
    ['+971501234567', null],
    ['0501234567', null],
    ['+97142345678', 'deny'],
    ['+962791234567', null],
  ] as const)('%s → %s', async (to, action) => {
    const decision = await createPolicy({ rules: [recipientNumber()], defaultRegion: 'AE' }).check({
      ...BASE,
      to,
      text: 'x',
    });
    expect(decision.findings[0]?.action ?? null).toBe(action);
    if (action) expect(JSON.stringify(decision.findings)).not.toContain('2345678');
  });
});
