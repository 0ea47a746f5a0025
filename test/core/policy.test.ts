import { describe, expect, it } from 'vitest';
import {
  createPolicy,
  defineRule,
  PolicyConfigError,
  type RateLimit,
  type RateStore,
  type Rule,
  type RuleWithDefaults,
} from '../../src/index.js';

const message = {
  account: 'acme',
  senderId: 'adv Acme',
  to: '+962791234567',
  text: 'Hello crypto fans',
  kind: 'ADV' as const,
};

/** A real in-test rate store: counts per key, all-or-nothing, records what was consumed. */
class CountingStore implements RateStore {
  readonly counts = new Map<string, number>();
  calls = 0;
  async consume(limits: RateLimit[]) {
    this.calls++;
    const blockedBy = limits.findIndex((l) => (this.counts.get(l.key) ?? 0) >= l.limit);
    if (blockedBy >= 0) return { allowed: false, blockedBy, retryAfterMs: 1000 };
    for (const l of limits) this.counts.set(l.key, (this.counts.get(l.key) ?? 0) + 1);
    return { allowed: true };
  }
}

function keywordRule(id: string, word: string, action: 'deny' | 'review' | 'warn'): Rule {
  return defineRule({
    id,
    check: (m, ctx) => {
      const at = m.text.indexOf(word);
      return at < 0
        ? []
        : [
            ctx.finding({
              action,
              messageId: id,
              message: `${word} found`,
              evidence: [{ span: [at, at + word.length], excerpt: ctx.excerpt([at, at + word.length]) }],
            }),
          ];
    },
  });
}

function rateRule(id: string, key: string, limit: number, action: 'deny' | 'warn' = 'deny'): Rule {
  return defineRule({
    id,
    claims: (_m, ctx) => [
      {
        limit: { key, limit, windowMs: 60_000 },
        onBlocked: () => ctx.finding({ action, messageId: id, message: `${key} over ${limit}` }),
      },
    ],
  });
}

