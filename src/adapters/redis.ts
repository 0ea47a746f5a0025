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

// One script runs a BATCH of consume calls, one after the other, each all-or-nothing on its own (calls that
// arrive while another batch is in flight are sent together: fewer round trips, same decisions as sending them
// one by one). The batch is described compactly, so Lua parses each distinct limit once, not once per call:
//   ARGV[1] clock ('' = Redis TIME), ARGV[2] batch id,
//   then S specs, each `alg limit windowMs burst tzOffsetMs` (alg g|f|s),
//   then H shapes, each `n spec1 .. specN` (the specs of a call's limits, in order; shape ids are 1..H),
//   then C calls, each its shape id (omitted when the batch has one shape) and one member per sliding limit
//   ('' = none).
// KEYS are the calls' keys in order. Every GCRA and fixed key of the batch is read with ONE MGET and written
// at most once at the end (its final state, with its expiry); the calls in between see each other's effects
// through Lua tables, exactly as if each had run alone. Sliding logs (sorted sets) are read and written per call.
// Number-to-string conversions cost about as much as a key lookup here, so whatever can be computed once per
// spec per batch is (window index, expiries), and GCRA values are packed doubles (see the writes at the end).
// Reply: per call 0 when allowed, else retryAfterMs * (n + 1) + blocking index + 1; then the instant decided at.
export const CONSUME_SCRIPT = `
local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[1])
end
local tag = ARGV[2]
local MAX_TTL = 10000000000000

local salg, slimit, swindow, soffset = {}, {}, {}, {}
local sinterval, stolerance, slife = {}, {}, {}
local sindex, sprefix, sttl = {}, {}, {}
local a = 4
for s = 1, tonumber(ARGV[3]) do
  local alg, limit, window, offset = ARGV[a], tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), tonumber(ARGV[a + 4])
  salg[s], slimit[s], swindow[s], soffset[s] = alg, limit, window, offset
  if alg == 'g' then
    sinterval[s] = window / limit
    stolerance[s] = tonumber(ARGV[a + 3]) * sinterval[s]
    -- the furthest a TAT can run ahead of now: a key written now with this lifetime outlives its TAT
    slife[s] = math.min(MAX_TTL, math.max(1, math.ceil(stolerance[s] + sinterval[s])))
    sttl[s] = tostring(slife[s])
  elseif alg == 'f' then
    local index = math.floor((now + offset) / window)
    sindex[s], sprefix[s] = index, index .. ':'
    sttl[s] = tostring(math.min(MAX_TTL, math.max(1, math.ceil((index + 1) * window - offset - now) + 1000)))
  end
  a = a + 5
end

local hsize, hspecs, hslides = {}, {}, {}
local shapes = tonumber(ARGV[a])
a = a + 1
for h = 1, shapes do
  local n = tonumber(ARGV[a])
  local list, slides = {}, 0
  for i = 1, n do
    local s = tonumber(ARGV[a + i])
    list[i] = s
    if salg[s] == 's' then slides = slides + 1 end
  end
  local id = tostring(h)
  hsize[id], hspecs[id], hslides[id] = n, list, slides
  a = a + 1 + n
end

-- Pass 1: every GCRA or fixed key of the batch, once: its position j in the batch's key list, which pass 2
-- finds through ref (by position in KEYS). Both passes walk the calls the same way: a call's keys follow the
-- previous call's, and its arguments are its shape id (only when shapes differ) and its sliding members.
local calls = tonumber(ARGV[a])
a = a + 1
local firstarg = a
local pos, pkey, palg, ref = {}, {}, {}, {}
local np = 0
local k = 0
local uniform = shapes == 1
local step = 1
if uniform then step = 0 end
for c = 1, calls do
  local h = '1'
  if not uniform then h = ARGV[a] end
  local list = hspecs[h]
  for i = 1, hsize[h] do
    local alg = salg[list[i]]
    if alg ~= 's' then
      local key = KEYS[k + i]
      local j = pos[key]
      if not j then
        np = np + 1
        j = np
        pos[key], pkey[j], palg[j] = j, key, alg
      end
      ref[k + i] = j
    end
  end
  k = k + hsize[h]
  a = a + step + hslides[h]
end

-- State per position. GCRA: the TAT, and the instant the key expires at (0 = unknown). Fixed: the stored
-- value (raw) until a call commits a count (state).
local state, gexpires, raw = {}, {}, {}
for first = 1, #pkey, 1000 do
  local last = math.min(#pkey, first + 999)
  local read = redis.call('MGET', unpack(pkey, first, last))
  for j = first, last do
    local v = read[j - first + 1]
    if palg[j] == 'g' then
      if v and #v == 17 and string.byte(v, 1) == 71 then
        local _, t, e = struct.unpack('<Bdd', v)
        state[j], gexpires[j] = t, e
      else
        state[j], gexpires[j] = (v and tonumber(v)) or 0, 0
      end
    else
      raw[j] = v
    end
  end
end

-- Pass 2: each call decides every limit (seeing an earlier limit of the same call on the same key), then
-- commits only when all allow. A fixed position that a call committed holds its count, with wspec its spec.
local out, dirty, wspec = {}, {}, {}
local tkey, tval, taux = {}, {}, {}
local k0, a0 = 0, firstarg
for c = 1, calls do
  local h = '1'
  if not uniform then h = ARGV[a0] end
  local list, n, m = hspecs[h], hsize[h], a0 + step - 1
  local blocked, retry = 0, 0
  for i = 1, n do
    local s = list[i]
    local key, alg = KEYS[k0 + i], salg[s]
    tkey[i] = key
    local same = 0
    for j = 1, i - 1 do
      if tkey[j] == key then same = j end
    end
    if alg == 'g' then
      local t
      if same > 0 then t = tval[same] else t = state[ref[k0 + i]] end
      if t < now then t = now end
      if t - now > stolerance[s] then
        blocked, retry = i, math.max(1, math.ceil(t - stolerance[s] - now))
        break
      end
      tval[i] = t + sinterval[s]
    elseif alg == 'f' then
      local index = sindex[s]
      local count = 0
      if same > 0 then
        count = tval[same]
      else
        local j = ref[k0 + i]
        local w = wspec[j]
        if w then
          if sindex[w] == index then count = state[j] end
        else
          local v, prefix = raw[j], sprefix[s]
          if v and string.find(v, prefix, 1, true) == 1 then count = tonumber(string.sub(v, #prefix + 1)) or 0 end
        end
      end
      if count >= slimit[s] then
        blocked, retry = i, math.max(1, math.ceil((index + 1) * swindow[s] - soffset[s] - now))
        break
      end
      tval[i] = count + 1
    else
      m = m + 1
      local member, window, limit = ARGV[m], swindow[s], slimit[s]
      local extra = 0
      if same > 0 then extra = tval[same] end
      redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
      local known = false
      if member ~= '' then known = redis.call('ZSCORE', key, member) ~= false end
      local count = redis.call('ZCARD', key) + extra
      if not known and count >= limit then
        local first = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
        blocked, retry = i, math.max(1, math.ceil(tonumber(first[2] or now) + window - now))
        break
      end
      if member == '' then member = tag .. ':' .. c .. ':' .. i end
      if known then tval[i] = extra else tval[i] = extra + 1 end
      taux[i] = member
    end
  end
  if blocked == 0 then
    for i = 1, n do
      local s = list[i]
      if salg[s] == 's' then
        redis.call('ZADD', tkey[i], now, taux[i])
        redis.call('PEXPIRE', tkey[i], swindow[s])
      else
        local j = ref[k0 + i]
        state[j] = tval[i]
        if not wspec[j] then dirty[#dirty + 1] = j end
        wspec[j] = s
      end
    end
    out[c] = 0
  else
    out[c] = retry * (n + 1) + blocked
  end
  k0 = k0 + n
  a0 = a0 + step + hslides[h]
end

-- Each changed GCRA or fixed key is written once, with its final state. Its expiry is set only when the one it
-- has could end too soon: a GCRA key stores the instant it expires at next to its TAT ('G', two doubles: no
-- number-to-text conversion either way), and a fixed key already holding this window keeps its expiry.
-- On the caller's clock (tests, replays) Redis still expires keys in real time, so every write sets a fresh
-- expiry from the caller's instant instead (a replay slower than real time keeps its keys).
local keep = ARGV[1] == ''
local counts = {}
for d = 1, #dirty do
  local j = dirty[d]
  local s = wspec[j]
  if palg[j] == 'g' then
    local t, expires = state[j], gexpires[j]
    if keep and t <= expires then
      redis.call('SET', pkey[j], struct.pack('<Bdd', 71, t, expires), 'KEEPTTL')
    else
      redis.call('SET', pkey[j], struct.pack('<Bdd', 71, t, now + slife[s]), 'PX', sttl[s])
    end
  else
    local count = state[j]
    local text = counts[count]
    if not text then
      text = tostring(count)
      counts[count] = text
    end
    local v, prefix = raw[j], sprefix[s]
    if keep and v and string.find(v, prefix, 1, true) == 1 then
      redis.call('SET', pkey[j], prefix .. text, 'KEEPTTL')
    else
      redis.call('SET', pkey[j], prefix .. text, 'PX', sttl[s])
    end
  end
end
out[calls + 1] = now
return out
`;

