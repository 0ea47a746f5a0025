/**
 * Flood benchmarks, side by side with rate-limiter-flexible in one run, on the same key distribution
 * (100,000 recipients):
 * - memory store throughput and heap bytes per tracked key vs RateLimiterMemory;
 * - Redis store: client round trips per check (MONITOR) and throughput while checking THREE limits
 *   atomically, vs RateLimiterRedis checking one (and RateLimiterUnion checking three, not atomically);
 * - fingerprint messages/s next to `normalize` with its offset map (fingerprints normalise without one).
 * Runs with `npm run bench` (or `npx tsx test/bench/run.ts flood`); heap figures need a GC: with
 * `node --expose-gc --import tsx test/bench/run.ts flood` it uses global.gc, otherwise it enables one via V8 flags.
 * The Redis part starts a private redis-server on a free port (skipped with a note when not installed).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterUnion } from 'rate-limiter-flexible';
import { createRedisRateStore } from '../../src/adapters/redis.js';
import type { MemberRateLimit } from '../../src/core/rate-limit.js';
import { contentFingerprint } from '../../src/flood/fingerprint.js';
import { MemoryRateStore } from '../../src/flood/memory-store.js';
import { normalize } from '../../src/text/normalize.js';
import { freePort } from '../helpers/services.js';
import { type Measurement, measure, report } from './_harness.js';

const RECIPIENTS = 100_000;
const OPS = 400_000;

function collectGarbage(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** A fixed pseudo-random sequence of recipient indexes, skewed like real traffic (a few hot numbers). */
function distribution(): Uint32Array {
  const picks = new Uint32Array(OPS);
  let seed = 42;
  for (let i = 0; i < OPS; i++) {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    const u = seed / 2 ** 32;
    picks[i] = Math.floor(u * u * RECIPIENTS); // quadratic skew toward low indexes
  }
  return picks;
}

const keys = Array.from({ length: RECIPIENTS }, (_, i) => `recipient:+9627${String(90_000_000 + i)}`);

async function heapPerKey(
  gc: () => void,
  build: () => unknown,
  track: (store: unknown, key: string) => Promise<unknown>,
): Promise<number> {
  gc();
  gc();
  // Typed arrays keep their contents outside the JS heap: count those bytes too.
  const used = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const before = used();
  const store = build();
  for (const key of keys) await track(store, key).catch(() => undefined);
  gc();
  gc();
  const after = used();
  const perKey = (after - before) / keys.length;
  (globalThis as { __keep?: unknown }).__keep = store; // keep it alive until measured
  (globalThis as { __keep?: unknown }).__keep = undefined;
  return perKey;
}

async function memorySection(): Promise<void> {
  const picks = distribution();
  const limit = (key: string): MemberRateLimit[] => [{ key, limit: 10, windowMs: 60_000, burst: 5 }];
  const ours = new MemoryRateStore();
  const peer = new RateLimiterMemory({ points: 15, duration: 60 });
  console.log(
    `memory store, ${OPS.toLocaleString('en-US')} checks over ${RECIPIENTS.toLocaleString('en-US')} recipients:`,
  );
  const rows: Measurement[] = [
    await measure('sms-policy MemoryRateStore.consume', OPS, (i) => ours.consume(limit(keys[picks[i]!]!), Date.now())),
    await measure('rate-limiter-flexible RateLimiterMemory', OPS, (i) =>
      peer.consume(keys[picks[i]!]!).catch(() => undefined),
    ),
  ];
  report(rows);
  console.log(
    `  throughput ratio ours/peer: ${(rows[0]!.opsPerSecond / rows[1]!.opsPerSecond).toFixed(2)}x (target >= 1x)`,
  );

  const gc = collectGarbage();
  const oursBytes = await heapPerKey(
    gc,
    () => new MemoryRateStore(),
    (store, key) => (store as MemoryRateStore).consume(limit(key), Date.now()),
  );
  const peerBytes = await heapPerKey(
    gc,
    () => new RateLimiterMemory({ points: 15, duration: 60 }),
    (store, key) => (store as RateLimiterMemory).consume(key),
  );
  console.log(`heap and array-buffer bytes per tracked key (${RECIPIENTS.toLocaleString('en-US')} keys, GCRA):`);
  console.log(`  sms-policy MemoryRateStore                   ${oursBytes.toFixed(0).padStart(8)} B/key`);
  console.log(`  rate-limiter-flexible RateLimiterMemory      ${peerBytes.toFixed(0).padStart(8)} B/key`);
  console.log(`  ratio ours/peer: ${(oursBytes / peerBytes).toFixed(2)}x (target <= 0.5x)`);
}

