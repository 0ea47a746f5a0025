/**
 * `sms-policy/redis`: a `RateStore` shared by every process that talks to one Redis (or Redis Cluster).
 *
 * One Lua script per `consume` checks every limit and, only when all allow, consumes one unit from each:
 * one round trip, atomic, all-or-nothing (EVALSHA, falling back to EVAL on NOSCRIPT).
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
import { type Cluster, Redis } from 'ioredis';
import { z } from 'zod';
import { fromZodIssues } from '../core/_issues.js';
import { PolicyConfigError } from '../core/errors.js';
import type { RateConsumeResult, RateStore } from '../core/ports.js';
import { assertLimits, type FloodRateLimit } from '../flood/_limits.js';
import { timeZoneOffsetMs } from '../flood/time-zone.js';

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
}

/** A consume result with the instant Redis decided at (absent when answered from the local cache). */
export interface RedisConsumeResult extends RateConsumeResult {
  atMs?: number;
}

export interface RedisRateStore extends RateStore {
  consume(limits: FloodRateLimit[], nowMs: number): Promise<RedisConsumeResult>;
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
  })
  .strict();

// Per limit, ARGV carries two strings: `alg|limit|windowMs|burst|tzOffsetMs` (alg g|f|s) and the member
// ('' = none). GCRA and fixed keys are read with one MGET. Phase 1 decides every limit (a table holds this
// call's pending states, so a key named twice counts twice); only when all allow does phase 2 write.
// Returns {1, now} or {0, index, retryAfterMs, now}.
export const CONSUME_SCRIPT = `
local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[1])
end
local callId = ARGV[2]
local n = #KEYS
local plan = {}
local pending = {}
local specs = {}
local plain = {}
for i = 1, n do
  local alg, limit, window, burst, offset = string.match(ARGV[1 + 2 * i], '^(%a)|([^|]+)|([^|]+)|([^|]+)|([^|]+)$')
  specs[i] = { alg, tonumber(limit), tonumber(window), tonumber(burst), tonumber(offset) }
  if alg ~= 's' then plain[#plain + 1] = KEYS[i] end
end
local stored = {}
if #plain > 0 then
  local values = redis.call('MGET', unpack(plain))
  for j = 1, #plain do stored[plain[j]] = values[j] end
end
for i = 1, n do
  local spec = specs[i]
  local alg, limit, window, burst = spec[1], spec[2], spec[3], spec[4]
  local key = KEYS[i]
  local p = pending[alg .. key]
  if alg == 'g' then
    local interval = window / limit
    local tat = p and p.tat or tonumber(stored[key] or '0')
    local b = math.max(tat, now)
    if b - now > burst * interval then return {0, i - 1, math.max(1, math.ceil(b - burst * interval - now)), now} end
    p = { tat = b + interval }
    plan[i] = { 'g', key, p }
  elseif alg == 'f' then
    local offset = spec[5]
    local index = math.floor((now + offset) / window)
    local finish = (index + 1) * window - offset
    local count = 0
    if p then count = p.count else
      local v = stored[key]
      if v then
        local sep = string.find(v, ':', 1, true)
        if sep and tonumber(string.sub(v, 1, sep - 1)) == index then count = tonumber(string.sub(v, sep + 1)) end
      end
    end
    if count >= limit then return {0, i - 1, math.max(1, math.ceil(finish - now)), now} end
    p = { count = count + 1, index = index, finish = finish }
    plan[i] = { 'f', key, p }
  else
    local member = ARGV[2 + 2 * i]
    local extra = p and p.extra or 0
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
    local known = false
    if member ~= '' then known = redis.call('ZSCORE', key, member) ~= false end
    local count = redis.call('ZCARD', key) + extra
    if not known and count >= limit then
      local first = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
      local oldest = tonumber(first[2] or now)
      return {0, i - 1, math.max(1, math.ceil(oldest + window - now)), now}
    end
    if member == '' then member = callId .. ':' .. i end
    p = { extra = extra + ((known and 0) or 1) }
    plan[i] = { 's', key, p, member, window }
  end
  pending[alg .. key] = p
end
for i = 1, n do
  local step = plan[i]
  local kind, key, p = step[1], step[2], step[3]
  if kind == 'g' then
    redis.call('SET', key, string.format('%.3f', p.tat), 'PX', math.max(1, math.ceil(p.tat - now)))
  elseif kind == 'f' then
    redis.call('SET', key, p.index .. ':' .. p.count, 'PX', math.max(1, math.ceil(p.finish - now) + 1000))
  else
    redis.call('ZADD', key, now, step[4])
    redis.call('PEXPIRE', key, step[5])
  end
end
return {1, now}
`;

const ALGORITHM_CODE = { gcra: 'g', fixed: 'f', sliding: 's' } as const;

class RedisRateStoreError extends Error {
  override readonly name = 'RedisRateStoreError';
}

