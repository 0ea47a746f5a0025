/**
 * MemoryRateStore: the default rate store, for one process.
 *
 * State per key is what the algorithm needs and nothing more: a GCRA key is one number (its TAT), a fixed
 * window its index and count, a sliding log its times, held in a `KeyTable` (parallel typed arrays, no
 * object per key). There is no timer: state expires lazily (read as empty once past its expiry), and expiry
 * buckets let each write free the keys whose second has passed, a few at a time, in O(1) amortised. When
 * `maxKeys` is reached, expired keys go first, then the least recently USED live key (read or written) is
 * evicted, counted in `evictions`: a hot key, even one being refused, is never the one to go. An evicted key
 * restarts from empty, which lets more through, so size `maxKeys` above the live key count (see
 * docs/guide/scaling.md).
 */
import { z } from 'zod';
import type { RateConsumeResult, RateStore } from '../core/ports.js';
import { type Algorithm, FIXED, GCRA, hashKey, KeyTable, lastHashHigh, SLIDING } from './_key-table.js';
import { assertLimits, type MemberRateLimit } from '../core/rate-limit.js';
import { fixedWindowDecide } from './fixed-window.js';
import { type SlidingLogState, slidingLogDecide, slidingLogExpiresAt } from './sliding-log.js';
import { parseOptions } from '../core/options.js';

export interface MemoryRateStoreOptions {
  /** Most keys kept (all algorithms together). Default 1,000,000. */
  maxKeys?: number;
}

/** A write decided by the check phase, applied only when every limit allows. */
interface Pending {
  kind: Algorithm;
  key: string;
  /** The key's 64-bit hash, in two halves. */
  low: number;
  high: number;
  /** The key's slot when it exists (even expired), else -1. */
  slot: number;
  a: number;
  b: number;
  log: SlidingLogState | undefined;
  expiresAt: number;
}

const optionsSchema = z
  .object({ maxKeys: z.number().int().min(1).max(100_000_000).optional() })
  .strict()
  .optional();

const KINDS: Record<string, Algorithm> = { gcra: GCRA, fixed: FIXED, sliding: SLIDING };

/**
 * An in-process `RateStore`: atomic all-or-nothing consumption over any mix of GCRA, fixed (optionally
 * calendar-aligned) and sliding-log limits, bounded by `maxKeys`, with O(1) amortised expiry and eviction.
 *
 * @example
 * const store = new MemoryRateStore({ maxKeys: 200_000 });
 * const result = await store.consume(
 *   [
 *     { key: 'account:acme', limit: 20, windowMs: 1_000, burst: 20 },
 *     { key: 'recipient:+962791234567', limit: 1, windowMs: 86_400_000, algorithm: 'fixed', timeZone: 'Asia/Amman' },
 *   ],
 *   Date.now(),
 * );
 * if (!result.allowed) console.log(`limit ${result.blockedBy} refused; retry in ${result.retryAfterMs} ms`);
 */
export class MemoryRateStore implements RateStore {
  readonly maxKeys: number;
  #table: KeyTable;
  /** Pending writes are reused from call to call (a call is synchronous): no allocation per limit. */
  #pool: Pending[] = [];

  constructor(options?: MemoryRateStoreOptions) {
    parseOptions(optionsSchema, options ?? {}, 'MemoryRateStore');
    this.maxKeys = options?.maxKeys ?? 1_000_000;
    this.#table = new KeyTable(this.maxKeys);
  }

  /** Keys currently held (expired ones not yet swept included). */
  get size(): number {
    return this.#table.size;
  }

  /** Live keys evicted because `maxKeys` was reached since construction. */
  get evictions(): number {
    return this.#table.evictions;
  }

  /** Forgets every key. */
  clear(): void {
    this.#table.clear();
  }

