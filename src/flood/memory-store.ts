/**
 * MemoryRateStore: the default rate store, for one process.
 *
 * State per key is what the algorithm needs and nothing more: a GCRA key is one number (its TAT) in a
 * `Map<string, number>`; a fixed window is `{ index, count, endMs }`; a sliding log its times. There is no
 * timer: state expires lazily (read as empty once past its expiry) and every new key removes up to two
 * expired keys from the head of its map. Maps are kept in write order (a write moves the key to the end),
 * so the head holds the keys written longest ago. When `maxKeys` is reached, expired keys at the head go
 * first, then the least recently written live key is evicted (counted in `evictions`): an evicted key
 * restarts from empty, which lets more through, so size `maxKeys` above the live key count (see
 * docs/guide/scaling.md).
 */
import { z } from 'zod';
import { fromZodIssues } from '../core/_issues.js';
import { PolicyConfigError } from '../core/errors.js';
import type { RateConsumeResult, RateStore } from '../core/ports.js';
import { assertLimits, type FloodRateLimit, MAX_PLAIN_KEY, storageKey } from './_limits.js';
import { type FixedWindowState, fixedWindowDecide } from './fixed-window.js';
import { gcraDecide } from './gcra.js';
import { type SlidingLogState, slidingLogDecide, slidingLogExpiresAt } from './sliding-log.js';

export interface MemoryRateStoreOptions {
  /** Most keys kept (all algorithms together). Default 1,000,000. */
  maxKeys?: number;
}

interface FixedEntry extends FixedWindowState {
  endMs: number;
}

interface SlidingEntry extends SlidingLogState {
  expiresAt: number;
}

type Pending =
  | { kind: 'gcra'; key: string; tat: number }
  | { kind: 'fixed'; key: string; entry: FixedEntry }
  | { kind: 'sliding'; key: string; entry: SlidingEntry };

const optionsSchema = z
  .object({ maxKeys: z.number().int().min(1).max(100_000_000).optional() })
  .strict()
  .optional();