/** Ops/s of `count` consumes of fresh keys from `from` on, one key per op, `stepMs` apart. */
function freshKeyRate(store: MemoryRateStore, from: number, count: number, stepMs: number, windowMs: number): number {
  const start = process.hrtime.bigint();
  for (let i = from; i < from + count; i++) {
    store.consumeSync([{ key: `recipient:+9627${90_000_000 + i}`, limit: 10, windowMs, burst: 5 }], i * stepMs);
  }
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

/**
 * Throughput must stay flat when the store is full (eviction) and when keys expire steadily (expiry):
 * - 600,000 distinct keys into maxKeys 200,000: the last 100,000 against the first 100,000 (target >= 0.8x);
 * - steady expiry with 250,000 live keys against 5,000 (new key per op, each live for the window):
 *   cost per consume at 250k within 2x of 5k.
 */
function flatnessSection(): void {
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const evictRatios: number[] = [];
  freshKeyRate(new MemoryRateStore({ maxKeys: 50_000 }), 0, 200_000, 1, 3_600_000); // JIT warm-up, not counted
  for (let round = 0; round < 5; round++) {
    const store = new MemoryRateStore({ maxKeys: 200_000 });
    const first = freshKeyRate(store, 0, 100_000, 1, 3_600_000);
    freshKeyRate(store, 100_000, 400_000, 1, 3_600_000);
    const last = freshKeyRate(store, 500_000, 100_000, 1, 3_600_000);
    evictRatios.push(last / first);
    if (round === 0) {
      console.log('memory store at maxKeys 200,000, 600,000 distinct keys (each live for an hour):');
      console.log(`  first 100k ${Math.round(first).toLocaleString('en-US').padStart(12)} ops/s`);
      console.log(
        `  last 100k  ${Math.round(last).toLocaleString('en-US').padStart(12)} ops/s  (${store.evictions.toLocaleString('en-US')} evictions)`,
      );
    }
  }
  console.log(
    `  ratio last/first: ${median(evictRatios).toFixed(2)}x (median of 5; per round ${evictRatios.map((r) => r.toFixed(2)).join(', ')}; target >= 0.8x)`,
  );

  const steady = (live: number): number => {
    // A new key every `step` ms, each live for `window`: `live` keys are live at any instant.
    const windowMs = 60_000;
    const stepMs = windowMs / live;
    const store = new MemoryRateStore({ maxKeys: 1_000_000 });
    freshKeyRate(store, 0, live * 2, stepMs, windowMs); // fill, then one full turnover
    const rate = freshKeyRate(store, live * 2, 200_000, stepMs, windowMs);
    return 1e9 / rate; // ns per consume
  };
  const costs = { small: [] as number[], large: [] as number[] };
  for (let round = 0; round < 3; round++) {
    costs.small.push(steady(5_000));
    costs.large.push(steady(250_000));
  }
  const small = median(costs.small);
  const large = median(costs.large);
  console.log('memory store under steady expiry (a new key per consume, each live for 60 s), ns per consume:');
  console.log(`  5,000 live keys    ${small.toFixed(0).padStart(8)} ns`);
  console.log(`  250,000 live keys  ${large.toFixed(0).padStart(8)} ns`);
  console.log(`  ratio 250k/5k: ${(large / small).toFixed(2)}x (median of 3 rounds; target <= 2x)`);
}

async function startRedis(): Promise<{ url: string; child: ChildProcess } | undefined> {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => 50 });
  probe.on('error', () => undefined);
  for (let i = 0; i < 100; i++) {
    try {
      await probe.connect();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  probe.disconnect();
  return { url, child };
}

/** Runs `total` async operations with `concurrency` in flight; returns ops/s. */
async function concurrent(
  name: string,
  total: number,
  concurrency: number,
  fn: (i: number) => Promise<unknown>,
): Promise<Measurement> {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await fn(next++);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, ops: total, seconds, opsPerSecond: total / seconds };
}