  consume(limits: MemberRateLimit[], nowMs: number): Promise<RateConsumeResult> {
    try {
      return Promise.resolve(this.consumeSync(limits, nowMs));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The synchronous core of `consume` (same semantics). */
  consumeSync(limits: MemberRateLimit[], nowMs: number): RateConsumeResult {
    assertLimits(limits);
    if (!Number.isFinite(nowMs)) throw new TypeError('nowMs must be a finite number');
    const table = this.#table;
    const pool = this.#pool;
    let count = 0;
    for (let i = 0; i < limits.length; i++) {
      const limit = limits[i]!;
      const kind = KINDS[limit.algorithm ?? 'gcra']!;
      const earlier = count > 0 ? findPending(pool, count, kind, limit.key) : undefined;
      let next: Pending;
      let live = true;
      if (earlier) next = earlier;
      else {
        const low = hashKey(kind, limit.key);
        const high = lastHashHigh();
        const slot = table.touch(low, high);
        live = slot >= 0 && table.expires[slot]! > nowMs;
        next = pool[count] ?? { kind, key: '', low: 0, high: 0, slot: -1, a: 0, b: 0, log: undefined, expiresAt: 0 };
        pool[count] = next;
        next.kind = kind;
        next.key = limit.key;
        next.low = low;
        next.high = high;
        next.slot = slot;
        next.log = undefined;
      }
      const slot = next.slot;
      if (kind === GCRA) {
        // gcraDecide, inlined (no result object per limit): conforming when max(tat, now) − now ≤ burst·T.
        const tat = earlier ? earlier.a : live ? table.a[slot]! : nowMs;
        const interval = limit.windowMs / limit.limit;
        const base = Math.max(tat, nowMs);
        if (base - nowMs > (limit.burst ?? 0) * interval) {
          const retryAfterMs = Math.max(1, Math.ceil(base - (limit.burst ?? 0) * interval - nowMs));
          return { allowed: false, blockedBy: i, retryAfterMs };
        }
        next.a = next.expiresAt = base + interval;
      } else if (kind === FIXED) {
        const state = earlier
          ? { index: earlier.a, count: earlier.b }
          : live
            ? { index: table.a[slot]!, count: table.b[slot]! }
            : undefined;
        const outcome = fixedWindowDecide(state, nowMs, limit);
        if (!outcome.allowed) return { allowed: false, blockedBy: i, retryAfterMs: outcome.retryAfterMs };
        next.a = outcome.state.index;
        next.b = outcome.state.count;
        next.expiresAt = outcome.endMs;
      } else {
        const state = earlier ? earlier.log : live ? (table.objects[slot] as SlidingLogState) : undefined;
        const outcome = slidingLogDecide(state, nowMs, limit, limit.member);
        if (!outcome.allowed) return { allowed: false, blockedBy: i, retryAfterMs: outcome.retryAfterMs };
        next.log = outcome.state;
        next.expiresAt = slidingLogExpiresAt(outcome.state, limit.windowMs);
      }
      if (!earlier) count++;
    }
    for (let w = 0; w < count; w++) {
      const write = pool[w]!;
      let slot = write.slot;
      // A key absent in the check phase is still absent (a call names each key once): insert it at once. A
      // slot read in the check phase may have been swept since by an insert of this same call.
      if (slot < 0) slot = table.insert(write.low, write.high, write.kind, nowMs);
      else if (!table.holds(slot, write.low, write.high)) {
        slot = table.touch(write.low, write.high);
        if (slot < 0) slot = table.insert(write.low, write.high, write.kind, nowMs);
      }
      table.a[slot] = write.a;
      table.b[slot] = write.b;
      if (write.kind === SLIDING) table.objects[slot] = write.log;
      table.setExpiry(slot, write.expiresAt);
      write.log = undefined;
    }
    return { allowed: true };
  }
}

function findPending(pending: Pending[], count: number, kind: Algorithm, key: string): Pending | undefined {
  for (let i = 0; i < count; i++) {
    const entry = pending[i]!;
    if (entry.kind === kind && entry.key === key) return entry;
  }
  return undefined;
}
