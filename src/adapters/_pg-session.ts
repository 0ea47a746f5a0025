/**
 * PostgreSQL sessions of the consent store: a pooled client within a connect deadline, queries bounded by a read
 * timeout, a dropped connection caught (never an unhandled 'error') and the broken client destroyed, and
 * transactions that wait for the WAL flush.
 */
import type pg from 'pg';

/** A failure of the store itself (a timeout, a connection that dropped); `cause` holds pg's error when there is one. */
export class PostgresConsentStoreError extends Error {
  override readonly name = 'PostgresConsentStoreError';
  readonly code: 'PG_CONNECT_TIMEOUT' | 'PG_QUERY_TIMEOUT' | 'PG_CONNECTION' | 'PG_CLOSED';
  constructor(code: PostgresConsentStoreError['code'], message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

/** One query on the session's client. */
export type Query = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

/**
 * True for an error of the connection rather than of the SQL: the client that saw it cannot be reused, and a
 * new connection may well succeed. SQLSTATE classes 08 (connection exception), 57P01-57P03 (admin shutdown,
 * crash shutdown, cannot connect now) and errors with no SQLSTATE (socket errors, read timeouts).
 */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof PostgresConsentStoreError) return error.code !== 'PG_CLOSED';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03';
}

/** What a session needs: the pool and the store's bounds. */
export interface PgSessionSettings {
  pool: pg.Pool;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
  statementTimeoutMs: number;
}

/** `withClient` (one pooled client for `work`) and `transaction` (the same, inside BEGIN … COMMIT). */
export function pgSessions(settings: PgSessionSettings): {
  withClient<T>(work: (query: Query) => Promise<T>): Promise<T>;
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
} {
  const { pool, connectTimeoutMs, queryTimeoutMs, statementTimeoutMs } = settings;

  /**
   * A pooled client within `connectTimeoutMs` (a pool you pass may have no connect timeout of its own), with
   * `onError` listening from the moment the pool hands it over: the pool stops listening then, and a connection
   * that drops in the same read (its handshake and a FATAL in one packet) emits 'error' before any promise
   * continuation could attach a listener.
   */
  function connect(onError: (error: Error) => void): Promise<pg.PoolClient> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        reject(
          new PostgresConsentStoreError(
            'PG_CONNECT_TIMEOUT',
            `postgres consent store: no connection within ${connectTimeoutMs} ms`,
          ),
        );
      }, connectTimeoutMs);
      pool.connect((error, client, release) => {
        if (settled) {
          // Too late for the caller: hand the connection back to the pool (which listens again from then on).
          if (client) release();
          return;
        }
        settled = true;
        clearTimeout(timer);
        if (error || !client) {
          // The pool's own connect timeout (the store's pool has one) is a timeout too, not a dropped connection.
          const code = /timeout/i.test(error?.message ?? '') ? 'PG_CONNECT_TIMEOUT' : 'PG_CONNECTION';
          reject(new PostgresConsentStoreError(code, `postgres consent store: ${error?.message}`, error));
          return;
        }
        client.on('error', onError);
        resolve(client);
      });
    });
  }

  /**
   * Runs `work` on one pooled client. While the store holds it, an 'error' the client emits (its connection
   * dropped) is caught here, not raised; a client that saw a connection error or a timeout is destroyed on
   * release instead of going back to the pool.
   */
  async function withClient<T>(work: (query: Query) => Promise<T>): Promise<T> {
    let broken: Error | undefined;
    const onError = (error: Error): void => {
      broken ??= error;
    };
    const client = await connect(onError);
    const query: Query = async (text, values) => {
      if (broken)
        throw new PostgresConsentStoreError('PG_CONNECTION', 'postgres consent store: connection lost', broken);
      try {
        return await client.query({ text, values, query_timeout: queryTimeoutMs } as pg.QueryConfig);
      } catch (error) {
        if (isConnectionError(error)) {
          broken ??= error as Error;
          if ((error as Error).message === 'Query read timeout') {
            throw new PostgresConsentStoreError(
              'PG_QUERY_TIMEOUT',
              `postgres consent store: no answer within ${queryTimeoutMs} ms`,
              error,
            );
          }
        }
        throw error;
      }
    };
    try {
      return await work(query);
    } finally {
      // The pool listens again as soon as the client is released (synchronously), then ours goes.
      client.release(broken ?? undefined);
      client.off('error', onError);
    }
  }

  async function transaction<T>(work: (query: Query) => Promise<T>): Promise<T> {
    return withClient(async (query) => {
      // Durability does not depend on the server's default: this commit waits for the WAL flush. The statement
      // timeout is set here too, for pools the store did not create. One round trip for all three.
      await query(`BEGIN; SET LOCAL synchronous_commit TO on; SET LOCAL statement_timeout = ${statementTimeoutMs}`);
      try {
        const result = await work(query);
        await query('COMMIT');
        return result;
      } catch (error) {
        await query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  return { withClient, transaction };
}