describe('createPolicy', () => {
  it('runs custom rules as in the contract example', async () => {
    const noCrypto = defineRule({
      id: 'acme/no-crypto',
      check: (m, ctx) =>
        /crypto/i.test(m.text)
          ? [ctx.finding({ action: 'review', messageId: 'acme.no-crypto', message: 'Crypto promotions need review' })]
          : [],
    });
    const decision = await createPolicy({ rules: [noCrypto] }).check(message);
    expect(decision.verdict).toBe('review');
    expect(decision.findings[0]).toMatchObject({ ruleId: 'acme/no-crypto', message: 'Crypto promotions need review' });
  });

  it('evidence spans slice the original text', async () => {
    const decision = await createPolicy({ rules: [keywordRule('t/crypto', 'crypto', 'review')] }).check(message);
    const [start, end] = decision.findings[0]!.evidence![0]!.span!;
    expect(message.text.slice(start, end)).toBe('crypto');
  });

  it.each([
    ['deny', 'deny'],
    ['review', 'review'],
    ['allow', 'warn'],
  ] as const)('onError %s turns a throwing rule into a %s finding', async (onError, action) => {
    const boom = defineRule({
      id: 't/boom',
      check: () => {
        throw new Error('exploded near +962791234567');
      },
    });
    const decision = await createPolicy({ rules: [boom], onError }).check(message);
    expect(decision.findings).toHaveLength(1);
    expect(decision.findings[0]).toMatchObject({ ruleId: 't/boom', action, messageId: 'core.rule-error' });
    expect(JSON.stringify(decision)).not.toContain('962791234567');
  });

  it('a rejected async rule becomes a finding, not an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const failing = defineRule({
        id: 't/store-down',
        stage: 'stateful',
        check: async () => Promise.reject(new Error('ECONNREFUSED')),
      });
      const decision = await createPolicy({ rules: [failing], onError: 'deny' }).check(message);
      expect(decision.verdict).toBe('deny');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });

  it('a hung async rule times out with the onError action', async () => {
    const hung = defineRule({ id: 't/hung', stage: 'stateful', check: () => new Promise(() => undefined) });
    const started = Date.now();
    const decision = await createPolicy({ rules: [hung], timeoutMs: 50, onError: 'review' }).check(message);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(decision.findings[0]).toMatchObject({ messageId: 'core.rule-timeout', action: 'review' });
  });

  it('a stateless rule that returns a promise is reported, not awaited', () => {
    const wrong = defineRule({ id: 't/wrong', check: (async () => []) as never });
    const decision = createPolicy({ rules: [wrong], onError: 'deny' }).lint(message);
    expect(decision.verdict).toBe('deny');
  });

  it('consumes rate budget only when every other rule allows', async () => {
    const store = new CountingStore();
    const policy = createPolicy({
      rules: [rateRule('t/rate', 'acct', 10), keywordRule('t/casino', 'casino', 'deny')],
      rateStore: store,
    });
    await policy.check({ ...message, text: 'casino tonight' });
    expect(store.calls).toBe(0);
    await policy.check(message);
    expect(store.counts.get('acct')).toBe(1);
  });

  it('does not consume on review either', async () => {
    const store = new CountingStore();
    const policy = createPolicy({
      rules: [rateRule('t/rate', 'acct', 10), keywordRule('t/crypto', 'crypto', 'review')],
      rateStore: store,
    });
    expect((await policy.check(message)).verdict).toBe('review');
    expect(store.calls).toBe(0);
  });

  it('checks all claims in one call and consumes nothing when one blocks', async () => {
    const store = new CountingStore();
    const policy = createPolicy({ rules: [rateRule('t/a', 'a', 5), rateRule('t/b', 'b', 1)], rateStore: store });
    expect((await policy.check(message)).verdict).toBe('allow');
    const second = await policy.check(message);
    expect(second.verdict).toBe('deny');
    expect(second.findings[0]).toMatchObject({ ruleId: 't/b' });
    expect(store.counts.get('a')).toBe(1);
    expect(store.calls).toBe(2);
  });

  it('a warn-level limit that is exhausted is reported and the rest still consumed', async () => {
    const store = new CountingStore();
    const policy = createPolicy({
      rules: [rateRule('t/cap', 'cap', 1, 'warn'), rateRule('t/a', 'a', 5)],
      rateStore: store,
    });
    await policy.check(message);
    const second = await policy.check(message);
    expect(second.verdict).toBe('allow');
    expect(second.findings.map((f) => [f.ruleId, f.action])).toEqual([['t/cap', 'warn']]);
    expect(store.counts.get('a')).toBe(2);
    expect(store.counts.get('cap')).toBe(1);
  });

  it('a failing rate store yields the onError action', async () => {
    const broken: RateStore = { consume: async () => Promise.reject(new Error('redis down')) };
    const decision = await createPolicy({ rules: [rateRule('t/a', 'a', 5)], rateStore: broken, onError: 'deny' }).check(
      message,
    );
    expect(decision.findings[0]).toMatchObject({
      ruleId: 'core/rate-store',
      action: 'deny',
      messageId: 'core.rate-error',
    });
  });

  it('uses a default rate store offered by a rule when none is given', async () => {
    const store = new CountingStore();
    const rule = { ...rateRule('t/a', 'a', 1), defaults: { rateStore: () => store } } satisfies RuleWithDefaults;
    const policy = createPolicy({ rules: [rule] });
    await policy.check(message);
    expect((await policy.check(message)).verdict).toBe('deny');
  });

  it('lint skips stateful and rate rules and rules needing `to`', () => {
    const needsTo = defineRule({
      id: 't/needs-to',
      needs: ['to'],
      check: (_m, ctx) => [ctx.finding({ action: 'deny', messageId: 'x', message: 'x' })],
    });
    const stateful = defineRule({
      id: 't/stateful',
      stage: 'stateful',
      check: async (_m, ctx) => [ctx.finding({ action: 'deny', messageId: 'x', message: 'x' })],
    });
    const policy = createPolicy({ rules: [needsTo, stateful, rateRule('t/rate', 'k', 0)] });
    expect(policy.lint({ senderId: 'adv A', text: 'hi', kind: 'ADV' }).findings).toEqual([]);
    expect(policy.lint({ senderId: 'adv A', text: 'hi', kind: 'ADV', to: '0791234567' }).findings).toHaveLength(1);
  });

  it('resolves shipped message ids in Arabic when the locale is ar', async () => {
    const boom = defineRule({
      id: 't/boom',
      check: () => {
        throw new Error('x');
      },
    });
    const decision = await createPolicy({ rules: [boom], locale: 'ar' }).check(message);
    expect(decision.findings[0]!.message).toMatch(/[\u0600-\u06FF]/);
  });

  it.each([
    ['duplicate rule ids', { rules: [keywordRule('t/x', 'x', 'deny'), keywordRule('t/x', 'y', 'deny')] }],
    ['a non-rule in rules', { rules: [{ nope: true }] }],
    ['an unknown locale', { rules: [], locale: 'fr' }],
    ['an unknown onError', { rules: [], onError: 'explode' }],
    [
      'consent rules without a ledger',
      { rules: [defineRule({ id: 't/c', stage: 'stateful', needs: ['consent'], check: async () => [] })] },
    ],
  ])('rejects %s with PolicyConfigError', (_name, options) => {
    expect(() => createPolicy(options as never)).toThrow(PolicyConfigError);
  });

  it('defineRule rejects ids that are not domain/kebab-case', () => {
    expect(() => defineRule({ id: 'NoSlash', check: () => [] })).toThrow(PolicyConfigError);
    expect(() => defineRule({ id: 'acme/Bad_Case', check: () => [] })).toThrow(/kebab/);
  });
});

