/**
 * `sms-policy/redis`: a `RateStore` shared by every process that talks to one Redis (or Redis Cluster).
 *
 * One Lua script per `consume` checks every limit and, only when all allow, consumes one unit from each:
 * one round trip, atomic, all-or-nothing (EVALSHA, falling back to EVAL on NOSCRIPT). Calls made in the same
 * turn of the event loop, or queued while `maxInFlight` scripts are pending, ride together in one script, which
 * runs them one after the other (each still all-or-nothing, each seeing the ones before it): never more than
 * one round trip per call, often less. Requires Redis 6.0 or later (`SET ... KEEPTTL`).
 *
 * Clock: by default the script reads Redis's own `TIME`, so processes with drifting clocks agree; the
 * `nowMs` argument of `consume` is then ignored (it is used by `MemoryRateStore` and here only with
 * `clock: 'caller'`, meant for tests and replays). Calendar windows in a time zone use the zone's offset
 * computed by the caller at its own clock and sent with the call (Lua has no tz database).
 *
 * Cluster: every key of a store carries the same hash tag, `{<prefix>}`, so all keys of one call, and in
 * fact all keys of the store, live in one slot. That is what makes a multi-key script legal on Cluster and
 * keeps decisions atomic; the price is that one store's rate state sits on one shard. To spread load, give
 * independent tenants separate stores (separate prefixes), which are then not atomic with each other.
 *
 * Failures: every call is bounded by `timeoutMs`; a timeout, a connection error or a script error REJECTS
 * (never resolves to allow), so the policy's `onError` decides. A call that timed out may still be applied
 * by Redis later (for example after a SIGSTOP ends): budget can be over-counted, never under-counted.
 *
 * Decisions equal `MemoryRateStore`'s on the same clock (a differential test checks it). One difference:
 * when a sliding key is named twice in one call and refuses, `retryAfterMs` is computed from the stored
 * entries only and may be shorter than the memory store's.
 */
import type { Cluster, Redis } from 'ioredis';
import { z } from 'zod';
import { loadPeer } from '../core/peer.js';
import type { RateConsumeResult, RateStore } from '../core/ports.js';
import { assertLimits, type MemberRateLimit, storageKey } from '../core/rate-limit.js';
import { timeZoneOffsetMs } from '../core/time-zone.js';
import { parseOptions } from '../core/options.js';
import { createBatcher, RedisRateStoreError } from './_redis-batch.js';
import { createBlockedCache } from './_redis-blocked-cache.js';

export { CONSUME_SCRIPT } from './_redis-script.js';

export interface RedisRateStoreOptions {
  /** An ioredis client (Redis or Cluster) you own; `close()` leaves it open. */
  client?: Redis | Cluster;
  /** Connection URL when no client is given. Default `redis://127.0.0.1:6379`. */
  url?: string;
  /** Key prefix, also the Cluster hash tag. Default `sms-policy`. */
  prefix?: string;
  /** Longest wait for one `consume`, ms. Default 500. */
  timeoutMs?: number;
  /** `server` (default): Redis TIME. `caller`: the `nowMs` passed to `consume` (tests, replays). */
  clock?: 'server' | 'caller';
  /** Most entries in the local "blocked until" cache. Default 10,000; 0 disables it. */
  blockedCacheSize?: number;
  /** Most calls carried by one script. Default 64; 1 sends every call alone. */
  maxBatch?: number;
  /** Most scripts in flight at once; queued calls are shared out over the free ones. Default 4. */
  maxInFlight?: number;
}

/** A consume result with the instant Redis decided at (absent when answered from the local cache). */
export interface RedisConsumeResult extends RateConsumeResult {
  atMs?: number;
}

export interface RedisRateStore extends RateStore {
  consume(limits: MemberRateLimit[], nowMs: number): Promise<RedisConsumeResult>;
  readonly prefix: string;
  /** Calls answered from the local "blocked until" cache without a round trip. */
  readonly cacheHits: number;
  /** Closes the connection the store opened (a client you passed stays open). */
  close(): Promise<void>;
}

const optionsSchema = z
  .object({
    client: z.object({}).passthrough().optional(),
    url: z.string().min(1).optional(),
    prefix: z
      .string()
      .regex(/^[^{}\s]{1,64}$/, 'must be 1 to 64 characters without braces or spaces')
      .optional(),
    timeoutMs: z.number().int().min(1).max(60_000).optional(),
    clock: z.enum(['server', 'caller']).optional(),
    blockedCacheSize: z.number().int().min(0).max(10_000_000).optional(),
    maxBatch: z.number().int().min(1).max(1_000).optional(),
    maxInFlight: z.number().int().min(1).max(1_000).optional(),
  })
  .strict();

