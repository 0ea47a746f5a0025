/**
 * SQLite lock contention: while another connection holds the write lock, an append waits WITHOUT blocking the
 * event loop (timers keep firing), lands once the lock is free, and gives up after busyTimeoutMs with an error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteConsentStore } from '../../src/adapters/sqlite.js';
import type { ConsentEvent } from '../../src/core/ports.js';

const dir = mkdtempSync(join(tmpdir(), 'sms-policy-busy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const event = (subject: string): ConsentEvent => ({
  id: `busy-${n++}`,
  subject,
  account: 'acme',
  action: 'revoke',
  at: new Date(),
  source: 'sms-keyword',
});

/** Largest gap between ticks of a 10 ms interval while `run` is pending: how long the loop was blocked. */
async function loopLag<T>(run: () => Promise<T>): Promise<{ lagMs: number; ms: number; value?: T; error?: unknown }> {
  let last = performance.now();
  let lag = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    lag = Math.max(lag, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    const value = await run();
    return { lagMs: Math.max(lag, performance.now() - last), ms: performance.now() - started, value };
  } catch (error) {
    return { lagMs: Math.max(lag, performance.now() - last), ms: performance.now() - started, error };
  } finally {
    clearInterval(timer);
  }
}

describe('SQLite consent store under lock contention', () => {
  it('waits for another writer without blocking the event loop, then lands', async () => {
    const path = join(dir, 'wait.sqlite');
    const store = createSqliteConsentStore({ path, busyTimeoutMs: 5_000 });
    await store.append([event('+962790030000')]);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE'); // holds the write lock
    const release = setTimeout(() => other.exec('COMMIT'), 800);
    const result = await loopLag(() => store.append([event('+962790030001')]));
    clearTimeout(release);
    if (other.inTransaction) other.exec('COMMIT');
    other.close();
    expect(result.error).toBeUndefined();
    expect(result.ms).toBeGreaterThan(700);
    expect(result.lagMs).toBeLessThan(400);
    expect(await store.listBySubject(['+962790030001'])).toHaveLength(1);
    await store.close();
  });

  it('gives up after busyTimeoutMs with an error, the loop still free', async () => {
    const path = join(dir, 'give-up.sqlite');
    const store = createSqliteConsentStore({ path, busyTimeoutMs: 600 });
    await store.append([event('+962790030002')]);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const result = await loopLag(() => store.append([event('+962790030003')]));
    other.exec('ROLLBACK');
    other.close();
    expect(String((result.error as { code?: string })?.code)).toMatch(/^SQLITE_BUSY/);
    expect(result.ms).toBeGreaterThan(500);
    expect(result.ms).toBeLessThan(2_000);
    expect(result.lagMs).toBeLessThan(400);
    await store.close();
  });
});