describe('decision audit record', () => {
  it('records kind, sender, masked recipient, keyed text hash and rule ids, and nothing personal', async () => {
    const { createHmac } = await import('node:crypto');
    const auditKey = 'audit-key-for-tests-0123';
    const decision = await createPolicy({ rules: [keywordRule('t/crypto', 'crypto', 'review')], auditKey }).check({
      ...message,
      campaignId: 'c1',
    });
    expect(decision.audit).toEqual({
      at: expect.any(String),
      kind: 'ADV',
      senderId: 'adv Acme',
      account: 'acme',
      campaignId: 'c1',
      to: '+96279•••4567',
      country: 'JO',
      textHmac: createHmac('sha256', auditKey).update(message.text).digest('hex'),
      ruleIds: ['t/crypto'],
    });
    const serialised = JSON.stringify(decision.audit);
    expect(serialised).not.toContain('962791234567');
    expect(serialised).not.toContain(message.text);
  });
});

describe('consent questions within one message', () => {
  it('asks the ledger each distinct question once per message, and again for the next message', async () => {
    const asked: string[] = [];
    const ledger = {
      async status(query: { subject: string; kind: string }) {
        asked.push(`${query.subject}|${query.kind}`);
        return { state: 'granted' as const };
      },
    };
    const askingRule = (id: string, kind: 'ADV' | 'SRV') =>
      defineRule({
        id,
        stage: 'stateful',
        check: async (m, ctx) => {
          const status = await ctx.consent!.status({ subject: m.to!, account: m.account!, kind });
          return status.state === 'granted' ? [] : [ctx.finding({ action: 'deny', messageId: 'x', message: 'no' })];
        },
      });
    const policy = createPolicy({
      rules: [askingRule('t/a', 'ADV'), askingRule('t/b', 'ADV'), askingRule('t/c', 'SRV')],
      consent: ledger,
    });
    expect((await policy.check(message)).verdict).toBe('allow');
    expect(asked).toEqual(['+962791234567|ADV', '+962791234567|SRV']);
    await policy.check(message);
    expect(asked).toHaveLength(4);
  });
});

describe('synchronous rate stores', () => {
  it('uses consumeSync when the store has one, with the same all-or-nothing outcome', async () => {
    const store = new CountingStore();
    let syncCalls = 0;
    const sync = Object.assign(store, {
      consumeSync(limits: RateLimit[]) {
        syncCalls++;
        const blockedBy = limits.findIndex((l) => (store.counts.get(l.key) ?? 0) >= l.limit);
        if (blockedBy >= 0) return { allowed: false, blockedBy, retryAfterMs: 1000 };
        for (const l of limits) store.counts.set(l.key, (store.counts.get(l.key) ?? 0) + 1);
        return { allowed: true };
      },
    });
    const policy = createPolicy({ rules: [rateRule('t/a', 'a', 5), rateRule('t/b', 'b', 1)], rateStore: sync });
    expect((await policy.check(message)).verdict).toBe('allow');
    expect((await policy.check(message)).verdict).toBe('deny');
    expect(store.counts.get('a')).toBe(1);
    expect(syncCalls).toBe(2);
    expect(store.calls).toBe(0);
  });

  it('a throwing consumeSync yields the onError action', async () => {
    const broken: RateStore = {
      consume: async () => ({ allowed: true }),
      consumeSync: () => {
        throw new Error('corrupt state');
      },
    };
    const decision = await createPolicy({ rules: [rateRule('t/a', 'a', 5)], rateStore: broken, onError: 'deny' }).check(
      message,
    );
    expect(decision.findings[0]).toMatchObject({ ruleId: 'core/rate-store', action: 'deny' });
  });
});
