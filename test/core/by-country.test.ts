/** byCountry: each recipient gets its own country's pack and nothing else; compose rules read findings. */
import { describe, expect, it } from 'vitest';
import { byCountry } from '../../src/core/by-country.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { MemoryRateStore } from '../../src/flood/memory-store.js';
import { createPolicy } from '../../src/core/policy.js';
import { defineRule } from '../../src/core/rule.js';
import type { Rule } from '../../src/core/types.js';

const marker = (id: string, stage: 'stateless' | 'stateful' = 'stateless'): Rule =>
  defineRule({
    id,
    stage,
    check: (_message, ctx) => [ctx.finding({ action: 'warn', messageId: id, message: id })],
  });

const BASE = { account: 'acme', senderId: 'Acme', kind: 'SRV' as const, text: 'Your code is 1234' };
const TO = { JO: '+962791234567', AE: '+971501234567', SA: '+966501234567', EG: '+201001234567' };

const ids = (findings: Array<{ ruleId: string }>) => findings.map((f) => f.ruleId).sort();

describe('byCountry', () => {
  const packs = {
    JO: [marker('jo/a'), marker('jo/b', 'stateful')],
    AE: [marker('ae/a')],
    SA: [marker('sa/a', 'stateful')],
  };

  it.each([
    ['JO', ['jo/a', 'jo/b']],
    ['AE', ['ae/a']],
    ['SA', ['sa/a']],
  ] as const)('a recipient in %s gets only its pack', async (country, expected) => {
    const policy = createPolicy({ rules: [byCountry(packs)] });
    const decision = await policy.check({ ...BASE, to: TO[country] });
    expect(ids(decision.findings)).toEqual([...expected].sort());
  });

  it('a recipient of no listed country gets one core/no-pack review finding, number masked', async () => {
    const policy = createPolicy({ rules: [byCountry(packs)] });
    const decision = await policy.check({ ...BASE, to: TO.EG });
    expect(decision.verdict).toBe('review');
    expect(ids(decision.findings)).toEqual(['core/no-pack']);
    const data = decision.findings[0]!.evidence![0]!.data!;
    expect(data.country).toBe('EG');
    expect(String(data.recipient)).not.toContain('1001234567');
    expect(decision.findings[0]!.message).toContain('EG');
  });

  it.each([
    ['deny', 'deny', ['core/no-pack']],
    ['allow', 'allow', []],
  ] as const)('otherwise: %s', async (otherwise, verdict, expected) => {
    const policy = createPolicy({ rules: [byCountry(packs, { otherwise })] });
    const decision = await policy.check({ ...BASE, to: TO.EG });
    expect(decision.verdict).toBe(verdict);
    expect(ids(decision.findings)).toEqual(expected);
  });

  it('otherwise: rules apply to unlisted countries only', async () => {
    const policy = createPolicy({ rules: [byCountry(packs, { otherwise: [marker('any/x')] })] });
    expect(ids((await policy.check({ ...BASE, to: TO.EG })).findings)).toEqual(['any/x']);
    expect(ids((await policy.check({ ...BASE, to: TO.AE })).findings)).toEqual(['ae/a']);
  });

  it('rules outside the router apply to every recipient', async () => {
    const policy = createPolicy({ rules: [marker('all/x'), byCountry(packs)] });
    expect(ids((await policy.check({ ...BASE, to: TO.AE })).findings)).toEqual(['ae/a', 'all/x']);
  });

  it('lint without a number routes by the default region; with a number by the number', () => {
    const jo = createPolicy({ rules: [byCountry(packs)] });
    expect(ids(jo.lint({ senderId: 'Acme', kind: 'SRV', text: 'Hi' }).findings)).toEqual(['jo/a']);
    const ae = createPolicy({ rules: [byCountry(packs)], defaultRegion: 'AE' });
    expect(ids(ae.lint({ senderId: 'Acme', kind: 'SRV', text: 'Hi' }).findings)).toEqual(['ae/a']);
    expect(ids(jo.lint({ senderId: 'Acme', kind: 'SRV', text: 'Hi', to: TO.AE }).findings)).toEqual(['ae/a']);
    const eg = createPolicy({ rules: [byCountry(packs)], defaultRegion: 'EG' });
    expect(ids(eg.lint({ senderId: 'Acme', kind: 'SRV', text: 'Hi' }).findings)).toEqual(['core/no-pack']);
  });

  it('policy.rules lists the routed rules, one per id, with their stages', () => {
    const policy = createPolicy({ rules: [byCountry(packs)] });
    expect(policy.rules.map((r) => `${r.id}:${r.stage}`)).toEqual([
      'core/no-pack:stateless',
      'jo/a:stateless',
      'jo/b:stateful',
      'ae/a:stateless',
      'sa/a:stateful',
    ]);
  });

  it('one pack under two countries shares one routed rule per id', async () => {
    const shared = [marker('gulf/a')];
    const policy = createPolicy({ rules: [byCountry({ AE: shared, SA: shared })] });
    expect(policy.rules.filter((r) => r.id === 'gulf/a')).toHaveLength(1);
    expect(ids((await policy.check({ ...BASE, to: TO.SA })).findings)).toEqual(['gulf/a']);
    expect(ids((await policy.check({ ...BASE, to: TO.JO })).findings)).toEqual(['core/no-pack']);
  });

  it('routes rate claims: a cap of one country never consumes for another', async () => {
    const cap = defineRule({
      id: 'ae/cap',
      claims: (message, ctx) => [
        {
          limit: { key: `cap:${message.to}`, limit: 1, windowMs: 60_000 },
          onBlocked: () => ctx.finding({ action: 'deny', messageId: 'ae.cap', message: 'cap' }),
        },
      ],
    });
    const rateStore = new MemoryRateStore();
    const policy = createPolicy({ rules: [byCountry({ AE: [cap], JO: [] })], rateStore });
    const at = '2026-03-10T10:00:00Z';
    expect((await policy.check({ ...BASE, to: TO.AE, at })).verdict).toBe('allow');
    expect((await policy.check({ ...BASE, to: TO.AE, at })).verdict).toBe('deny');
    for (let i = 0; i < 3; i++) expect((await policy.check({ ...BASE, to: TO.JO, at })).verdict).toBe('allow');
  });

  it.each([
    ['a lowercase key', () => byCountry({ ae: [] })],
    ['a non-array pack', () => byCountry({ AE: 'uae' as never })],
    ['a non-rule in a pack', () => byCountry({ AE: [{}] as never })],
    ['a nested router', () => byCountry({ AE: [byCountry({ SA: [] })] })],
    ['an unknown otherwise', () => byCountry({}, { otherwise: 'maybe' as never })],
    ['an unknown option', () => byCountry({}, { other: 1 } as never)],
    [
      'a duplicate id after expansion',
      () => createPolicy({ rules: [marker('ae/a'), byCountry({ AE: [marker('ae/a')] })] }),
    ],
  ])('refuses %s with PolicyConfigError', (_name, build) => {
    expect(build).toThrow(PolicyConfigError);
  });

  it('names the bad key in the error', () => {
    try {
      byCountry({ Jo: [] });
      expect.unreachable();
    } catch (error) {
      expect((error as PolicyConfigError).issues[0]!.path).toEqual(['packs', 'Jo']);
    }
  });
});

