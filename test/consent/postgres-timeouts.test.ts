/**
 * PostgreSQL timeouts and restarts against a PRIVATE server this test starts (own data directory, free port),
 * freezes with SIGSTOP and restarts: record() and status() answer within the store's timeouts with an error, the
 * policy turns that into its onError verdict, a slow statement is cancelled by the server, after SIGCONT the store
 * works again, and writer processes live through a restart; every acknowledged event stays readable.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consentSchemaSql,
  createPostgresConsentStore,
  PostgresConsentStoreError,
} from '../../src/adapters/postgres.js';
import { consentRules } from '../../src/consent/rules.js';
import { createConsentLedger } from '../../src/consent/ledger.js';
import { createPolicy } from '../../src/core/policy.js';
import { type PrivatePostgres, postgresBinDir, startPrivatePostgres } from '../helpers/private-postgres.js';

const installed = postgresBinDir() !== undefined;
if (!installed) {
  if (process.env.CI === 'true') throw new Error('PostgreSQL server binaries are not installed and CI=true.');
  console.warn('[sms-policy] skipping PostgreSQL timeout tests: no initdb/postgres binaries (set PG_BINDIR).');
}

const CONNECT_MS = 1_000;
const QUERY_MS = 1_500;
const STATEMENT_MS = 1_000;
const SLACK_MS = 1_200; // a shared 2-core machine: scheduling, not waiting
const timeouts = { connectTimeoutMs: CONNECT_MS, queryTimeoutMs: QUERY_MS, statementTimeoutMs: STATEMENT_MS };

const revoke = (n: number) => ({
  subject: `+9627900${String(20_000 + n)}`,
  account: 'acme',
  kind: 'ADV' as const,
  action: 'revoke' as const,
  at: new Date(),
  source: 'sms-keyword' as const,
});

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; error?: unknown; value?: T }> {
  const started = performance.now();
  try {
    const value = await run();
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

const CHILD = fileURLToPath(new URL('./_pg-fault-child.ts', import.meta.url));

interface Writer {
  /** Resolves at the writer's first acknowledged write (it is connected and writing). */
  writing: Promise<void>;
  /** Closes its stdin: the writer stops. */
  stop(): void;
  done: Promise<{ code: number | null; lines: string[]; stderr: string }>;
}

function writer(args: string[], id: number): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'writer', ...args, 'stdin'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, WRITER_ID: String(id) },
  });
  let out = '';
  let stderr = '';
  let started: () => void = () => undefined;
  const writing = new Promise<void>((resolve) => {
    started = resolve;
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ack ')) started();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{ code: number | null; lines: string[]; stderr: string }>((resolve) =>
    child.on('exit', (code) => {
      started();
      resolve({ code, lines: out.split('\n').filter(Boolean), stderr });
    }),
  );
  return { writing, stop: () => child.stdin?.end(), done };
}

