/**
 * `sms-policy/redis`: a `RateStore` shared by every process that talks to one Redis (or Redis Cluster).
 *
 * One Lua script per `consume` checks every limit and, only when all allow, consumes one unit from each:
 * one round trip, atomic, all-or-nothing (EVALSHA, falling back to EVAL on NOSCRIPT). Under load, calls
 * that arrive while `maxInFlight` scripts are pending ride together in the next script, which runs them one
 * after the other (each still all-or-nothing): never more than one round trip per call, often less.
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
  /** Most calls sent in one script while others are in flight. Default 64; 1 sends every call alone. */
  maxBatch?: number;
  /** Most scripts in flight at once; further calls wait and are batched. Default 4. */
  maxInFlight?: number;
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
    maxBatch: z.number().int().min(1).max(1_000).optional(),
    maxInFlight: z.number().int().min(1).max(1_000).optional(),
  })
  .strict();

// One script runs a BATCH of consume calls, one after the other, each all-or-nothing on its own (calls that
// arrive while another batch is in flight are sent together: fewer round trips, same decisions as sending them
// one by one). ARGV: clock ('' = Redis TIME), batch id, number of calls, then per call its number of limits
// and, per limit, `alg|limit|windowMs|burst|tzOffsetMs` (alg g|f|s) and the member ('' = none). GCRA and fixed
// keys of a call are read with one MGET; phase 1 decides every limit of the call (an earlier limit of the
// same call on the same key is taken into account); only when all allow does phase 2 write.
// Returns, per call, allowed (1|0), blocking index, retryAfterMs; then the instant decided at.
export const CONSUME_SCRIPT = `
local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[1])
end

-- Scratch arrays shared by the calls of the batch (they run one after the other).
local algs, limits, windows, bursts, offsets, keys, values = {}, {}, {}, {}, {}, {}, {}
local plain, plainAt, states, aux = {}, {}, {}, {}

local function consume(k0, a0, n, callTag)
  local m = 0
  for i = 1, n do
    local alg, limit, window, burst, offset = string.match(ARGV[a0 + 2 * i - 1], '^(%a)|([^|]+)|([^|]+)|([^|]+)|([^|]+)$')
    algs[i], limits[i], windows[i], bursts[i], offsets[i] = alg, tonumber(limit), tonumber(window), tonumber(burst), tonumber(offset)
    keys[i] = KEYS[k0 + i]
    values[i] = false
    if alg ~= 's' then
      m = m + 1
      plain[m] = keys[i]
      plainAt[m] = i
    end
  end
  if m > 0 then
    local read = redis.call('MGET', unpack(plain, 1, m))
    for j = 1, m do values[plainAt[j]] = read[j] end
  end
  for i = 1, n do
    local alg, limit, window, key = algs[i], limits[i], windows[i], keys[i]
    local same = nil
    for j = 1, i - 1 do
      if keys[j] == key and algs[j] == alg then same = j end
    end
    if alg == 'g' then
      local interval = window / limit
      local tolerance = bursts[i] * interval
      local tat = 0
      if same then tat = states[same] else tat = tonumber(values[i] or '0') end
      local b = tat
      if b < now then b = now end
      if b - now > tolerance then return 0, i - 1, math.max(1, math.ceil(b - tolerance - now)) end
      states[i] = b + interval
    elseif alg == 'f' then
      local offset = offsets[i]
      local index = math.floor((now + offset) / window)
      local count = 0
      if same then count = states[same] else
        local v = values[i]
        if v then
          local sep = string.find(v, ':', 1, true)
          if sep and tonumber(string.sub(v, 1, sep - 1)) == index then count = tonumber(string.sub(v, sep + 1)) end
        end
      end
      if count >= limit then return 0, i - 1, math.max(1, math.ceil((index + 1) * window - offset - now)) end
      states[i] = count + 1
      aux[i] = index
    else
      local member = ARGV[a0 + 2 * i]
      local extra = 0
      if same then extra = states[same] end
      redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
      local known = false
      if member ~= '' then known = redis.call('ZSCORE', key, member) ~= false end
      local count = redis.call('ZCARD', key) + extra
      if not known and count >= limit then
        local first = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
        local oldest = tonumber(first[2] or now)
        return 0, i - 1, math.max(1, math.ceil(oldest + window - now))
      end
      if member == '' then member = callTag .. ':' .. i end
      if known then states[i] = extra else states[i] = extra + 1 end
      aux[i] = member
    end
  end
  for i = 1, n do
    local alg, key = algs[i], keys[i]
    if alg == 'g' then
      -- numbers passed to redis.call are written in their shortest exact form
      redis.call('SET', key, states[i], 'PX', math.max(1, math.ceil(states[i] - now)))
    elseif alg == 'f' then
      local finish = (aux[i] + 1) * windows[i] - offsets[i]
      redis.call('SET', key, aux[i] .. ':' .. states[i], 'PX', math.max(1, math.ceil(finish - now) + 1000))
    else
      redis.call('ZADD', key, now, aux[i])
      redis.call('PEXPIRE', key, windows[i])
    end
  end
  return 1, -1, 0
end

local out = {}
local k, a = 0, 4
for c = 1, tonumber(ARGV[3]) do
  local n = tonumber(ARGV[a])
  local allowed, index, retry = consume(k, a, n, ARGV[2] .. ':' .. c)
  out[#out + 1] = allowed
  out[#out + 1] = index
  out[#out + 1] = retry
  k = k + n
  a = a + 1 + 2 * n
end
out[#out + 1] = now
return out
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
  const maxBatch = options.maxBatch ?? 64;
  const maxInFlight = options.maxInFlight ?? 4;
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

  interface Pending {
    keys: string[];
    args: string[];
    deadline: number;
    resolve: (reply: [number, number, number, number]) => void;
    reject: (error: unknown) => void;
  }
  const queue: Pending[] = [];
  let inFlight = 0;

  async function evaluate(keys: string[], args: string[]): Promise<unknown> {
    const sha = await shaPromise;
    try {
      return await client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(CONSUME_SCRIPT, keys.length, ...keys, ...args);
    }
  }

  /** Sends queued calls: at most `maxInFlight` scripts at a time, each carrying up to `maxBatch` calls. */
  function pump(): void {
    while (inFlight < maxInFlight && queue.length > 0) {
      const now = Date.now();
      const batch: Pending[] = [];
      while (batch.length < maxBatch && queue.length > 0) {
        // On the caller's clock, one batch holds calls of one instant only.
        if (useCallerClock && batch.length > 0 && queue[0]!.args[0] !== batch[0]!.args[0]) break;
        const next = queue.shift()!;
        if (next.deadline > now) batch.push(next); // a call already timed out is never sent
      }
      if (batch.length === 0) continue;
      inFlight++;
      send(batch)
        .catch((error: unknown) => {
          for (const call of batch) call.reject(error);
        })
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  }

  async function send(batch: Pending[]): Promise<void> {
    const keys: string[] = [];
    const args: string[] = [
      useCallerClock ? String(batch[0]!.args[0]) : '',
      `${processTag}:${sequence++}`,
      String(batch.length),
    ];
    for (const call of batch) {
      keys.push(...call.keys);
      args.push(String(call.keys.length), ...call.args.slice(1));
    }
    try {
      await whenReady(Math.min(...batch.map((call) => call.deadline)));
      const reply = await evaluate(keys, args);
      if (!Array.isArray(reply) || reply.length !== batch.length * 3 + 1) {
        throw new RedisRateStoreError('redis rate store: unexpected script reply');
      }
      const at = Number(reply[reply.length - 1]);
      batch.forEach((call, i) => {
        call.resolve([Number(reply[3 * i]), Number(reply[3 * i + 1]), Number(reply[3 * i + 2]), at]);
      });
    } catch (error) {
      for (const call of batch) call.reject(error);
    }
  }

  function submit(keys: string[], args: string[], deadline: number): Promise<[number, number, number, number]> {
    return new Promise((resolve, reject) => {
      queue.push({ keys, args, deadline, resolve, reject });
      pump();
    });
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
      // args[0] carries the caller's clock (a batch uses its first call's); the rest are per-limit pairs.
      const args: string[] = [String(nowMs)];
      for (const limit of limits) {
        const algorithm = limit.algorithm ?? 'gcra';
        keys.push(`${keyPrefix}${algorithm}:${limit.key}`);
        const offset = algorithm === 'fixed' && limit.timeZone ? timeZoneOffsetMs(limit.timeZone, localNow) : 0;
        args.push(
          `${ALGORITHM_CODE[algorithm]}|${limit.limit}|${limit.windowMs}|${limit.burst ?? 0}|${offset}`,
          limit.member ?? '',
        );
      }
      const deadline = Date.now() + timeoutMs;
      const [allowed, index, retryAfterMs, atMs] = await withDeadline(submit(keys, args, deadline), deadline);
      if (allowed === 1) return { allowed: true, atMs };
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
