/**
 * createRedisRateStore against a PRIVATE redis-server this test starts on a free port and stops:
 * the same decisions as the memory store, one round trip per call, 4 worker processes hammering shared keys
 * without exceeding any bound or moving a counter on a denial, and SIGKILL / SIGSTOP mid-run.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisRateStore } from '../../src/adapters/redis.js';
import type { MemberRateLimit } from '../../src/core/rate-limit.js';
import { MemoryRateStore } from '../../src/flood/memory-store.js';
import { freePort, reachable } from '../helpers/services.js';
import { maxInWindow } from './_fixture.js';
import { HAMMER, OUTAGE_TIMEOUT_MS } from './_redis-worker.js';

function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const installed = hasRedisServer();
if (!installed) {
  if (process.env.CI === 'true')
    throw new Error('redis-server is not installed and CI=true: the Redis store tests must run.');
  console.warn('[sms-policy] skipping Redis store tests: redis-server is not installed.');
}

let port = 0;
let server: ChildProcess | undefined;
let url = '';

async function startRedis(): Promise<void> {
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (await reachable(url, 'redis', 200)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('private redis-server did not start');
}

function stopRedis(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const workerPath = fileURLToPath(new URL('./_redis-worker.ts', import.meta.url));

interface WorkerReport {
  unhandled: number;
  decisions: Array<{
    ok: boolean;
    picks: number[];
    at: number;
    start: number;
    ms: number;
    verdict: string;
    rules: string[];
  }>;
}

function runWorker(mode: string, prefix: string, durationMs: number, onReady?: () => void): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', workerPath, mode, url, prefix, String(durationMs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (onReady && out.includes('ready\n')) {
        onReady();
        onReady = undefined;
      }
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited ${code}: ${err.slice(0, 500)}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!));
    });
  });
}

describe.skipIf(!installed)('createRedisRateStore (private redis-server)', () => {
  beforeAll(async () => {
    port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    await startRedis();
  });
  afterAll(async () => {
    await stopRedis();
  });

  it('decides exactly like MemoryRateStore on the caller clock (differential, every algorithm)', async () => {
    const shapes: MemberRateLimit[] = [
      { key: 'g', limit: 4, windowMs: 1_000, burst: 2 },
      { key: 'f', limit: 3, windowMs: 86_400_000, algorithm: 'fixed', timeZone: 'Asia/Amman' },
      { key: 's', limit: 3, windowMs: 900, algorithm: 'sliding' },
      { key: 'm', limit: 2, windowMs: 1_500, algorithm: 'sliding', member: 'a' },
      { key: 'm', limit: 2, windowMs: 1_500, algorithm: 'sliding', member: 'b' },
      { key: 'm', limit: 2, windowMs: 1_500, algorithm: 'sliding', member: 'c' },
    ];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 })), {
          minLength: 1,
          maxLength: 60,
        }),
        async (steps) => {
          const redis = createRedisRateStore({ url, prefix: `diff${run++}`, clock: 'caller', blockedCacheSize: 0 });
          const memory = new MemoryRateStore();
          let now = Date.parse('2025-06-01T20:59:00Z'); // crosses Amman midnight
          try {
            for (const [gap, picks] of steps) {
              now += gap * 10;
              const limits = picks.map((i) => shapes[i]!);
              const expected = await memory.consume(limits, now);
              const actual = await redis.consume(limits, now);
              expect({ allowed: actual.allowed, blockedBy: actual.blockedBy }).toEqual({
                allowed: expected.allowed,
                blockedBy: expected.blockedBy,
              });
              // A sliding key named twice in one call: Redis computes the retry from stored entries only, so it
              // may be shorter (documented); decisions stay identical.
              const repeated = new Set(limits.map((l) => l.key)).size < limits.length;
              if (!expected.allowed && !repeated) {
                expect(Math.abs(actual.retryAfterMs! - expected.retryAfterMs!)).toBeLessThanOrEqual(1);
              }
            }
          } finally {
            await redis.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('decides batched concurrent calls exactly like MemoryRateStore run one by one (mixed shapes)', async () => {
    // Calls made together ride in shared scripts, which read each key once and write it once at the end: the
    // calls of a batch must still see each other's effects as if each had run alone.
    const shapes: MemberRateLimit[] = [
      { key: 'g', limit: 3, windowMs: 1_000, burst: 1 },
      { key: 'g', limit: 7, windowMs: 3_000, burst: 2 }, // the same GCRA key under another limit
      { key: 'f', limit: 4, windowMs: 86_400_000, algorithm: 'fixed', timeZone: 'Asia/Amman' },
      { key: 'f2', limit: 2, windowMs: 500, algorithm: 'fixed' },
      { key: 's', limit: 3, windowMs: 900, algorithm: 'sliding' },
      { key: 'm', limit: 2, windowMs: 1_500, algorithm: 'sliding', member: 'a' },
      { key: 'm', limit: 2, windowMs: 1_500, algorithm: 'sliding', member: 'b' },
      { key: 'big', limit: 1_000_000, windowMs: 1_000, burst: 1_000_000 },
    ];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 300 }),
            fc.array(fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), { minLength: 1, maxLength: 12 }),
          ),
          { minLength: 1, maxLength: 25 },
        ),
        fc.integer({ min: 1, max: 4 }),
        async (steps, maxInFlight) => {
          const redis = createRedisRateStore({
            url,
            prefix: `batchdiff${run++}`,
            clock: 'caller',
            blockedCacheSize: 0,
            maxInFlight,
            maxBatch: 5,
          });
          const memory = new MemoryRateStore();
          let now = Date.parse('2025-06-01T20:59:30Z');
          try {
            for (const [gap, calls] of steps) {
              now += gap * 10;
              const at = now;
              const actual = await Promise.all(
                calls.map((picks) =>
                  redis.consume(
                    picks.map((i) => shapes[i]!),
                    at,
                  ),
                ),
              );
              for (let c = 0; c < calls.length; c++) {
                const limits = calls[c]!.map((i) => shapes[i]!);
                const expected = await memory.consume(limits, at);
                expect({ allowed: actual[c]!.allowed, blockedBy: actual[c]!.blockedBy }).toEqual({
                  allowed: expected.allowed,
                  blockedBy: expected.blockedBy,
                });
                const repeated = new Set(limits.map((l) => l.key)).size < limits.length;
                if (!expected.allowed && !repeated) {
                  expect(Math.abs(actual[c]!.retryAfterMs! - expected.retryAfterMs!)).toBeLessThanOrEqual(1);
                }
              }
            }
          } finally {
            await redis.close();
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('answers calls with many limits and long waits exactly (reply encoding)', async () => {
    const store = createRedisRateStore({ url, prefix: 'encoding', clock: 'caller', blockedCacheSize: 0 });
    try {
      const many: MemberRateLimit[] = Array.from({ length: 40 }, (_, i) => ({
        key: `k${i}`,
        limit: 1_000,
        windowMs: 1_000,
        burst: 1_000,
      }));
      const yearly: MemberRateLimit = { key: 'yearly', limit: 1, windowMs: 366 * 86_400_000, algorithm: 'fixed' };
      const t0 = Date.parse('2025-01-01T00:00:00Z');
      expect((await store.consume([...many, yearly], t0)).allowed).toBe(true);
      const refused = await store.consume([...many, yearly], t0 + 1);
      expect(refused.allowed).toBe(false);
      expect(refused.blockedBy).toBe(40);
      const memory = new MemoryRateStore();
      await memory.consume([...many, yearly], t0);
      const expected = await memory.consume([...many, yearly], t0 + 1);
      expect(refused.retryAfterMs).toBe(expected.retryAfterMs);
      expect(refused.retryAfterMs).toBeGreaterThan(86_400_000);
    } finally {
      await store.close();
    }
  });

  it('keeps every GCRA key alive past its TAT, and a fixed key until its window ends (expiries kept, not rewritten)', async () => {
    const admin = new Redis(url);
    const store = createRedisRateStore({ url, prefix: 'expiry', blockedCacheSize: 0 });
    try {
      const gcra: MemberRateLimit = { key: 'g', limit: 5, windowMs: 2_000, burst: 3 };
      const fixed: MemberRateLimit = { key: 'f', limit: 1_000, windowMs: 1_500, algorithm: 'fixed' };
      const gKey = 'expiry:{expiry}:gcra:g';
      const fKey = 'expiry:{expiry}:fixed:f';
      let previousFixedTtl = Number.POSITIVE_INFINITY;
      let fixedIndex = -1;
      for (let i = 0; i < 30; i++) {
        const result = await store.consume([gcra, fixed], 0);
        const [value, gTtl, fValue, fTtl, time] = (await admin
          .multi()
          .getBuffer(gKey)
          .pttl(gKey)
          .get(fKey)
          .pttl(fKey)
          .time()
          .exec())!.map(([, v]) => v) as [Buffer, number, string, number, [string, string]];
        const now = Number(time[0]) * 1_000 + Math.floor(Number(time[1]) / 1_000);
        // 'G', then the TAT and the instant the key expires at, as two little-endian doubles.
        expect(value.length).toBe(17);
        expect(value[0]).toBe(71);
        const tat = value.readDoubleLE(1);
        const expires = value.readDoubleLE(9);
        expect(expires).toBeGreaterThanOrEqual(tat);
        expect(gTtl).toBeGreaterThan(0);
        expect(now + gTtl).toBeGreaterThanOrEqual(Math.floor(tat) - 2); // alive until its TAT (ms rounding)
        expect(gTtl).toBeLessThanOrEqual(Math.ceil((gcra.burst! + 1) * (gcra.windowMs / gcra.limit)));
        if (result.allowed) {
          const index = Number(fValue.split(':')[0]);
          expect(fTtl).toBeGreaterThan(0);
          expect(now + fTtl).toBeGreaterThanOrEqual((index + 1) * fixed.windowMs); // alive to its window's end
          expect(now + fTtl).toBeLessThanOrEqual((index + 1) * fixed.windowMs + 1_000 + 5);
          // Within one window the expiry is kept: the remaining time only goes down.
          if (index === fixedIndex) expect(fTtl).toBeLessThanOrEqual(previousFixedTtl);
          fixedIndex = index;
          previousFixedTtl = fTtl;
        }
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    } finally {
      await store.close();
      await admin.quit();
    }
  });

  it('on the caller clock, every write sets the expiry afresh from the caller instant (replays)', async () => {
    const admin = new Redis(url);
    const store = createRedisRateStore({ url, prefix: 'replay', clock: 'caller', blockedCacheSize: 0 });
    try {
      const fixed: MemberRateLimit = { key: 'f', limit: 100, windowMs: 10_000, algorithm: 'fixed' };
      const gcra: MemberRateLimit = { key: 'g', limit: 10, windowMs: 10_000, burst: 9 };
      const start = 1_800_000_000_000; // a window boundary (divisible by 10 s)
      await store.consume([fixed, gcra], start + 1_000);
      const first = await admin.pttl('replay:{replay}:fixed:f');
      expect(first).toBeGreaterThan(9_000);
      // Five seconds later on the caller's clock, almost no time later in reality: the window ends in 4 s.
      await store.consume([fixed, gcra], start + 6_000);
      const second = await admin.pttl('replay:{replay}:fixed:f');
      expect(second).toBeLessThanOrEqual(4_000 + 1_000);
      expect(second).toBeGreaterThan(4_000);
      expect(await admin.pttl('replay:{replay}:gcra:g')).toBeGreaterThan(0);
    } finally {
      await store.close();
      await admin.quit();
    }
  });

  it('reads a GCRA TAT stored as decimal text (the earlier format) and rewrites it in the packed one', async () => {
    const admin = new Redis(url);
    const store = createRedisRateStore({ url, prefix: 'legacy', clock: 'caller', blockedCacheSize: 0 });
    try {
      const limit: MemberRateLimit = { key: 'g', limit: 1, windowMs: 60_000 };
      const now = 1_800_000_000_000;
      await admin.set('legacy:{legacy}:gcra:g', String(now + 30_000.5), 'PX', 60_000);
      const refused = await store.consume([limit], now);
      expect(refused).toMatchObject({ allowed: false, blockedBy: 0, retryAfterMs: 30_001 });
      expect((await store.consume([limit], now + 30_001)).allowed).toBe(true);
      const value = await admin.getBuffer('legacy:{legacy}:gcra:g');
      expect(value?.[0]).toBe(71);
      expect(value?.readDoubleLE(1)).toBe(now + 30_001 + 60_000);
    } finally {
      await store.close();
      await admin.quit();
    }
  });

  it('uses one round trip per check, whatever the number of limits; the blocked cache skips it', async () => {
    const admin = new Redis(url);
    const monitor = await admin.monitor();
    const store = createRedisRateStore({ url, prefix: 'trips' });
    // MONITOR shows every command; those a script runs come from source 'lua'. Count the client's own.
    let fromClient = 0;
    let fromScript = 0;
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (!args[1]?.includes('trips') && !args[3]?.includes('trips') && source !== 'lua') return;
      if (source === 'lua') fromScript++;
      else fromClient++;
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
    try {
      await store.consume([{ key: 'warm', limit: 1, windowMs: 1 }], 0); // connect, load the script
      for (const count of [1, 3, 8]) {
        const limits = Array.from({ length: count }, (_, i) => ({
          key: `k${count}:${i}`,
          limit: 1_000,
          windowMs: 1_000,
          burst: 1_000,
        }));
        await settle();
        fromClient = 0;
        fromScript = 0;
        for (let i = 0; i < 20; i++) await store.consume(limits, 0);
        await settle();
        expect(fromClient).toBe(20); // one EVALSHA per check
        expect(fromScript).toBeGreaterThanOrEqual(20 * count); // the script touched every key
      }
      const tight = [{ key: 'tight', limit: 1, windowMs: 60_000 }];
      await store.consume(tight, 0);
      expect((await store.consume(tight, 0)).allowed).toBe(false);
      await settle();
      fromClient = 0;
      for (let i = 0; i < 10; i++) expect((await store.consume(tight, 0)).allowed).toBe(false);
      await settle();
      expect(fromClient).toBe(0);
      expect(store.cacheHits).toBe(10);
    } finally {
      monitor.disconnect();
      await store.close();
      admin.disconnect();
    }
  });

  it('batches concurrent calls into shared scripts with the same decisions as one by one', async () => {
    const store = createRedisRateStore({ url, prefix: 'batch', blockedCacheSize: 0, maxInFlight: 1 });
    try {
      const day = { key: 'one-key', limit: 10, windowMs: 86_400_000, algorithm: 'fixed' as const };
      const other = { key: 'other', limit: 1_000, windowMs: 86_400_000, algorithm: 'fixed' as const };
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => store.consume(i % 2 ? [other, day] : [day], 0)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(10);
      expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterMs! > 0)).toBe(true);
      // Calls 2..40 waited for call 1 and went together: the decisions carry at most a few distinct instants.
      expect(new Set(results.map((r) => r.atMs)).size).toBeLessThanOrEqual(3);
      // `other` moved only with the allowed calls that named it.
      let left = 0;
      while ((await store.consume([other], 0)).allowed) left++;
      const otherAllowed = results.filter((r, i) => r.allowed && i % 2 === 1).length;
      expect(left).toBe(1_000 - otherAllowed);
    } finally {
      await store.close();
    }
  });

  it('falls back to EVAL after SCRIPT FLUSH (NOSCRIPT)', async () => {
    const admin = new Redis(url);
    const store = createRedisRateStore({ url, prefix: 'flush' });
    const limit = { key: 'a', limit: 5, windowMs: 1_000, burst: 5 };
    await store.consume([limit], 0);
    await admin.script('FLUSH');
    expect(await admin.script('EXISTS', 'x'.repeat(40))).toEqual([0]);
    expect((await store.consume([limit], 0)).allowed).toBe(true);
    expect((await store.consume([limit], 0)).allowed).toBe(true);
    await store.close();
    await admin.quit();
  });

  it('keeps every key of a store under one hash tag (one Cluster slot)', async () => {
    const admin = new Redis(url);
    const store = createRedisRateStore({ url, prefix: 'tag' });
    await store.consume(
      [
        { key: 'account:acme', limit: 5, windowMs: 1_000 },
        { key: 'recipient:+962791234567', limit: 5, windowMs: 1_000, algorithm: 'sliding' },
      ],
      0,
    );
    const keys = await admin.keys('tag:*');
    expect(keys.length).toBe(2);
    const slots = new Set(
      await Promise.all(keys.map((key) => admin.cluster('KEYSLOT', key).catch(() => key.match(/\{[^}]+\}/)?.[0]))),
    );
    expect(slots.size).toBe(1);
    await store.close();
    await admin.quit();
  });

  it('leaves no timer behind: a process that made a call and closed the store exits at once', async () => {
    const started = Date.now();
    const report = await runWorker('once', `once${Date.now()}`, 0);
    expect(report.decisions).toEqual([{ ok: true }]);
    expect(Date.now() - started).toBeLessThan(10_000); // the call's timeout is 20 s
  }, 30_000);

  it('4 worker processes hammering shared keys never exceed a bound, and denials move no counter', async () => {
    const prefix = `hammer${Date.now()}`;
    const results = await Promise.all([0, 1, 2, 3].map(() => runWorker('hammer', prefix, 2_500)));
    const decisions = results.flatMap((r) => r.decisions);
    expect(results.every((r) => r.unhandled === 0)).toBe(true);
    expect(decisions.length).toBeGreaterThan(400);
    const allowed = decisions.filter((d) => d.ok);
    expect(allowed.length).toBeGreaterThan(20);
    expect(decisions.length - allowed.length).toBeGreaterThan(50); // the limits were really contended
    const times = (index: number) =>
      allowed
        .filter((d) => d.picks.includes(index))
        .map((d) => d.at)
        .sort((a, b) => a - b);
    const [gcra, fixed, sliding] = HAMMER as [MemberRateLimit, MemberRateLimit, MemberRateLimit];
    expect(maxInWindow(times(0), gcra.windowMs)).toBeLessThanOrEqual(gcra.limit + gcra.burst!);
    const perWindow = new Map<number, number>();
    for (const at of times(1))
      perWindow.set(Math.floor(at / fixed.windowMs), (perWindow.get(Math.floor(at / fixed.windowMs)) ?? 0) + 1);
    expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(fixed.limit);
    expect(maxInWindow(times(2), sliding.windowMs)).toBeLessThanOrEqual(sliding.limit);
    // The never-refusing counter equals the number of ALLOWED calls that named it: denied calls took nothing.
    const admin = new Redis(url);
    const total = await admin.get(`${prefix}:{${prefix}}:fixed:hammer:total`);
    expect(Number(total?.split(':')[1])).toBe(times(3).length);
    expect(decisions.filter((d) => d.picks.includes(3)).length).toBeGreaterThan(times(3).length);
    await admin.quit();
  }, 60_000);

  for (const [label, stop, resume] of [
    ['SIGKILL, then a restart', 'SIGKILL', 'restart'],
    ['SIGSTOP, then SIGCONT', 'SIGSTOP', 'SIGCONT'],
  ] as const) {
    it(`${label}: every decision returns within the timeout as onError, then the store recovers`, async () => {
      const prefix = `outage${Date.now()}`;
      let ready = 0;
      let allReady: () => void = () => undefined;
      const started = new Promise<void>((resolve) => {
        allReady = resolve;
      });
      const workers = Promise.all(
        [0, 1, 2, 3].map(() =>
          runWorker('outage', prefix, 8_000, () => {
            if (++ready === 4) allReady();
          }),
        ),
      );
      await started;
      await new Promise((resolve) => setTimeout(resolve, 500)); // a healthy phase
      const stoppedAt = Date.now();
      if (stop === 'SIGKILL') await stopRedis('SIGKILL');
      else server!.kill('SIGSTOP');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const resumedAt = Date.now();
      if (resume === 'restart') await startRedis();
      else server!.kill('SIGCONT');
      const results = await workers;
      for (const result of results) {
        const decisions = result.decisions;
        expect(result.unhandled).toBe(0);
        const before = decisions.filter((d) => d.start + d.ms < stoppedAt);
        const during = decisions.filter((d) => d.start > stoppedAt + 50 && d.start + d.ms < resumedAt);
        const after = decisions.filter((d) => d.start > resumedAt + 1_500);
        expect(before.length).toBeGreaterThan(0);
        expect(before.filter((d) => d.verdict !== 'allow')).toEqual([]);
        expect(during.length).toBeGreaterThan(0);
        for (const d of during) {
          expect(d.verdict).toBe('deny');
          expect(d.rules).toEqual(['core/rate-store']);
        }
        // Every decision, healthy or not, came back within the store's timeout (plus scheduling slack).
        expect(Math.max(...decisions.map((d) => d.ms))).toBeLessThan(OUTAGE_TIMEOUT_MS + 250);
        expect(after.length).toBeGreaterThan(0);
        expect(after.filter((d) => d.verdict !== 'allow')).toEqual([]);
      }
    }, 60_000);
  }
});
