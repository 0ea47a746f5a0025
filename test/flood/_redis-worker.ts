/**
 * A worker process for the Redis integration test (run with `node --import tsx`). Modes:
 * - `hammer`: consumes the shared HAMMER limits in random combinations for `durationMs`, printing every
 *   decision `{ ok, picks, at }` (at = the Redis clock) as one JSON line at the end.
 * - `once`: one call with a 20 s timeout, then close (the parent checks the process exits at once).
 * - `outage`: runs policy checks through createPolicy (onError 'deny') for `durationMs` while the parent
 *   kills or stops Redis, printing `{ start, ms, verdict, rules }` per decision and the unhandled rejections.
 */
import { createRedisRateStore } from '../../src/adapters/redis.js';
import { createPolicy } from '../../src/core/policy.js';
import { defineRule } from '../../src/core/rule.js';
import type { MemberRateLimit } from '../../src/core/rate-limit.js';

export const HAMMER: MemberRateLimit[] = [
  { key: 'hammer:gcra', limit: 40, windowMs: 1_000, burst: 10 },
  { key: 'hammer:fixed', limit: 90, windowMs: 2_000, algorithm: 'fixed' },
  { key: 'hammer:sliding', limit: 25, windowMs: 1_000, algorithm: 'sliding' },
  { key: 'hammer:total', limit: 1_000_000_000, windowMs: 366 * 86_400_000, algorithm: 'fixed' },
];
export const OUTAGE_TIMEOUT_MS = 250;

const [mode, url, prefix, durationText] = process.argv.slice(2);
const durationMs = Number(durationText);
let unhandled = 0;
process.on('unhandledRejection', () => {
  unhandled++;
});

if (mode === 'hammer') {
  const store = createRedisRateStore({ url: url!, prefix: prefix!, timeoutMs: 2_000, blockedCacheSize: 0 });
  const decisions: Array<{ ok: boolean; picks: number[]; at: number }> = [];
  const end = Date.now() + durationMs;
  // Eight loops in flight per process, so calls are also batched into shared scripts.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (Date.now() < end) {
        const picks = [0, 1, 2, 3].filter(() => Math.random() < 0.6);
        if (picks.length === 0) continue;
        const result = await store.consume(
          picks.map((i) => HAMMER[i]!),
          0,
        );
        decisions.push({ ok: result.allowed, picks, at: result.atMs ?? -1 });
      }
    }),
  );
  await store.close();
  process.stdout.write(`${JSON.stringify({ decisions, unhandled })}\n`);
} else if (mode === 'outage') {
  const rateStore = createRedisRateStore({ url: url!, prefix: prefix!, timeoutMs: OUTAGE_TIMEOUT_MS });
  const rule = defineRule({
    id: 'test/outage',
    claims: (message) => [
      {
        limit: { key: `outage:${message.to}`, limit: 1_000_000, windowMs: 1_000, burst: 1_000 },
        onBlocked: () => ({ ruleId: 'test/outage', action: 'deny', messageId: 'x', message: 'x' }),
      },
      {
        limit: { key: 'outage:all', limit: 10_000, windowMs: 1_000, algorithm: 'sliding' as const },
        onBlocked: () => ({ ruleId: 'test/outage', action: 'deny', messageId: 'x', message: 'x' }),
      },
    ],
  });
  const policy = createPolicy({ rules: [rule], rateStore, onError: 'deny', timeoutMs: 5_000 });
  const decisions: Array<{ start: number; ms: number; verdict: string; rules: string[] }> = [];
  // Warm up (connect, load the script), tell the parent, then run for durationMs.
  while (
    (await rateStore.consume([{ key: 'outage:warm', limit: 1e9, windowMs: 1_000, burst: 1e9 }], 0)).allowed !== true
  );
  process.stdout.write('ready\n');
  const end = Date.now() + durationMs;
  let i = 0;
  while (Date.now() < end) {
    const start = Date.now();
    const decision = await policy.check({
      account: 'acme',
      senderId: 'Acme',
      to: `0791${String(100_000 + (i++ % 1000))}`,
      text: 'Your code is 1234',
      kind: 'SRV',
    });
    decisions.push({
      start,
      ms: Date.now() - start,
      verdict: decision.verdict,
      rules: decision.findings.map((f) => f.ruleId),
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await rateStore.close();
  process.stdout.write(`${JSON.stringify({ decisions, unhandled })}\n`);
} else if (mode === 'once') {
  // One call with a long timeout, then close: the process must exit at once (no timer left behind).
  const store = createRedisRateStore({ url: url!, prefix: prefix!, timeoutMs: 20_000 });
  const result = await store.consume([{ key: 'once', limit: 5, windowMs: 1_000 }], 0);
  await store.close();
  process.stdout.write(`${JSON.stringify({ decisions: [{ ok: result.allowed }], unhandled })}\n`);
}
