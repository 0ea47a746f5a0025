/**
 * `sms-policy/sqlite`: a durable consent store in one SQLite file (better-sqlite3 12), the embedded default for
 * one machine. WAL journal with `synchronous = FULL`: an append returns only after its commit is fsynced, so a
 * resolved `ledger.record()` survives a crash of the process or the machine. Several processes may share the
 * file; writers wait for each other and events are only ever inserted, so none is lost.
 *
 * better-sqlite3 is synchronous, and SQLite's own busy handler sleeps inside the call: a writer waiting for
 * another process's lock would block the whole event loop for up to the busy timeout. So SQLite waits at most
 * 20 ms within one call (short contention between writers costs nothing more), and on SQLITE_BUSY the store
 * tries again after an asynchronous pause (1 ms, doubling to 32 ms) until `busyTimeoutMs` has passed: the loop
 * is never blocked for more than about 20 ms at a time.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ConsentEvent, ConsentStore } from '../core/ports.js';
import { type ConsentRowColumns, eventFromRow } from './_consent-row.js';
import { loadPeer } from '../core/peer.js';
import { parseOptions } from '../core/options.js';

export interface SqliteConsentStoreOptions {
  /** Database file; created when missing. `:memory:` works for tests (not durable). */
  path: string;
  /** How long a call waits for another connection's lock, in ms (waiting never blocks the event loop). Default 10,000. */
  busyTimeoutMs?: number;
}

export interface SqliteConsentStore extends ConsentStore {
  close(): Promise<void>;
}

const optionsSchema = z
  .object({ path: z.string().min(1), busyTimeoutMs: z.number().int().positive().max(600_000).optional() })
  .strict();

const SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  account TEXT NOT NULL,
  sender_id TEXT,
  kind TEXT,
  action TEXT NOT NULL CHECK (action IN ('grant', 'revoke')),
  at INTEGER NOT NULL,
  source TEXT NOT NULL,
  evidence TEXT,
  recorded_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS consent_events_subject_account ON consent_events (subject, account);
`;

interface Row extends ConsentRowColumns {
  at: number;
  evidence: string | null;
}

function fromRow(row: Row): ConsentEvent {
  return eventFromRow(
    row,
    row.at,
    row.evidence === null ? null : (JSON.parse(row.evidence) as ConsentEvent['evidence'] & object),
  );
}

// Longest wait for a lock inside one synchronous call (it blocks the event loop), in ms.
const SLICE_MS = 20;

// SQLite limits bound parameters per statement; look subjects up in chunks.
const CHUNK = 500;

/**
 * Opens (or creates) a SQLite consent store.
 *
 * @example
 * import { createSqliteConsentStore } from 'sms-policy/sqlite';
 * const ledger = createConsentLedger({ store: createSqliteConsentStore({ path: 'consent.sqlite' }) });
 */
export function createSqliteConsentStore(options: SqliteConsentStoreOptions): SqliteConsentStore {
  const parsed = parseOptions(optionsSchema, options, 'createSqliteConsentStore');
  const busyTimeoutMs = parsed.busyTimeoutMs ?? 10_000;
  const BetterSqlite = loadPeer<typeof Database>('better-sqlite3', 'sms-policy/sqlite', '^12.0.0');
  const db = new BetterSqlite(parsed.path);
  // Opening may meet a lock too (another process creating the file): there SQLite's own wait is kept.
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  // From here on SQLite waits at most SLICE_MS inside a call; `unlocked` does the rest of the waiting, async.
  db.pragma(`busy_timeout = ${Math.min(SLICE_MS, busyTimeoutMs)}`);

  const insert = db.prepare(
    `INSERT INTO consent_events (id, subject, account, sender_id, kind, action, at, source, evidence, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const appendAll = db.transaction((events: readonly ConsentEvent[]) => {
    const now = Date.now();
    for (const e of events) {
      insert.run(
        e.id,
        e.subject,
        e.account,
        e.senderId ?? null,
        e.kind ?? null,
        e.action,
        e.at.getTime(),
        e.source,
        e.evidence ? JSON.stringify(e.evidence) : null,
        now,
      );
    }
  });
  const columns = 'id, subject, account, sender_id, kind, action, at, source, evidence';
  const byChunk = new Map<string, Database.Statement>();
  const statement = (subjects: number, accounts: number): Database.Statement => {
    const key = `${subjects}:${accounts}`;
    let stmt = byChunk.get(key);
    if (!stmt) {
      const s = Array.from({ length: subjects }, () => '?').join(',');
      const where = accounts > 0 ? ` AND account IN (${Array.from({ length: accounts }, () => '?').join(',')})` : '';
      stmt = db.prepare(`SELECT ${columns} FROM consent_events WHERE subject IN (${s})${where}`);
      byChunk.set(key, stmt);
    }
    return stmt;
  };
  const select = (subjects: readonly string[], accounts: readonly string[] | null): ConsentEvent[] => {
    const out: ConsentEvent[] = [];
    const unique = [...new Set(subjects)];
    const accountList = accounts ? [...new Set(accounts)] : [];
    // One read transaction so a large lookup sees one snapshot.
    db.transaction(() => {
      for (let i = 0; i < unique.length; i += CHUNK) {
        const part = unique.slice(i, i + CHUNK);
        for (const row of statement(part.length, accountList.length).all(...part, ...accountList) as Row[]) {
          out.push(fromRow(row));
        }
      }
    })();
    return out;
  };
  const eraseAll = db.transaction((subjects: readonly string[], tombstones: readonly ConsentEvent[]) => {
    let deleted = 0;
    const unique = [...new Set(subjects)];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const part = unique.slice(i, i + CHUNK);
      deleted += db
        .prepare(`DELETE FROM consent_events WHERE subject IN (${part.map(() => '?').join(',')})`)
        .run(...part).changes;
    }
    appendAll(tombstones);
    return deleted;
  });

  let closed = false;
  const open = () => {
    if (closed) throw new Error('the SQLite consent store is closed');
  };
  /** Runs `work`; while the database is locked by another connection, tries again after short async pauses. */
  async function unlocked<T>(work: () => T): Promise<T> {
    const deadline = Date.now() + busyTimeoutMs;
    for (let pause = 1; ; pause = Math.min(pause * 2, 32)) {
      open();
      try {
        return work();
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() + pause > deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  return {
    async append(events) {
      // IMMEDIATE: take the write lock up front, so a busy database fails at BEGIN (nothing half done) and waits.
      await unlocked(() => appendAll.immediate(events));
    },
    async query(subjects, accounts) {
      return unlocked(() => select(subjects, accounts));
    },
    async listBySubject(subjects) {
      return unlocked(() => select(subjects, null));
    },
    async erase(subjects, tombstones) {
      return unlocked(() => eraseAll.immediate(subjects, tombstones));
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