function sha1(text: string): Promise<string> {
  return import('node:crypto').then(({ createHash }) => createHash('sha1').update(text).digest('hex'));
}

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
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new PolicyConfigError('createRedisRateStore', fromZodIssues(parsed.error.issues, options));
  const prefix = options.prefix ?? 'sms-policy';
  const timeoutMs = options.timeoutMs ?? 500;
  const useCallerClock = options.clock === 'caller';
  const cacheSize = options.blockedCacheSize ?? 10_000;
  const owned = !options.client;
  const clientOptions = {
    commandTimeout: timeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt: number) => Math.min(50 * attempt, 1_000),
  };
  const client: Redis | Cluster = options.client ?? new Redis(options.url ?? 'redis://127.0.0.1:6379', clientOptions);
  // An owned client must not crash the process with an unhandled 'error' event; failures reach callers
  // as rejections of their own calls.
  if (owned) client.on('error', () => undefined);
  const keyPrefix = `${prefix}:{${prefix}}:`;
  const shaPromise = sha1(CONSUME_SCRIPT);
  const blocked = new Map<string, number>();
  const processTag = Math.random().toString(36).slice(2, 10);
  let sequence = 0;
  let cacheHits = 0;
  let closed = false;

  function signature(limit: FloodRateLimit): string | undefined {
    if (cacheSize === 0 || limit.member !== undefined) return undefined; // a known member may pass
    return `${limit.algorithm ?? 'gcra'}|${limit.limit}|${limit.windowMs}|${limit.burst ?? 0}|${limit.timeZone ?? ''}|${limit.key}`;
  }

  function cached(limits: FloodRateLimit[], localNow: number): RateConsumeResult | undefined {
    if (blocked.size === 0) return undefined;
    for (let i = 0; i < limits.length; i++) {
      const id = signature(limits[i]!);
      const until = id === undefined ? undefined : blocked.get(id);
      if (until === undefined) continue;
      if (until > localNow) return { allowed: false, blockedBy: i, retryAfterMs: Math.ceil(until - localNow) };
      blocked.delete(id!);
    }
    return undefined;
  }

  function remember(limit: FloodRateLimit, until: number): void {
    const id = signature(limit);
    if (id === undefined) return;
    if (blocked.size >= cacheSize) {
      const oldest = blocked.keys().next();
      if (!oldest.done) blocked.delete(oldest.value);
    }
    blocked.set(id, until);
  }

  async function whenReady(deadline: number): Promise<void> {
    const redis = client as Redis;
    if (redis.status === 'ready' || (redis.options && redis.options.enableOfflineQueue !== false)) return;
    if (redis.status === 'end') throw new RedisRateStoreError('redis rate store: connection closed');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => {
          client.off('ready', onReady);
          reject(new RedisRateStoreError(`redis rate store: not connected within ${timeoutMs} ms`));
        },
        Math.max(0, deadline - Date.now()),
      );
      const onReady = (): void => {
        clearTimeout(timer);
        resolve();
      };
      client.once('ready', onReady);
    });
  }

  async function run(keys: string[], args: string[], deadline: number): Promise<unknown> {
    await whenReady(deadline);
    const sha = await shaPromise;
    try {
      return await client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(CONSUME_SCRIPT, keys.length, ...keys, ...args);
    }
  }

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
    async consume(limits: FloodRateLimit[], nowMs: number): Promise<RedisConsumeResult> {
      if (closed) throw new RedisRateStoreError('redis rate store: closed');
      assertLimits(limits);
      if (limits.length === 0) return { allowed: true };
      const localNow = useCallerClock ? nowMs : Date.now();
      const hit = cached(limits, localNow);
      if (hit) {
        cacheHits++;
        return hit;
      }
      const keys: string[] = [];
      const args: string[] = [useCallerClock ? String(nowMs) : '', `${processTag}:${sequence++}`];
      for (const limit of limits) {
        const algorithm = limit.algorithm ?? 'gcra';
        keys.push(`${keyPrefix}${algorithm}:${limit.key}`);
        const offset = algorithm === 'fixed' && limit.timeZone ? timeZoneOffsetMs(limit.timeZone, localNow) : 0;
        args.push(`${ALGORITHM_CODE[algorithm]}|${limit.limit}|${limit.windowMs}|${limit.burst ?? 0}|${offset}`, limit.member ?? '');
      }
      const deadline = Date.now() + timeoutMs;
      const reply = await withDeadline(run(keys, args, deadline), deadline);
      if (!Array.isArray(reply) || (reply[0] !== 1 && reply[0] !== 0)) {
        throw new RedisRateStoreError('redis rate store: unexpected script reply');
      }
      if (reply[0] === 1) return { allowed: true, atMs: Number(reply[1]) };
      const index = Number(reply[1]);
      const retryAfterMs = Number(reply[2]);
      const limit = limits[index];
      if (limit) remember(limit, (useCallerClock ? nowMs : Date.now()) + retryAfterMs);
      return { allowed: false, blockedBy: index, retryAfterMs, atMs: Number(reply[3]) };
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