const ALGORITHM_CODE = { gcra: 'g', fixed: 'f', sliding: 's' } as const;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Creates a Redis-backed `RateStore` (ioredis). All limits of a call are checked and consumed by one Lua
 * script on the Redis clock; a "blocked until" cache answers repeat calls for keys known to be blocked.
 *
 * @example
 * import { createPolicy, floodRules } from 'sms-policy';
 * import { createRedisRateStore } from 'sms-policy/redis';
 *
 * const rateStore = createRedisRateStore({ url: process.env.REDIS_URL, timeoutMs: 300 });
 * const policy = createPolicy({ rules: floodRules(), rateStore, onError: 'review' });
 * // ... on shutdown
 * await rateStore.close();
 */
export function createRedisRateStore(options: RedisRateStoreOptions = {}): RedisRateStore {
  parseOptions(optionsSchema, options, 'createRedisRateStore');
  const prefix = options.prefix ?? 'sms-policy';
  const timeoutMs = options.timeoutMs ?? 500;
  const useCallerClock = options.clock === 'caller';
  const cacheSize = options.blockedCacheSize ?? 10_000;
  const maxBatch = options.maxBatch ?? 64;
  const maxInFlight = options.maxInFlight ?? 4;
  const owned = !options.client;
  const clientOptions = {
    commandTimeout: timeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt: number) => Math.min(50 * attempt, 1_000),
  };
  const client: Redis | Cluster =
    options.client ??
    new (loadPeer<typeof import('ioredis')>('ioredis', 'sms-policy/redis', '^5.0.0 || ^6.0.0').Redis)(
      options.url ?? 'redis://127.0.0.1:6379',
      clientOptions,
    );
  // An owned client must not crash the process with an unhandled 'error' event; failures reach callers
  // as rejections of their own calls.
  if (owned) client.on('error', () => undefined);
  const keyPrefix = `${prefix}:{${prefix}}:`;
  const { cached, remember } = createBlockedCache(cacheSize);
  const { submit } = createBatcher({ client, timeoutMs, maxBatch, maxInFlight, useCallerClock });
  let cacheHits = 0;
  let closed = false;

  function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
    promise.catch(() => undefined); // a late rejection after the timeout must not go unhandled
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RedisRateStoreError(`redis rate store: no answer within ${timeoutMs} ms`)),
        Math.max(0, deadline - Date.now()),
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  return {
    prefix,
    get cacheHits() {
      return cacheHits;
    },
    async consume(limits: MemberRateLimit[], nowMs: number): Promise<RedisConsumeResult> {
      if (closed) throw new RedisRateStoreError('redis rate store: closed');
      assertLimits(limits);
      if (limits.length === 0) return { allowed: true };
      const localNow = useCallerClock ? nowMs : Date.now();
      const hit = cached(limits, localNow);
      if (hit) {
        cacheHits++;
        // A refusal from the cache would otherwise resolve within the caller's microtask: a sender that loops on
        // refused calls (a throttled campaign) would never let timers or I/O run. One macrotask hop per refusal.
        await yieldToLoop();
        return hit;
      }
      const keys: string[] = [];
      const specs: string[] = [];
      const members: string[] = [];
      for (const limit of limits) {
        const algorithm = limit.algorithm ?? 'gcra';
        keys.push(`${keyPrefix}${algorithm}:${storageKey(limit.key)}`);
        const offset = algorithm === 'fixed' && limit.timeZone ? timeZoneOffsetMs(limit.timeZone, localNow) : 0;
        specs.push(`${ALGORITHM_CODE[algorithm]}|${limit.limit}|${limit.windowMs}|${limit.burst ?? 0}|${offset}`);
        if (algorithm === 'sliding') members.push(limit.member ?? '');
      }
      const [code, atMs] = await submit(keys, specs, members, nowMs);
      if (code === 0) return { allowed: true, atMs };
      const index = (code % (limits.length + 1)) - 1;
      const retryAfterMs = (code - index - 1) / (limits.length + 1);
      const limit = limits[index];
      if (limit) remember(limit, (useCallerClock ? nowMs : Date.now()) + retryAfterMs);
      return { allowed: false, blockedBy: index, retryAfterMs, atMs };
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      if (!owned) return;
      try {
        await withDeadline(client.quit(), Date.now() + timeoutMs);
      } catch {
        client.disconnect();
      }
    },
  };
}
