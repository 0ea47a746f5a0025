import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteConsentStore } from '../../src/adapters/sqlite.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { runDurability, runRace } from './_multiprocess.js';
import { describeConsentStore } from './store-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'sms-policy-consent-'));
let n = 0;
const freshPath = () => join(dir, `ledger-${process.pid}-${n++}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeConsentStore('SQLite', async () => {
  const store = createSqliteConsentStore({ path: freshPath() });
  return { store, dispose: () => store.close() };
});

describe('SQLite consent store', () => {
  it('uses WAL with synchronous=FULL and survives reopening', async () => {
    const path = freshPath();
    const { default: Database } = await import('better-sqlite3');
    const store = createSqliteConsentStore({ path });
    await store.append([
      { id: 'e1', subject: '+962791234567', account: 'acme', action: 'revoke', at: new Date(0), source: 'api' },
    ]);
    await store.close();
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    const again = createSqliteConsentStore({ path });
    expect(await again.listBySubject(['+962791234567'])).toHaveLength(1);
    await again.close();
    await expect(again.query(['x'], ['acme'])).rejects.toThrow(/closed/);
  });

  it('rejects bad options with PolicyConfigError', () => {
    expect(() => createSqliteConsentStore({ path: '' })).toThrow(PolicyConfigError);
    expect(() => createSqliteConsentStore({} as never)).toThrow(PolicyConfigError);
  });

  it('keeps the latest event and every revoke when processes race', async () => {
    const path = freshPath();
    const report = await runRace('sqlite', path, async () => createSqliteConsentStore({ path }));
    console.log(
      `[consent] sqlite race: ${report.children} processes × ${report.rounds} rounds, ${report.events} events in ${report.seconds.toFixed(2)} s`,
    );
    expect(report.events).toBe(800);
  }, 90_000);

  it('keeps every acknowledged revoke when the writer is SIGKILLed', async () => {
    const path = freshPath();
    const report = await runDurability('sqlite', path, async () => createSqliteConsentStore({ path }));
    console.log(
      `[consent] sqlite SIGKILL: ${report.acknowledged} acknowledged, ${report.present} present, ${report.unacknowledgedPresent} in-flight also present`,
    );
    expect(report.present).toBe(report.acknowledged);
  }, 90_000);
});
