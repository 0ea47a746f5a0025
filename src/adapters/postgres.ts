/**
 * `sms-policy/postgres`: a consent store in PostgreSQL (pg). The store creates its schema on first use, inside a
 * transaction holding an advisory lock so concurrent first uses do not race (or run `consentSchemaSql(schema)`
 * yourself as a migration and pass `migrate: false`). Appends run in a transaction with
 * `synchronous_commit = on`, so a resolved `ledger.record()` is on the server's disk. Events are only inserted:
 * concurrent writers from any number of processes cannot overwrite each other.
 */
import type pg from 'pg';
import { z } from 'zod';
import type { ConsentEvent, ConsentStore } from '../core/ports.js';
import { type ConsentRowColumns, eventFromRow } from './_consent-row.js';
import { toStorableValue } from '../core/_well-formed.js';
import { loadPeer } from '../core/peer.js';
import { parseOptions } from '../core/options.js';
import { isConnectionError, PostgresConsentStoreError, pgSessions, type Query } from './_pg-session.js';

export { PostgresConsentStoreError } from './_pg-session.js';

export interface PostgresConsentStoreOptions {
  /** e.g. `postgres://user@host:5432/db`; ignored when `pool` is given. */
  connectionString?: string;
  /** Your pool; the store borrows connections and never ends it. */
  pool?: pg.Pool;
  /** Schema holding the `consent_events` table. Default `sms_policy`. */
  schema?: string;
  /** Create the schema and table on first use. Default true. */
  migrate?: boolean;
  /** Longest wait for a connection (a free pool slot and the server's handshake), ms. Default 3,000. */
  connectTimeoutMs?: number;
  /** Server-side limit of one statement (`statement_timeout`), ms. Default 3,000. */
  statementTimeoutMs?: number;
  /**
   * Client-side limit of one round trip, ms: with no answer by then (a frozen server, a dead link) the call
   * rejects and the connection is dropped. Default 4,000, above `statementTimeoutMs` so that the server's own
   * cancel, with its clearer error, normally comes first.
   */
  queryTimeoutMs?: number;
}