const ALGORITHM_CODE = { gcra: 'g', fixed: 'f', sliding: 's' } as const;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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
  const shaPromise = sha1(CONSUME_SCRIPT);
  const blocked = new Map<string, number>();
  const processTag = Math.random().toString(36).slice(2, 10);
  let sequence = 0;
  let cacheHits = 0;
  let closed = false;

  function signature(limit: MemberRateLimit): string | undefined {
    if (cacheSize === 0 || limit.member !== undefined) return undefined; // a known member may pass
    return `${limit.algorithm ?? 'gcra'}|${limit.limit}|${limit.windowMs}|${limit.burst ?? 0}|${limit.timeZone ?? ''}|${limit.key}`;
  }

  function cached(limits: MemberRateLimit[], localNow: number): RateConsumeResult | undefined {
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

  function remember(limit: MemberRateLimit, until: number): void {
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

  /** One `consume` call on its way: queued, then in a batch, until it settles (answer, error or deadline). */
  interface Pending {
    keys: string[];
    /** Per limit `alg|limit|windowMs|burst|tzOffsetMs`, and all of them joined: the call's shape. */
    specs: string[];
    shape: string;
    /** One per sliding limit, in order ('' = none). */
    members: string[];
    nowMs: number;
    deadline: number;
    settled: boolean;
    resolve: (reply: Reply) => void;
    reject: (error: unknown) => void;
  }
  /** 0 when allowed, else retryAfterMs * (limits + 1) + blocking index + 1 (the script's encoding); the instant. */
  type Reply = [code: number, atMs: number];

  const queue: Pending[] = [];
  let inFlight = 0;

  // Deadlines: calls are kept in arrival order, so their deadlines never decrease. One timer, armed for the
  // oldest unsettled call, rejects whatever is past due: no timer per call.
  const outstanding: (Pending | undefined)[] = [];
  let head = 0;
  let sweepTimer: NodeJS.Timeout | undefined;

  function settle(call: Pending, error: unknown, reply?: Reply): void {
    if (call.settled) return;
    call.settled = true;
    if (reply) call.resolve(reply);
    else call.reject(error);
    // Settled calls leave the list at once (slots are cleared, so nothing settled stays reachable from here).
    while (head < outstanding.length && outstanding[head]!.settled) outstanding[head++] = undefined;
    if (head === outstanding.length) {
      outstanding.length = 0;
      head = 0;
      // Nothing left to watch: no timer keeps the process alive.
      if (sweepTimer) clearTimeout(sweepTimer);
      sweepTimer = undefined;
    } else if (head > 4_096 && head * 2 > outstanding.length) {
      outstanding.splice(0, head);
      head = 0;
    }
  }

  function arm(): void {
    if (sweepTimer || head >= outstanding.length) return;
    sweepTimer = setTimeout(sweep, Math.max(0, outstanding[head]!.deadline - Date.now()));
  }

  function sweep(): void {
    sweepTimer = undefined;
    const now = Date.now();
    while (head < outstanding.length && outstanding[head]!.deadline <= now) {
      settle(outstanding[head]!, new RedisRateStoreError(`redis rate store: no answer within ${timeoutMs} ms`));
    }
    arm();
  }

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
      // Queued calls are shared out over the free slots, so Redis can run one script while this process
      // reads the answer of another and builds the next.
      const size = Math.min(maxBatch, Math.ceil(queue.length / (maxInFlight - inFlight)));
      while (batch.length < size && queue.length > 0) {
        // On the caller's clock, one batch holds calls of one instant only.
        if (useCallerClock && batch.length > 0 && queue[0]!.nowMs !== batch[0]!.nowMs) break;
        const next = queue.shift()!;
        if (!next.settled && next.deadline > now) batch.push(next); // a call already timed out is never sent
      }
      if (batch.length === 0) continue;
      inFlight++;
      send(batch).finally(() => {
        inFlight--;
        schedulePump();
      });
    }
  }

  // Calls made in the same turn of the event loop (say, the callers a reply just woke up) go out together:
  // sending is deferred to `setImmediate`, so one script carries them all instead of the first alone.
  let pumpScheduled = false;
  function schedulePump(): void {
    if (pumpScheduled) return;
    pumpScheduled = true;
    setImmediate(() => {
      pumpScheduled = false;
      pump();
    });
  }

  /** Builds the compact batch arguments (see CONSUME_SCRIPT), runs the script and settles every call. */
  async function send(batch: Pending[]): Promise<void> {
    const keys: string[] = [];
    const specIndex = new Map<string, number>();
    const shapeIndex = new Map<string, number>();
    const specArgs: string[] = [];
    const shapeArgs: string[] = [];
    const shapes: string[] = [];
    for (const call of batch) {
      let shape = shapeIndex.get(call.shape);
      if (shape === undefined) {
        shape = shapeIndex.size + 1;
        shapeIndex.set(call.shape, shape);
        shapeArgs.push(String(call.specs.length));
        for (const spec of call.specs) {
          let index = specIndex.get(spec);
          if (index === undefined) {
            index = specIndex.size + 1;
            specIndex.set(spec, index);
            specArgs.push(...spec.split('|'));
          }
          shapeArgs.push(String(index));
        }
      }
      shapes.push(String(shape));
      for (const key of call.keys) keys.push(key);
    }
    const args = [
      useCallerClock ? String(batch[0]!.nowMs) : '',
      `${processTag}:${sequence++}`,
      String(specIndex.size),
      ...specArgs,
      String(shapeIndex.size),
      ...shapeArgs,
      String(batch.length),
    ];
    // Per call: its shape id (only when the batch mixes shapes), then its sliding members.
    const uniform = shapeIndex.size === 1;
    for (let i = 0; i < batch.length; i++) {
      if (!uniform) args.push(shapes[i]!);
      for (const member of batch[i]!.members) args.push(member);
    }
    try {
      await whenReady(batch[0]!.deadline);
      const reply = await evaluate(keys, args);
      if (!Array.isArray(reply) || reply.length !== batch.length + 1) {
        throw new RedisRateStoreError('redis rate store: unexpected script reply');
      }
      const at = Number(reply[batch.length]);
      for (let i = 0; i < batch.length; i++) settle(batch[i]!, undefined, [Number(reply[i]), at]);
    } catch (error) {
      for (const call of batch) settle(call, error);
    }
  }

  function submit(keys: string[], specs: string[], members: string[], nowMs: number): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        keys,
        specs,
        shape: specs.length === 1 ? specs[0]! : specs.join(';'),
        members,
        nowMs,
        deadline: Date.now() + timeoutMs,
        settled: false,
        resolve,
        reject,
      };
      outstanding.push(pending);
      arm();
      queue.push(pending);
      schedulePump();
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
