/** MemoryRateStore: all-or-nothing against per-key reference models, bounds, lazy expiry, typed errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import type { RateLimit } from '../../src/core/ports.js';
import type { MemberRateLimit } from '../../src/core/rate-limit.js';
import { gcraDecide } from '../../src/flood/gcra.js';
import { MemoryRateStore } from '../../src/flood/memory-store.js';
import { slidingLogDecide, type SlidingLogState } from '../../src/flood/sliding-log.js';

const LIMITS: MemberRateLimit[] = [
  { key: 'a', limit: 3, windowMs: 1_000, burst: 1 },
  { key: 'b', limit: 2, windowMs: 500 },
  { key: 'c', limit: 2, windowMs: 800, algorithm: 'sliding' },
  { key: 'd', limit: 4, windowMs: 2_000, algorithm: 'fixed' },
];

describe('MemoryRateStore', () => {
  it('consumes all-or-nothing: equals a reference that checks every limit first, then consumes each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.subarray([0, 1, 2, 3], { minLength: 1 })), {
          minLength: 1,
          maxLength: 150,
        }),
        (steps) => {
          const store = new MemoryRateStore();
          const gcra = new Map<string, number>();
          const logs = new Map<string, SlidingLogState>();
          const fixed = new Map<string, { index: number; count: number }>();
          let now = 0;
          for (const [gap, picks] of steps) {
            now += gap;
            const limits = picks.map((i) => LIMITS[i]!);
            const verdicts = limits.map((limit) => {
              if (limit.algorithm === 'sliding') return slidingLogDecide(logs.get(limit.key), now, limit).allowed;
              if (limit.algorithm === 'fixed') {
                const index = Math.floor(now / limit.windowMs);
                const state = fixed.get(limit.key);
                return (state?.index === index ? state.count : 0) < limit.limit;
              }
              return gcraDecide(gcra.get(limit.key), now, limit).allowed;
            });
            const expected = verdicts.every(Boolean);
            const result = store.consumeSync(limits, now);
            expect(result.allowed).toBe(expected);
            if (!expected) expect(result.blockedBy).toBe(verdicts.indexOf(false));
            if (!expected) continue;
            for (const limit of limits) {
              if (limit.algorithm === 'sliding')
                logs.set(limit.key, slidingLogDecide(logs.get(limit.key), now, limit).state);
              else if (limit.algorithm === 'fixed') {
                const index = Math.floor(now / limit.windowMs);
                const state = fixed.get(limit.key);
                fixed.set(limit.key, { index, count: (state?.index === index ? state.count : 0) + 1 });
              } else gcra.set(limit.key, gcraDecide(gcra.get(limit.key), now, limit).tat);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a denied call moves no counter', async () => {
    const store = new MemoryRateStore();
    const wide = { key: 'wide', limit: 100, windowMs: 60_000, algorithm: 'fixed' as const };
    const narrow = { key: 'narrow', limit: 1, windowMs: 60_000, algorithm: 'fixed' as const };
    expect((await store.consume([wide, narrow], 0)).allowed).toBe(true);
    for (let i = 0; i < 50; i++) expect((await store.consume([wide, narrow], 1)).allowed).toBe(false);
    // 99 units of `wide` are still there: the 50 denied calls took none.
    let passed = 0;
    while ((await store.consume([wide], 2)).allowed) passed++;
    expect(passed).toBe(99);
  });

  it('a key named twice in one call counts twice', () => {
    const store = new MemoryRateStore();
    const limit: RateLimit = { key: 'x', limit: 3, windowMs: 60_000, algorithm: 'fixed' };
    expect(store.consumeSync([limit, limit], 0).allowed).toBe(true);
    expect(store.consumeSync([limit, limit], 0)).toMatchObject({ allowed: false, blockedBy: 1 });
    expect(store.consumeSync([limit], 0).allowed).toBe(true);
  });

  it('reports retryAfterMs for the refusing limit', () => {
    const store = new MemoryRateStore();
    const day: RateLimit = { key: 'day', limit: 1, windowMs: 86_400_000, algorithm: 'fixed', timeZone: 'Asia/Amman' };
    const now = Date.parse('2025-06-01T20:00:00Z'); // 23:00 in Amman
    store.consumeSync([day], now);
    expect(store.consumeSync([day], now)).toEqual({ allowed: false, blockedBy: 0, retryAfterMs: 3_600_000 });
  });

  it('stays within maxKeys, evicting expired keys first, then the least recently used', () => {
    const store = new MemoryRateStore({ maxKeys: 100 });
    for (let i = 0; i < 100; i++) store.consumeSync([{ key: `old${i}`, limit: 1, windowMs: 10 }], 0);
    expect(store.size).toBe(100);
    for (let i = 0; i < 100; i++) store.consumeSync([{ key: `new${i}`, limit: 1, windowMs: 60_000 }], 1_000);
    expect(store.size).toBeLessThanOrEqual(100);
    expect(store.evictions).toBe(0); // every old key had expired
    // A refused call writes nothing but USES new0: it becomes the most recently used key.
    expect(store.consumeSync([{ key: 'new0', limit: 1, windowMs: 60_000 }], 1_001).allowed).toBe(false);
    store.consumeSync([{ key: 'extra', limit: 1, windowMs: 60_000 }], 1_002);
    expect(store.size).toBe(100);
    expect(store.evictions).toBe(1);
    // new1 is now the one used longest ago, so it was evicted and passes again; new0 kept its state.
    expect(store.consumeSync([{ key: 'new1', limit: 1, windowMs: 60_000 }], 1_003).allowed).toBe(true);
    expect(store.consumeSync([{ key: 'new0', limit: 1, windowMs: 60_000 }], 1_004).allowed).toBe(false);
  });

  it('keeps every (algorithm, key) pair apart, however alike their names', () => {
    const store = new MemoryRateStore();
    const keys = [...'abcdefghijklmnopqrstuvwxyz'].flatMap((c) => [c, `${c}${c}`, `:${c}`]);
    const limits = (['gcra', 'fixed', 'sliding'] as const).flatMap((algorithm) =>
      keys.map((key): MemberRateLimit => ({ key, limit: 1, windowMs: 60_000, algorithm })),
    );
    // One unit each: if two pairs shared a state, the second of them would be refused here.
    for (const limit of limits) expect(store.consumeSync([limit], 0).allowed).toBe(true);
    expect(store.size).toBe(limits.length);
    for (const limit of limits) expect(store.consumeSync([limit], 1).allowed).toBe(false);
  });

  it('a hot key keeps its exact count while a stream of cold keys is evicted around it', () => {
    const store = new MemoryRateStore({ maxKeys: 1_000 });
    const hot: MemberRateLimit = { key: 'account:hot', limit: 5_000, windowMs: 3_600_000, algorithm: 'fixed' };
    let allowed = 0;
    for (let i = 0; i < 50_000; i++) {
      // 50,000 distinct cold keys, fifty times maxKeys, each used once and live for an hour.
      store.consumeSync([{ key: `cold${i}`, limit: 1, windowMs: 3_600_000 }], i);
      if (i % 5 === 0 && store.consumeSync([hot], i).allowed) allowed++;
    }
    expect(store.evictions).toBeGreaterThan(48_000);
    expect(store.size).toBeLessThanOrEqual(1_000);
    // 10,000 tries on the hot key: exactly its limit went through, as if nothing had been evicted.
    expect(allowed).toBe(5_000);
    expect(store.consumeSync([hot], 50_000).allowed).toBe(false);
  });

  it('frees expired keys as time passes, without a scan: the size follows the live keys', () => {
    const store = new MemoryRateStore({ maxKeys: 1_000_000 });
    // One new key per millisecond, each live for 5 s: about 5,000 are live at any time.
    for (let i = 0; i < 60_000; i++) store.consumeSync([{ key: `k${i}`, limit: 1, windowMs: 5_000 }], i);
    expect(store.size).toBeGreaterThanOrEqual(5_000);
    expect(store.size).toBeLessThan(8_000);
    expect(store.evictions).toBe(0);
    // Every algorithm expires: fixed windows at their end, sliding logs a window after their last entry.
    const mixed = new MemoryRateStore({ maxKeys: 1_000_000 });
    for (let i = 0; i < 30_000; i++) {
      const algorithm = (['gcra', 'fixed', 'sliding'] as const)[i % 3]!;
      mixed.consumeSync([{ key: `m${i}`, limit: 2, windowMs: 2_000, algorithm }], i);
    }
    expect(mixed.size).toBeLessThan(6_000);
  });

  it('expires lazily: keys past their window are swept by later writes, with no timers', () => {
    const store = new MemoryRateStore();
    for (let i = 0; i < 1_000; i++) store.consumeSync([{ key: `k${i}`, limit: 1, windowMs: 100 }], i);
    const sizeBefore = store.size;
    for (let i = 0; i < 1_000; i++) store.consumeSync([{ key: `later${i}`, limit: 1, windowMs: 100 }], 10_000 + i);
    expect(store.size).toBeLessThan(sizeBefore + 1_000);
    expect(store.size).toBeLessThanOrEqual(1_000);
  });

  it.each([
    [{ key: '', limit: 1, windowMs: 1 }, 'key'],
    [{ key: 'k', limit: 0, windowMs: 1 }, 'limit'],
    [{ key: 'k', limit: 1.5, windowMs: 1 }, 'limit'],
    [{ key: 'k', limit: 1, windowMs: -1 }, 'windowMs'],
    [{ key: 'k', limit: 1, windowMs: 1, algorithm: 'token' }, 'algorithm'],
    [{ key: 'k', limit: 1, windowMs: 1, burst: -2 }, 'burst'],
    [{ key: 'k', limit: 1, windowMs: 1, algorithm: 'fixed', timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ key: 'k', limit: 1, windowMs: 1, member: 'x' }, 'member'],
  ])('rejects a bad limit %o with PolicyInputError naming %s', async (limit, field) => {
    const store = new MemoryRateStore();
    const error = await store.consume([limit as RateLimit], 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).issues[0]?.path).toEqual(['limits', 0, field]);
  });

  it('rejects bad options at construction', () => {
    expect(() => new MemoryRateStore({ maxKeys: 0 })).toThrow(/maxKeys/);
  });
});