/**
 * An in-process `RateStore`: atomic all-or-nothing consumption over any mix of GCRA, fixed (optionally
 * calendar-aligned) and sliding-log limits, bounded by `maxKeys`.
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
  #gcra = new Map<string, number>();
  #fixed = new Map<string, FixedEntry>();
  #sliding = new Map<string, SlidingEntry>();
  #evictions = 0;

  constructor(options?: MemoryRateStoreOptions) {
    const parsed = optionsSchema.safeParse(options);
    if (!parsed.success) throw new PolicyConfigError('MemoryRateStore', fromZodIssues(parsed.error.issues, options));
    this.maxKeys = options?.maxKeys ?? 1_000_000;
  }

  /** Keys currently held (expired ones not yet swept included). */
  get size(): number {
    return this.#gcra.size + this.#fixed.size + this.#sliding.size;
  }

  /** Live keys evicted because `maxKeys` was reached since construction. */
  get evictions(): number {
    return this.#evictions;
  }

  /** Forgets every key. */
  clear(): void {
    this.#gcra.clear();
    this.#fixed.clear();
    this.#sliding.clear();
  }

  consume(limits: FloodRateLimit[], nowMs: number): Promise<RateConsumeResult> {
    try {
      return Promise.resolve(this.consumeSync(limits, nowMs));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The synchronous core of `consume` (same semantics). */
  consumeSync(limits: FloodRateLimit[], nowMs: number): RateConsumeResult {
    assertLimits(limits);
    if (!Number.isFinite(nowMs)) throw new TypeError('nowMs must be a finite number');
    const pending: Pending[] = [];
    for (let i = 0; i < limits.length; i++) {
      let limit = limits[i]!;
      // Long keys are kept hashed, as the Redis store keeps them: memory per key stays bounded. (JavaScript strings
      // hold unpaired surrogates exactly, so only the length matters here.)
      if (limit.key.length > MAX_PLAIN_KEY) limit = { ...limit, key: storageKey(limit.key) };
      const algorithm = limit.algorithm ?? 'gcra';
      const earlier = pending.length > 0 ? findPending(pending, algorithm, limit.key) : undefined;
      if (algorithm === 'gcra') {
        const tat = earlier?.kind === 'gcra' ? earlier.tat : this.#gcra.get(limit.key);
        const outcome = gcraDecide(tat, nowMs, limit);
        if (!outcome.allowed) return { allowed: false, blockedBy: i, retryAfterMs: outcome.retryAfterMs };
        setPending(pending, earlier, { kind: 'gcra', key: limit.key, tat: outcome.tat });
      } else if (algorithm === 'fixed') {
        const state = earlier?.kind === 'fixed' ? earlier.entry : this.#fixed.get(limit.key);
        const outcome = fixedWindowDecide(state, nowMs, limit);
        if (!outcome.allowed) return { allowed: false, blockedBy: i, retryAfterMs: outcome.retryAfterMs };
        const entry: FixedEntry = { index: outcome.state.index, count: outcome.state.count, endMs: outcome.endMs };
        setPending(pending, earlier, { kind: 'fixed', key: limit.key, entry });
      } else {
        const state = earlier?.kind === 'sliding' ? earlier.entry : this.#sliding.get(limit.key);
        const outcome = slidingLogDecide(state, nowMs, limit, limit.member);
        if (!outcome.allowed) return { allowed: false, blockedBy: i, retryAfterMs: outcome.retryAfterMs };
        const entry: SlidingEntry = { ...outcome.state, expiresAt: slidingLogExpiresAt(outcome.state, limit.windowMs) };
        setPending(pending, earlier, { kind: 'sliding', key: limit.key, entry });
      }
    }
    for (const write of pending) {
      if (write.kind === 'gcra') this.#write(this.#gcra, write.key, write.tat, nowMs);
      else if (write.kind === 'fixed') this.#write(this.#fixed, write.key, write.entry, nowMs);
      else this.#write(this.#sliding, write.key, write.entry, nowMs);
    }
    return { allowed: true };
  }

  #write<V>(map: Map<string, V>, key: string, value: V, nowMs: number): void {
    if (map.delete(key)) {
      map.set(key, value);
      return;
    }
    this.#sweep(map, nowMs, 2);
    if (this.size >= this.maxKeys) this.#makeRoom(nowMs);
    map.set(key, value);
  }

  /** Removes up to `budget` expired keys from the head of a map. */
  #sweep<V>(map: Map<string, V>, nowMs: number, budget: number): void {
    for (const [key, value] of map) {
      if (budget-- <= 0 || expiresAt(value) > nowMs) return;
      map.delete(key);
    }
  }

  #makeRoom(nowMs: number): void {
    for (const map of [this.#gcra, this.#fixed, this.#sliding] as Map<string, unknown>[]) this.#sweep(map, nowMs, 64);
    while (this.size >= this.maxKeys) {
      const maps = [this.#gcra, this.#fixed, this.#sliding] as Map<string, unknown>[];
      const largest = maps.reduce((a, b) => (b.size > a.size ? b : a));
      const oldest = largest.keys().next();
      if (oldest.done) return;
      largest.delete(oldest.value);
      this.#evictions++;
    }
  }
}

function expiresAt(value: unknown): number {
  if (typeof value === 'number') return value;
  const entry = value as Partial<FixedEntry & SlidingEntry>;
  return entry.endMs ?? entry.expiresAt ?? 0;
}

function findPending(pending: Pending[], kind: string, key: string): Pending | undefined {
  for (const entry of pending) if (entry.kind === kind && entry.key === key) return entry;
  return undefined;
}

function setPending(pending: Pending[], earlier: Pending | undefined, next: Pending): void {
  if (earlier) pending[pending.indexOf(earlier)] = next;
  else pending.push(next);
}