describe.skipIf(!installed)('PostgreSQL consent store: a frozen or restarted server', () => {
  let server: PrivatePostgres;
  beforeAll(async () => {
    server = await startPrivatePostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('answers within its timeouts while the server is frozen, as the onError verdict in a policy, then recovers', async () => {
    const own = createPostgresConsentStore({ connectionString: server.url, schema: 'frozen_own', ...timeouts });
    const userPool = new pg.Pool({ connectionString: server.url, max: 2 }); // no timeouts of its own
    userPool.on('error', () => undefined);
    const lent = createPostgresConsentStore({ pool: userPool, schema: 'frozen_user', ...timeouts });
    const ledgers = [createConsentLedger({ store: own }), createConsentLedger({ store: lent })];
    const acknowledged: Array<{ ledger: number; subject: string }> = [];
    let n = 0;
    for (const [index, ledger] of ledgers.entries()) {
      for (let i = 0; i < 3; i++) {
        const input = revoke(n++);
        await ledger.record(input);
        acknowledged.push({ ledger: index, subject: input.subject });
      }
    }

    server.freeze();
    try {
      for (const ledger of ledgers) {
        const write = await timed(() => ledger.record(revoke(n++)));
        expect(write.error).toBeInstanceOf(PostgresConsentStoreError);
        expect((write.error as PostgresConsentStoreError).code).toBe('PG_QUERY_TIMEOUT');
        expect(write.ms).toBeGreaterThan(QUERY_MS * 0.8);
        expect(write.ms).toBeLessThan(QUERY_MS + SLACK_MS);

        const read = await timed(() =>
          ledger.status({ subject: acknowledged[0]!.subject, account: 'acme', kind: 'ADV' }),
        );
        expect(read.error).toBeInstanceOf(PostgresConsentStoreError);
        expect(read.ms).toBeLessThan(Math.max(QUERY_MS, CONNECT_MS) + SLACK_MS);
      }

      // A store that has no connection yet: the handshake never completes.
      const fresh = createPostgresConsentStore({ connectionString: server.url, schema: 'frozen_new', ...timeouts });
      const connect = await timed(() => fresh.query(['+962790020000'], ['acme']));
      expect((connect.error as PostgresConsentStoreError).code).toMatch(/PG_CONNECT_TIMEOUT|PG_CONNECTION/);
      expect(connect.ms).toBeLessThan(CONNECT_MS + SLACK_MS);
      void fresh.close().catch(() => undefined);

      // In a policy: the store's error is the consent port's failure, so onError.consent decides.
      const message = {
        account: 'acme',
        senderId: 'adv Acme',
        to: acknowledged[0]!.subject,
        kind: 'ADV' as const,
        text: 'Winter sale. To opt out send STOP to 94444',
      };
      for (const [onError, verdict] of [
        [undefined, 'review'],
        [{ consent: 'deny' as const }, 'deny'],
        ['allow' as const, 'review'],
      ] as const) {
        const policy = createPolicy({ rules: consentRules(), consent: ledgers[0]!, ...(onError ? { onError } : {}) });
        const decision = await timed(() => policy.check(message));
        expect(decision.ms).toBeLessThan(QUERY_MS + SLACK_MS);
        expect(decision.value?.verdict).toBe(verdict);
        const failure = decision.value?.findings.find((f) => f.ruleId === 'consent/promotional-consent');
        expect(failure?.messageId).toBe('core.consent-error');
        expect(String(failure?.params?.error)).toMatch(/no answer within 1500 ms|no connection within/);
      }
    } finally {
      server.thaw();
    }

    // Thawed: both stores work again (their broken connections were dropped) and nothing acknowledged is lost.
    for (const [index, ledger] of ledgers.entries()) {
      let recovered = false;
      for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
        recovered = await ledger.record(revoke(n++)).then(
          () => true,
          () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 250)),
        );
      }
      expect(recovered).toBe(true);
      const mine = acknowledged.filter((a) => a.ledger === index).map((a) => a.subject);
      const statuses = await ledger.statusMany(mine, { account: 'acme', kind: 'ADV' });
      expect(statuses.map((s) => s.state)).toEqual(mine.map(() => 'revoked'));
    }
    await own.close();
    await lent.close();
    await userPool.end();
  }, 60_000);

  it('a statement slower than statementTimeoutMs is cancelled by the server (a pool without its own limit too)', async () => {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`
      CREATE SCHEMA IF NOT EXISTS slow;
      CREATE TABLE IF NOT EXISTS slow.consent_events (
        seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, account TEXT NOT NULL,
        sender_id TEXT, kind TEXT, action TEXT NOT NULL, at TIMESTAMPTZ NOT NULL, source TEXT NOT NULL,
        evidence JSONB, recorded_at TIMESTAMPTZ NOT NULL DEFAULT now());
      CREATE OR REPLACE FUNCTION slow.sleepy() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(5); RETURN NEW; END $$;
      DROP TRIGGER IF EXISTS sleepy ON slow.consent_events;
      CREATE TRIGGER sleepy BEFORE INSERT ON slow.consent_events FOR EACH ROW EXECUTE FUNCTION slow.sleepy();`);
    await admin.end();
    const userPool = new pg.Pool({ connectionString: server.url, max: 1 });
    userPool.on('error', () => undefined);
    const store = createPostgresConsentStore({
      pool: userPool,
      schema: 'slow',
      migrate: false,
      ...timeouts,
      queryTimeoutMs: 4_000,
    });
    const ledger = createConsentLedger({ store });
    const write = await timed(() => ledger.record(revoke(900)));
    expect((write.error as { code?: string }).code).toBe('57014'); // query_canceled: statement timeout
    expect(write.ms).toBeLessThan(STATEMENT_MS + SLACK_MS);
    await store.close();
    await userPool.end();
  }, 30_000);

  it('writer processes (own and lent pools) live through a restart of the server; every acknowledged revoke is readable', async () => {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(consentSchemaSql('restarted'));
    await admin.end();
    const runs = [
      writer(['own', server.url, 'restarted', 'smsp_restart'], 5),
      writer(['user', server.url, 'restarted', 'smsp_restart'], 6),
    ];
    await Promise.all(runs.map((run) => run.writing));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await server.restart(1_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // writes after the restart
    for (const run of runs) run.stop();
    const results = await Promise.all(runs.map((run) => run.done));
    for (const result of results) {
      const fails = result.lines.filter((l) => l.startsWith('fail'));
      console.log(
        `[consent] writer through a restart: ${result.lines.filter((l) => l.startsWith('ack')).length} acknowledged, ${fails.length} rejected (${fails[0]?.slice(5, 80) ?? '-'})`,
      );
      expect(result.stderr.slice(0, 2_000)).not.toMatch(/Unhandled|terminating connection/);
      expect(result.code).toBe(0);
      expect(result.lines.at(-1)).toBe('done');
      const firstFail = result.lines.findIndex((l) => l.startsWith('fail'));
      const lastFail = result.lines.findLastIndex((l) => l.startsWith('fail'));
      expect(firstFail).toBeGreaterThan(0); // the restart was felt, after writes had landed
      expect(result.lines.slice(0, firstFail).some((l) => l.startsWith('ack '))).toBe(true);
      expect(result.lines.slice(lastFail).some((l) => l.startsWith('ack '))).toBe(true); // and recovered from
    }
    const acked = results.flatMap((r) => r.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4)));
    const store = createPostgresConsentStore({ connectionString: server.url, schema: 'restarted' });
    const statuses = await createConsentLedger({ store }).statusMany(acked, { account: 'acme', kind: 'ADV' });
    expect(statuses.filter((status) => status.state !== 'revoked')).toEqual([]);
    await store.close();
  }, 60_000);
});