export interface PostgresConsentStore extends ConsentStore {
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const timeout = z.number().int().positive().max(600_000);

const optionsSchema = z
  .object({
    connectionString: z.string().min(1).optional(),
    pool: z
      .custom<pg.Pool>((value) => value !== null && typeof value === 'object' && 'connect' in (value as object))
      .optional(),
    schema: z.string().regex(SCHEMA_NAME, 'must be a lower-case SQL identifier').optional(),
    migrate: z.boolean().optional(),
    connectTimeoutMs: timeout.optional(),
    statementTimeoutMs: timeout.optional(),
    queryTimeoutMs: timeout.optional(),
  })
  .strict();

/** The DDL the store runs on first use; run it yourself as a migration if you prefer (`migrate: false`). */
export function consentSchemaSql(schema = 'sms_policy'): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name ${schema}`);
  return `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.consent_events (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  account TEXT NOT NULL,
  sender_id TEXT,
  kind TEXT,
  action TEXT NOT NULL CHECK (action IN ('grant', 'revoke')),
  at TIMESTAMPTZ NOT NULL,
  source TEXT NOT NULL,
  evidence JSONB,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS consent_events_subject_account ON ${schema}.consent_events (subject, account);
`;
}

interface Row extends ConsentRowColumns {
  at_ms: number;
  evidence: NonNullable<ConsentEvent['evidence']> | null;
}

function fromRow(row: Row): ConsentEvent {
  return eventFromRow(row, row.at_ms, row.evidence);
}

// Rows per INSERT statement (arrays through unnest keep it to 9 parameters whatever the size).
const INSERT_CHUNK = 10_000;
// Attempts of one append or read when the connection drops under it (a terminated backend, a failover).
const ATTEMPTS = 3;
const RETRY_DELAYS_MS = [25, 150];

/**
 * Worth trying again on a fresh connection: the connection dropped (a terminated backend, a restart, a
 * failover). Not a timeout: a server that did not answer in time is likely still stuck, and a retry would only
 * stretch the call past the bound its caller relies on.
 */
function isRetryable(error: unknown): boolean {
  if (error instanceof PostgresConsentStoreError && error.code !== 'PG_CONNECTION') return false;
  return isConnectionError(error);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Connects a PostgreSQL consent store.
 *
 * Faults: a dropped connection (a restart, a failover, `pg_terminate_backend`), idle or mid-transaction, never
 * raises an unhandled `'error'` event: the broken client is dropped and the next call connects anew. An append or
 * a read that meets a dropped connection is tried again on a fresh one (an append first checks whether its
 * commit landed, so nothing is written twice); if the server stays away the call rejects. Every round trip is
 * bounded (`connectTimeoutMs`, `statementTimeoutMs`, `queryTimeoutMs`), so a frozen server turns into a rejection
 * the policy maps to `onError`, never a hang.
 *
 * @example
 * import { createPostgresConsentStore } from 'sms-policy/postgres';
 * const store = createPostgresConsentStore({ connectionString: process.env.DATABASE_URL });
 * const ledger = createConsentLedger({ store });
 */
export function createPostgresConsentStore(options: PostgresConsentStoreOptions = {}): PostgresConsentStore {
  const parsed = parseOptions(optionsSchema, options, 'createPostgresConsentStore');
  const connectTimeoutMs = parsed.connectTimeoutMs ?? 3_000;
  const statementTimeoutMs = parsed.statementTimeoutMs ?? 3_000;
  const queryTimeoutMs = parsed.queryTimeoutMs ?? 4_000;
  const ownPool = !options.pool;
  const pool =
    options.pool ??
    new (loadPeer<typeof pg>('pg', 'sms-policy/postgres', '^8.11.0').Pool)({
      ...(parsed.connectionString ? { connectionString: parsed.connectionString } : {}),
      connectionTimeoutMillis: connectTimeoutMs,
      statement_timeout: statementTimeoutMs,
      query_timeout: queryTimeoutMs,
      keepAlive: true,
      fallback_application_name: 'sms-policy',
    });
  // An idle pooled client whose connection drops makes the pool emit 'error'; with no listener that event
  // would end the process. The pool has already discarded the client, and the next checkout connects anew, so
  // there is nothing more to do. A pool you pass keeps your listener; one without any gets this one.
  const ignoreIdleError = (): void => undefined;
  const addedListener = ownPool || pool.listenerCount('error') === 0;
  if (addedListener) pool.on('error', ignoreIdleError);
  const lendsPool = !ownPool && addedListener;
  const schema = parsed.schema ?? 'sms_policy';
  const table = `${schema}.consent_events`;
  const migrate = parsed.migrate ?? true;
  let ready: Promise<void> | undefined;
  let closed = false;
  const { withClient, transaction } = pgSessions({ pool, connectTimeoutMs, queryTimeoutMs, statementTimeoutMs });

  /** Runs `run` again on a fresh connection when the connection dropped under it (at most ATTEMPTS times). */
  async function retrying<T>(run: (attempt: number) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run(attempt);
      } catch (error) {
        if (closed || attempt + 1 >= ATTEMPTS || !isRetryable(error)) throw error;
        await sleep(RETRY_DELAYS_MS[attempt] ?? 150);
      }
    }
  }

  function ensureReady(): Promise<void> {
    if (closed) {
      return Promise.reject(new PostgresConsentStoreError('PG_CLOSED', 'the PostgreSQL consent store is closed'));
    }
    if (!migrate) return Promise.resolve();
    ready ??= retrying(() =>
      transaction(async (query) => {
        await query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sms-policy:consent:${schema}`]);
        await query(consentSchemaSql(schema));
      }),
    ).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  async function insert(query: Query, events: readonly ConsentEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      const part = events.slice(i, i + INSERT_CHUNK);
      await query(
        `INSERT INTO ${table} (id, subject, account, sender_id, kind, action, at, source, evidence)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                              $7::timestamptz[], $8::text[], $9::jsonb[])`,
        [
          part.map((e) => e.id),
          part.map((e) => e.subject),
          part.map((e) => e.account),
          part.map((e) => e.senderId ?? null),
          part.map((e) => e.kind ?? null),
          part.map((e) => e.action),
          part.map((e) => e.at.toISOString()),
          part.map((e) => e.source),
          // The ledger already stores well-formed evidence; events appended directly are made so here, since
          // JSONB refuses NUL and unpaired surrogates and the whole append would fail.
          part.map((e) => (e.evidence ? JSON.stringify(toStorableValue(e.evidence)) : null)),
        ],
      );
    }
  }

  /** How many of these event ids are stored (to tell whether a commit whose answer was lost landed). */
  async function storedCount(ids: readonly string[]): Promise<number> {
    const result = await withClient((query) =>
      query(`SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::text[])`, [ids]),
    );
    return (result.rows[0] as { n: number }).n;
  }

  async function append(events: readonly ConsentEvent[]): Promise<void> {
    const ids = events.map((e) => e.id);
    await retrying(async (attempt) => {
      if (attempt > 0) {
        // The last attempt may have committed before its connection dropped: the events are one transaction,
        // so either all of them are there or none is.
        const stored = await storedCount(ids);
        if (stored === ids.length) return;
        if (stored > 0) throw new Error(`postgres consent store: ${stored} of ${ids.length} event ids already exist`);
      }
      await transaction((query) => insert(query, events));
    });
  }

  async function select(where: string, params: unknown[]): Promise<ConsentEvent[]> {
    const result = await retrying(() =>
      withClient((query) => query(`SELECT ${columns} FROM ${table} WHERE ${where}`, params)),
    );
    return (result.rows as Row[]).map(fromRow);
  }

  // Milliseconds as float8 parse much faster than timestamptz text, and exactly (integers below 2^53).
  const columns =
    'id, subject, account, sender_id, kind, action, (extract(epoch from at) * 1000)::float8 AS at_ms, source, evidence';
  return {
    async append(events) {
      if (events.length === 0) return;
      await ensureReady();
      await append(events);
    },
    async query(subjects, accounts) {
      await ensureReady();
      return select('subject = ANY($1::text[]) AND account = ANY($2::text[])', [
        [...new Set(subjects)],
        [...new Set(accounts)],
      ]);
    },
    async listBySubject(subjects) {
      await ensureReady();
      return select('subject = ANY($1::text[])', [[...new Set(subjects)]]);
    },
    async erase(subjects, tombstones) {
      await ensureReady();
      // Not retried: a second try could not tell how many events the first one deleted.
      return transaction(async (query) => {
        const deleted = await query(`DELETE FROM ${table} WHERE subject = ANY($1::text[])`, [[...new Set(subjects)]]);
        await insert(query, tombstones);
        return deleted.rowCount ?? 0;
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownPool) await pool.end();
      // A pool you passed gets its listener back as it was (the store's own pool keeps its listener).
      if (lendsPool) pool.off('error', ignoreIdleError);
    },
  };
}