async function countRoundTrips(url: string, run: () => Promise<void>, checks: number): Promise<number> {
  const admin = new Redis(url);
  const monitor = await admin.monitor();
  let fromClients = 0;
  monitor.on('monitor', (_time: string, _args: string[], source: string) => {
    if (source !== 'lua') fromClients++;
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  fromClients = 0;
  await run();
  await new Promise((resolve) => setTimeout(resolve, 200));
  monitor.disconnect();
  admin.disconnect();
  return fromClients / checks;
}

async function redisSection(): Promise<void> {
  const server = await startRedis();
  if (!server) {
    console.log('redis: skipped (redis-server is not installed)');
    return;
  }
  const picks = distribution();
  const client = new Redis(server.url);
  const ours = createRedisRateStore({ client, prefix: 'bench', timeoutMs: 5_000, blockedCacheSize: 0 });
  const three = (i: number): MemberRateLimit[] => {
    const recipient = keys[picks[i % OPS]!]!;
    return [
      { key: `account:acct${i % 50}`, limit: 1_000_000, windowMs: 1_000, burst: 1_000_000 },
      { key: recipient, limit: 10, windowMs: 60_000, burst: 5 },
      { key: `day:${recipient}`, limit: 20, windowMs: 86_400_000, algorithm: 'fixed', timeZone: 'Asia/Amman' },
    ];
  };
  const peer = new RateLimiterRedis({ storeClient: client, points: 15, duration: 60, keyPrefix: 'rlf' });
  const union = new RateLimiterUnion(
    new RateLimiterRedis({ storeClient: client, points: 1_000_000, duration: 1, keyPrefix: 'u1' }),
    new RateLimiterRedis({ storeClient: client, points: 15, duration: 60, keyPrefix: 'u2' }),
    new RateLimiterRedis({ storeClient: client, points: 20, duration: 86_400, keyPrefix: 'u3' }),
  );
  await ours.consume(three(0), 0);
  await peer.consume('warm').catch(() => undefined);
  await union.consume('warm').catch(() => undefined);

  const trips = 200;
  const oursTrips = await countRoundTrips(
    server.url,
    async () => {
      for (let i = 0; i < trips; i++) await ours.consume(three(i), 0);
    },
    trips,
  );
  const oneTrips = await countRoundTrips(
    server.url,
    async () => {
      for (let i = 0; i < trips; i++) await ours.consume(three(i).slice(0, 1), 0);
    },
    trips,
  );
  const peerTrips = await countRoundTrips(
    server.url,
    async () => {
      for (let i = 0; i < trips; i++) await peer.consume(keys[picks[i]!]!).catch(() => undefined);
    },
    trips,
  );
  const unionTrips = await countRoundTrips(
    server.url,
    async () => {
      for (let i = 0; i < trips; i++) await union.consume(keys[picks[i]!]!).catch(() => undefined);
    },
    trips,
  );
  console.log('redis round trips per check (MONITOR, commands sent by the client):');
  console.log(`  sms-policy, 1 limit                           ${oneTrips.toFixed(2)}`);
  console.log(`  sms-policy, 3 limits atomically               ${oursTrips.toFixed(2)}`);
  console.log(`  RateLimiterRedis, 1 limit                     ${peerTrips.toFixed(2)}`);
  console.log(`  RateLimiterUnion of 3 RateLimiterRedis        ${unionTrips.toFixed(2)} (not atomic)`);

  // Throughput: rounds alternate between the contenders, so a slow spell of a shared machine hits all of them;
  // the figures are medians over rounds, and the ratio is also given per round.
  const total = 20_000;
  const concurrency = 64;
  const rounds = 9;
  const admin = new Redis(server.url);
  const serverCpu = async (): Promise<number> => {
    const info = await admin.info('cpu');
    const user = Number(/used_cpu_user:([\d.]+)/.exec(info)?.[1] ?? 0);
    const sys = Number(/used_cpu_sys:([\d.]+)/.exec(info)?.[1] ?? 0);
    return (user + sys) * 1e6;
  };
  let offset = 0;
  const contenders: Array<{ name: string; run: (i: number) => Promise<unknown> }> = [
    { name: 'sms-policy RedisRateStore, 3 limits atomic', run: (i) => ours.consume(three(i), 0) },
    { name: 'RateLimiterRedis, 1 limit', run: (i) => peer.consume(keys[picks[i % OPS]!]!).catch(() => undefined) },
    {
      name: 'RateLimiterUnion, 3 limits (not atomic)',
      run: (i) => union.consume(keys[picks[i % OPS]!]!).catch(() => undefined),
    },
    { name: 'sms-policy RedisRateStore, 1 limit', run: (i) => ours.consume(three(i).slice(1, 2), 0) },
  ];
  const rates = contenders.map(() => [] as number[]);
  const cpu = contenders.map(() => [] as number[]);
  for (const contender of contenders) {
    // Warm-up, not counted: JIT, the script cache, and the keys every contender creates on first use.
    const start = offset;
    await concurrent(contender.name, total, concurrency, (i) => contender.run(start + i));
    offset += total;
  }
  for (let round = 0; round < rounds; round++) {
    for (const [index, contender] of contenders.entries()) {
      const before = await serverCpu();
      const start = offset;
      const row = await concurrent(contender.name, total, concurrency, (i) => contender.run(start + i));
      offset += total;
      rates[index]!.push(row.opsPerSecond);
      cpu[index]!.push(((await serverCpu()) - before) / total);
    }
  }
  admin.disconnect();
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `redis throughput, ${total.toLocaleString('en-US')} checks per round, ${concurrency} in flight, one shared connection, ` +
      `${rounds} alternating rounds after a warm-up (median):`,
  );
  report(
    contenders.map((contender, index) => ({
      name: contender.name,
      ops: total,
      seconds: total / median(rates[index]!),
      opsPerSecond: median(rates[index]!),
    })),
  );
  console.log('redis-server CPU per check (INFO cpu, user + sys, median):');
  for (const [index, contender] of contenders.entries()) {
    console.log(`  ${contender.name.padEnd(44)} ${median(cpu[index]!).toFixed(1).padStart(6)} us`);
  }
  const perRound = rates[0]!.map((rate, round) => (rate / rates[1]![round]!).toFixed(2));
  console.log(
    `  throughput ratio ours(3 limits)/RateLimiterRedis(1 limit): ${(median(rates[0]!) / median(rates[1]!)).toFixed(2)}x ` +
      `(per round: ${perRound.join(', ')}; target >= 1x)`,
  );
  await ours.close();
  client.disconnect();
  server.child.kill('SIGKILL');
}

function corpus(): string[] {
  try {
    const lines = readFileSync(
      new URL('../../../shared/corpora/uci-sms-spam/SMSSpamCollection', import.meta.url),
      'utf8',
    )
      .split('\n')
      .map((line) => line.slice(line.indexOf('\t') + 1))
      .filter((line) => line.length > 0);
    if (lines.length > 100) return lines;
  } catch {
    // fall through to the built-in samples
  }
  return [
    'Winter sale at Acme: 20% off all coats this weekend only, visit our store in Abdoun.',
    'عزيزي محمد، رصيدك 12.5 دينار. لتجديد الباقة ادخل إلى www.acme.jo/r/1',
    'marhaba ya Sami, 3andak 2 rasa2el jdeed 3ala acme.jo',
    'Your Acme verification code is 4821. Do not share it with anyone.',
  ];
}

async function fingerprintSection(): Promise<void> {
  const texts = corpus();
  const arabic = [
    'عزيزي محمد، رصيدك 12.5 دينار. لتجديد الباقة ادخل إلى www.acme.jo/r/1',
    'خصم 20% على كل المعاطف في متجر أكمي هذا الأسبوع فقط',
  ];
  const mixed = texts.flatMap((text, i) => (i % 4 === 0 ? [text, arabic[i % 2]!] : [text]));
  const n = 100_000;
  const average = mixed.reduce((sum, text) => sum + text.length, 0) / mixed.length;
  console.log(
    `fingerprints, ${mixed.length.toLocaleString('en-US')} messages (UCI SMS corpus + Arabic), mean ${average.toFixed(0)} chars:`,
  );
  for (let i = 0; i < 30_000; i++) {
    // JIT warm-up for both, so the first measured is not the colder one.
    contentFingerprint(mixed[i % mixed.length]!);
    normalize(mixed[i % mixed.length]!);
  }
  const rows = [
    await measure('contentFingerprint (normalize + mask + MinHash)', n, (i) =>
      contentFingerprint(mixed[i % mixed.length]!),
    ),
    await measure('normalize alone (src/text, with offset map)', n, (i) => normalize(mixed[i % mixed.length]!)),
  ];
  report(rows);
  // Fingerprints normalise without the offset map (normalizeUnits), so they can outrun `normalize` itself.
  console.log(
    `  fingerprints: ${Math.round(rows[0]!.opsPerSecond).toLocaleString('en-US')} messages/s (target >= 100,000)`,
  );
}

export default async function run(): Promise<void> {
  // FLOOD_BENCH=memory (or fingerprints, redis) runs one part only.
  const only = process.env.FLOOD_BENCH;
  // The memory section goes last: RateLimiterMemory leaves a live timer per key for a minute, which would
  // slow whatever runs after it.
  if (!only || only === 'fingerprints') await fingerprintSection();
  if (!only || only === 'redis') await redisSection();
  if (!only || only === 'memory') {
    flatnessSection();
    await memorySection();
  }
}
