/** MemoryRateStore: all-or-nothing against per-key reference models, bounds, lazy expiry, typed errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import type { RateLimit } from '../../src/core/ports.js';
import type { FloodRateLimit } from '../../src/flood/_limits.js';
import { gcraDecide } from '../../src/flood/gcra.js';
import { MemoryRateStore } from '../../src/flood/memory-store.js';
import { slidingLogDecide, type SlidingLogState } from '../../src/flood/sliding-log.js';

const LIMITS: FloodRateLimit[] = [
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

  it('stays within maxKeys, evicting expired keys first, then the least recently written', () => {
    const store = new MemoryRateStore({ maxKeys: 100 });
    for (let i = 0; i < 100; i++) store.consumeSync([{ key: `old${i}`, limit: 1, windowMs: 10 }], 0);
    expect(store.size).toBe(100);
    for (let i = 0; i < 100; i++) store.consumeSync([{ key: `new${i}`, limit: 1, windowMs: 60_000 }], 1_000);
    expect(store.size).toBeLessThanOrEqual(100);
    expect(store.evictions).toBe(0); // every old key had expired
    store.consumeSync([{ key: 'new0', limit: 1, windowMs: 60_000 }], 1_001); // refused, nothing written
    store.consumeSync([{ key: 'extra', limit: 1, windowMs: 60_000 }], 1_002);
    expect(store.size).toBe(100);
    expect(store.evictions).toBe(1);
    // new0 was written first, so it was the one evicted: it passes again.
    expect(store.consumeSync([{ key: 'new0', limit: 1, windowMs: 60_000 }], 1_003).allowed).toBe(true);
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