describe('compose rules', () => {
  const reader = defineRule({
    id: 'x/reader',
    stage: 'compose',
    check: (_message, ctx) => {
      const seen = (ctx.findings ?? []).map((f) => f.ruleId).join(',');
      return [ctx.finding({ action: 'info', messageId: 'x.reader', message: seen })];
    },
  });

  it('see the findings of the stateless and stateful rules, in check and in lint', async () => {
    const policy = createPolicy({ rules: [reader, marker('x/one'), marker('x/two', 'stateful')] });
    const checked = await policy.check({ ...BASE, to: TO.JO });
    expect(checked.findings.find((f) => f.ruleId === 'x/reader')!.message).toBe('x/one,x/two');
    const linted = policy.lint({ senderId: 'Acme', kind: 'SRV', text: 'Hi' });
    expect(linted.findings.find((f) => f.ruleId === 'x/reader')!.message).toBe('x/one');
  });

  it('cannot change the findings they read', async () => {
    const mutator = defineRule({
      id: 'x/mutator',
      stage: 'compose',
      check: (_message, ctx) => {
        (ctx.findings as unknown as unknown[]).length = 0;
        return [];
      },
    });
    const decision = await createPolicy({ rules: [marker('x/one'), mutator] }).check({ ...BASE, to: TO.JO });
    expect(ids(decision.findings)).toEqual(['x/mutator', 'x/one']);
    expect(decision.findings.find((f) => f.ruleId === 'x/mutator')!.messageId).toBe('core.rule-error');
  });
});
