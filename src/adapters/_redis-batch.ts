/**
 * How the Redis store talks to Redis: calls queue up, ride together in batches (at most `maxInFlight` scripts at a
 * time, each carrying up to `maxBatch` calls), and settle by answer, error or deadline. One timer watches every
 * deadline; a call that timed out is never sent.
 */
import type { Cluster, Redis } from 'ioredis';
import { CONSUME_SCRIPT } from './_redis-script.js';

export class RedisRateStoreError extends Error {
  override readonly name = 'RedisRateStoreError';
}

/** 0 when allowed, else retryAfterMs * (limits + 1) + blocking index + 1 (the script's encoding); the instant. */
export type Reply = [code: number, atMs: number];

export interface BatcherSettings {
  client: Redis | Cluster;
  timeoutMs: number;
  maxBatch: number;
  maxInFlight: number;
  /** On the caller's clock, one batch holds calls of one instant only. */
  useCallerClock: boolean;
}

/** One `consume` call on its way: queued, then in a batch, until it settles (answer, error or deadline). */
export interface Pending {
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

/** The compact batch arguments of CONSUME_SCRIPT: each distinct limit spec and call shape once, then the calls. */
function encodeBatch(batch: Pending[], clock: string, batchId: string): { keys: string[]; args: string[] } {
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
    clock,
    batchId,
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
  return { keys, args };
}

/** Waits for the connection (when the client has no offline queue) until the call's deadline. */
async function whenReady(client: Redis | Cluster, timeoutMs: number, deadline: number): Promise<void> {
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

function sha1(text: string): Promise<string> {
  return import('node:crypto').then(({ createHash }) => createHash('sha1').update(text).digest('hex'));
}

/** The queue of one store: `submit` one call's keys, limit specs and sliding members; resolves with its reply. */
export function createBatcher(settings: BatcherSettings): {
  submit(keys: string[], specs: string[], members: string[], nowMs: number): Promise<Reply>;
} {
  const { client, timeoutMs, maxBatch, maxInFlight, useCallerClock } = settings;
  const shaPromise = sha1(CONSUME_SCRIPT);
  const processTag = Math.random().toString(36).slice(2, 10);
  let sequence = 0;

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
    const { keys, args } = encodeBatch(
      batch,
      useCallerClock ? String(batch[0]!.nowMs) : '',
      `${processTag}:${sequence++}`,
    );
    try {
      await whenReady(client, timeoutMs, batch[0]!.deadline);
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

  return { submit };
}
