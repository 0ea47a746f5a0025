/**
 * A long field never switches a limit off: rate keys of any length are stored safely (long or malformed keys are
 * hashed) by the memory store and by a real Redis, so a custom rule's 5,000-character key is limited like any other.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisRateStore } from '../../src/adapters/redis.js';
import { createPolicy, defineRule, floodRules, MAX_ACCOUNT_LENGTH, MemoryRateStore } from '../../src/index.js';
import type { RateStore } from '../../src/core/ports.js';
import { serviceGate } from '../helpers/services.js';

const redis = await serviceGate('redis');

/** A custom rule keyed by the account and a long campaign tag, 5 per minute. */
const longKeyRule = (tag: string) =>
  defineRule({
    id: 'acme/per-campaign',
    claims: (message, ctx) => [
      {
        limit: { key: `campaign:${tag}:${message.account}`, limit: 5, windowMs: 60_000, algorithm: 'fixed' },
        onBlocked: () => ctx.finding({ action: 'deny', messageId: 'acme.campaign', message: 'campaign limit' }),
      },
    ],
  });

const message = (i: number) => ({
  account: 'acme',
  senderId: 'Acme',
  to: `0791${String(100_000 + i)}`,
  text: `Your code is ${1000 + i}`,
  kind: 'SRV' as const,
});

async function allowedOf(store: RateStore, tag: string, sends = 50): Promise<number> {
  // The OTP recipe: a store failure would let everything through, so a refused key would show as 50 of 50.
  const policy = createPolicy({ rules: [longKeyRule(tag)], rateStore: store, onError: 'allow' });
  let allowed = 0;
  for (let i = 0; i < sends; i++) {
    const decision = await policy.check(message(i));
    expect(decision.findings.filter((f) => f.ruleId === 'core/rate-store')).toEqual([]);
    if (decision.verdict === 'allow') allowed++;
  }
  return allowed;
}

function describeStore(name: string, open: () => RateStore & { close?(): Promise<void> }) {
  describe(`long rate keys: ${name}`, () => {
    const stores: Array<RateStore & { close?(): Promise<void> }> = [];
    const fresh = () => {
      const store = open();
      stores.push(store);
      return store;
    };
    afterAll(async () => {
      for (const store of stores) await store.close?.();
    });

    it('a 5,000-character key is limited like a short one: 5 of 50 allowed', async () => {
      expect(await allowedOf(fresh(), 'x'.repeat(5_000))).toBe(5);
    });

    it('two long keys that share their first 4,000 characters are two buckets', async () => {
      const store = fresh();
      const shared = 'y'.repeat(4_000);
      expect(await allowedOf(store, `${shared}-a`, 10)).toBe(5);
      expect(await allowedOf(store, `${shared}-b`, 10)).toBe(5);
      expect(await allowedOf(store, `${shared}-a`, 3)).toBe(0);
    });

    it('keys that differ only by an unpaired surrogate are two buckets, not one', async () => {
      const store = fresh();
      expect(await allowedOf(store, 'tag\uD800', 6)).toBe(5);
      expect(await allowedOf(store, 'tag\uD801', 6)).toBe(5);
    });

    it('floodRules at the longest account and sender ID still limit the account', async () => {
      const policy = createPolicy({
        rules: floodRules({ accountThroughput: { limit: 3, windowMs: 60_000, burst: 2 } }),
        rateStore: fresh(),
        onError: 'allow',
      });
      const account = `${Date.now()}`.padEnd(MAX_ACCOUNT_LENGTH, 'a');
      let allowed = 0;
      for (let i = 0; i < 10; i++) {
        const decision = await policy.check({ ...message(i), account, senderId: 'S'.repeat(64) });
        if (decision.verdict === 'allow') allowed++;
      }
      expect(allowed).toBe(3);
    });
  });
}

describeStore('memory', () => new MemoryRateStore());

describe.skipIf(redis.skip)('on a real Redis', () => {
  const prefix = `longkeys${Date.now()}`;
  afterAll(async () => {
    const admin = new Redis(redis.url);
    const keys = await admin.keys(`${prefix}*`);
    // Every stored key stays short, whatever the key the rule asked for.
    expect(keys.length).toBeGreaterThan(0);
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThan(300);
    if (keys.length > 0) await admin.del(...keys);
    await admin.quit();
  });
  let n = 0;
  describeStore('redis', () => createRedisRateStore({ url: redis.url, prefix: `${prefix}${n++}`, timeoutMs: 2_000 }));
});
