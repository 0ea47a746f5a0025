/**
 * `sms-policy/postgres`: a consent store in PostgreSQL (pg). The store creates its schema on first use, inside a
 * transaction holding an advisory lock so concurrent first uses do not race (or run `consentSchemaSql(schema)`
 * yourself as a migration and pass `migrate: false`). Appends run in a transaction with
 * `synchronous_commit = on`, so a resolved `ledger.record()` is on the server's disk. Events are only inserted:
 * concurrent writers from any number of processes cannot overwrite each other.
 */
import pg from 'pg';
import { z } from 'zod';
import type { ConsentEvent, ConsentStore } from '../consent/index.js';
import { type ConsentRowColumns, eventFromRow } from './_consent-row.js';
import { fromZodIssues } from '../core/_issues.js';
import { toStorableValue } from '../core/_well-formed.js';
import { PolicyConfigError } from '../core/errors.js';

export interface PostgresConsentStoreOptions {
  /** e.g. `postgres://user@host:5432/db`; ignored when `pool` is given. */
  connectionString?: string;
  /** Your pool; the store borrows connections and never ends it. */
  pool?: pg.Pool;
  /** Schema holding the `consent_events` table. Default `sms_policy`. */
  schema?: string;
  /** Create the schema and table on first use. Default true. */
  migrate?: boolean;
}

export interface PostgresConsentStore extends ConsentStore {
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const optionsSchema = z
  .object({
    connectionString: z.string().min(1).optional(),
    pool: z
      .custom<pg.Pool>((value) => value !== null && typeof value === 'object' && 'connect' in (value as object))
      .optional(),
    schema: z.string().regex(SCHEMA_NAME, 'must be a lower-case SQL identifier').optional(),
    migrate: z.boolean().optional(),
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

/**
 * Connects a PostgreSQL consent store.
 *
 * @example
 * import { createPostgresConsentStore } from 'sms-policy/postgres';
 * const store = createPostgresConsentStore({ connectionString: process.env.DATABASE_URL });
 * const ledger = createConsentLedger({ store });
 */
export function createPostgresConsentStore(options: PostgresConsentStoreOptions = {}): PostgresConsentStore {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new PolicyConfigError('createPostgresConsentStore', fromZodIssues(parsed.error.issues, options));
  }
  const ownPool = !options.pool;
  const pool =
    options.pool ?? new pg.Pool(parsed.data.connectionString ? { connectionString: parsed.data.connectionString } : {});
  const schema = parsed.data.schema ?? 'sms_policy';
  const table = `${schema}.consent_events`;
  const migrate = parsed.data.migrate ?? true;
  let ready: Promise<void> | undefined;
  let closed = false;

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // Durability does not depend on the server's default: this commit waits for the WAL flush.
      await client.query('SET LOCAL synchronous_commit TO on');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  function ensureReady(): Promise<void> {
    if (closed) return Promise.reject(new Error('the PostgreSQL consent store is closed'));
    if (!migrate) return Promise.resolve();
    ready ??= transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sms-policy:consent:${schema}`]);
      await client.query(consentSchemaSql(schema));
    }).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  async function insert(client: pg.PoolClient, events: readonly ConsentEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      const part = events.slice(i, i + INSERT_CHUNK);
      await client.query(
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

  // Milliseconds as float8 parse much faster than timestamptz text, and exactly (integers below 2^53).
  const columns =
    'id, subject, account, sender_id, kind, action, (extract(epoch from at) * 1000)::float8 AS at_ms, source, evidence';
  return {
    async append(events) {
      if (events.length === 0) return;
      await ensureReady();
      await transaction((client) => insert(client, events));
    },
    async query(subjects, accounts) {
      await ensureReady();
      const result = await pool.query<Row>(
        `SELECT ${columns} FROM ${table} WHERE subject = ANY($1::text[]) AND account = ANY($2::text[])`,
        [[...new Set(subjects)], [...new Set(accounts)]],
      );
      return result.rows.map(fromRow);
    },
    async listBySubject(subjects) {
      await ensureReady();
      const result = await pool.query<Row>(`SELECT ${columns} FROM ${table} WHERE subject = ANY($1::text[])`, [
        [...new Set(subjects)],
      ]);
      return result.rows.map(fromRow);
    },
    async erase(subjects, tombstones) {
      await ensureReady();
      return transaction(async (client) => {
        const deleted = await client.query(`DELETE FROM ${table} WHERE subject = ANY($1::text[])`, [
          [...new Set(subjects)],
        ]);
        await insert(client, tombstones);
        return deleted.rowCount ?? 0;
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownPool) await pool.end();
    },
  };
}
