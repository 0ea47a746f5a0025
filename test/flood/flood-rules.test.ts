import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import type { RateLimit, RateStore } from '../../src/core/ports.js';
import { floodRules } from '../../src/flood/flood-rules.js';
import { hasMessage } from '../../src/locales/catalog.js';
import { policyWith } from './_fixture.js';

describe('floodRules', () => {
  it('ships five rate rules with docs pages and messages in both locales', () => {
    const rules = floodRules();
    expect(rules.map((rule) => rule.id)).toEqual([
      'flood/account-throughput',
      'flood/recipient-burst',
      'flood/duplicate-content',
      'flood/recipient-many-accounts',
      'flood/recipient-daily-cap',
    ]);
    for (const rule of rules) {
      expect(rule.stage).toBe('rate');
      expect(rule.meta.docs).toBe(`docs/rules/${rule.id}.md`);
      const id = `flood.${rule.id.split('/')[1]}`;
      expect(hasMessage('en', id) && hasMessage('ar', id)).toBe(true);
    }
    expect(hasMessage('ar', 'flood.duplicate-content-near')).toBe(true);
  });

  it('works without a store (shared memory default) and consumes nothing when one rule refuses', async () => {
    const policy = policyWith(floodRules({ accountThroughput: { limit: 2, windowMs: 60_000, burst: 1 } }));
    expect((await policy.check({ text: 'Weekend offer on coats', to: '0791111111' })).verdict).toBe('allow');
    // Each duplicate is denied by duplicate-content; had one consumed the account's single spare unit, the
    // next would be deferred by account-throughput (checked first) instead.
    for (let i = 0; i < 5; i++)
      expect((await policy.check({ text: 'Weekend offer on coats', to: '0791111111' })).verdict).toBe('deny');
    expect((await policy.check({ text: 'A different message about shoes', to: '0792222222' })).verdict).toBe('allow');
    expect((await policy.check({ text: 'A third one, about hats', to: '0793333333' })).verdict).toBe('defer');
  });

  it('`false` leaves a rule out; a policy rateStore replaces the default', async () => {
    const seen: RateLimit[][] = [];
    const store: RateStore = {
      consume: async (limits) => {
        seen.push(limits);
        return { allowed: true };
      },
    };
    const rules = floodRules({ duplicateContent: false, recipientDailyCap: false });
    expect(rules).toHaveLength(3);
    const policy = createPolicy({ rules, rateStore: store });
    await policy.check({ account: 'acme', senderId: 'adv Acme', to: '0791234567', text: 'Hi', kind: 'ADV' });
    expect(seen).toHaveLength(1); // one atomic call for all rules
    expect(seen[0]!.map((limit) => limit.key.split(':')[1])).toEqual(['account', 'recipient', 'accounts']);
  });

  it('a store failure becomes the policy onError action, not a crash', async () => {
    const store: RateStore = { consume: () => Promise.reject(new Error('connection refused to +962791234567')) };
    const policy = createPolicy({ rules: floodRules(), rateStore: store, onError: 'deny' });
    const decision = await policy.check({
      account: 'acme',
      senderId: 'adv Acme',
      to: '0791234567',
      text: 'Hi',
      kind: 'ADV',
    });
    expect(decision.verdict).toBe('deny');
    expect(JSON.stringify(decision)).not.toContain('962791234567');
  });

  it('rejects unknown options', () => {
    expect(() => floodRules({ nope: true } as never)).toThrow(/floodRules/);
  });
});
