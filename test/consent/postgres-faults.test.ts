/**
 * The PostgreSQL consent store when connections drop (against the real server): pg_terminate_backend on the
 * store's own connections, idle and mid-transaction, with the store's own pool and with a pool the user passes.
 * The process survives (no unhandled pg 'error' event), the store recovers, and every acknowledged event stays
 * readable. Terminations hit only the backends whose application_name this test chose.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { consentSchemaSql, createPostgresConsentStore } from '../../src/adapters/postgres.js';
import { createConsentLedger } from '../../src/consent/ledger.js';
import { serviceGate } from '../helpers/services.js';

const gate = await serviceGate('postgres');
const CHILD = fileURLToPath(new URL('./_pg-fault-child.ts', import.meta.url));

interface ChildResult {
  code: number | null;
  lines: string[];
  stderr: string;
}

interface Started {
  /** Resolves at the child's first acknowledged write (writer mode) or when it exits. */
  writing: Promise<void>;
  /** Closes the child's stdin: a `stdin` writer stops. */
  stop(): void;
  done: Promise<ChildResult>;
}

function startChild(args: string[], env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
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
  const done = new Promise<ChildResult>((resolve) =>
    child.on('exit', (code) => {
      started();
      resolve({ code, lines: out.split('\n').filter(Boolean), stderr });
    }),
  );
  return { writing, stop: () => child.stdin?.end(), done };
}

describe.skipIf(gate.skip)('PostgreSQL consent store: dropped connections', () => {
  const admin = new pg.Pool({ connectionString: gate.url, max: 2 });
  const schemas: string[] = [];
  const fresh = async (slowTrigger = false) => {
    const schema = `consent_fault_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    await admin.query(consentSchemaSql(schema));
    if (slowTrigger) {
      await admin.query(`
        CREATE FUNCTION ${schema}.slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.subject = '+962790099999' THEN PERFORM pg_sleep(1.5); END IF; RETURN NEW; END $$;
        CREATE TRIGGER slow BEFORE INSERT ON ${schema}.consent_events
          FOR EACH ROW EXECUTE FUNCTION ${schema}.slow_insert();`);
    }
    return { schema, app: `smsp_${randomBytes(5).toString('hex')}` };
  };
  afterAll(async () => {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  for (const poolKind of ['own', 'user'] as const) {
    it(`${poolKind} pool: idle connections terminated — the process survives and the store recovers`, async () => {
      const { schema, app } = await fresh();
      const started = startChild(['idle', poolKind, gate.url, schema, app]);
      started.stop();
      const result = await started.done;
      expect(result.stderr).not.toMatch(/Unhandled|terminating connection/);
      expect(result.code).toBe(0);
      expect(result.lines[0]).toBe('ok first');
      expect(Number(result.lines[1]?.split(' ')[1])).toBeGreaterThan(0); // something was terminated
      expect(result.lines.some((line) => /^ok after-\d$/.test(line))).toBe(true);
      expect(result.lines).toContain('ok read');
      expect(result.lines.at(-1)).toBe('done');
    }, 30_000);

    it(`${poolKind} pool: terminated mid-transaction — the record rejects, the process survives, the next one lands`, async () => {
      const { schema, app } = await fresh(true);
      const started = startChild(['midtx', poolKind, gate.url, schema, app]);
      started.stop();
      const result = await started.done;
      expect(result.stderr).not.toMatch(/Unhandled|terminating connection/);
      expect(result.code).toBe(0);
      expect(Number(result.lines.find((l) => l.startsWith('terminated'))?.split(' ')[1])).toBeGreaterThan(0);
      expect(result.lines.some((l) => l.startsWith('rejected slow') || l === 'ok slow')).toBe(true);
      expect(result.lines.some((line) => /^ok after-\d$/.test(line))).toBe(true);
      const rows = await admin.query(`SELECT subject FROM ${schema}.consent_events`);
      const subjects = rows.rows.map((r) => r.subject as string);
      expect(subjects).toContain('+962790000003');
      // Retried on a fresh connection at most once in effect: never written twice.
      expect(subjects.filter((s) => s === '+962790099999').length).toBeLessThanOrEqual(1);
      if (result.lines.includes('ok slow')) expect(subjects).toContain('+962790099999');
    }, 30_000);
  }

  it('4 writer processes (own and user pools) survive repeated pg_terminate_backend; every acknowledged revoke is readable', async () => {
    const { schema, app } = await fresh();
    const writers = [0, 1, 2, 3].map((k) =>
      startChild(['writer', k % 2 === 0 ? 'own' : 'user', gate.url, schema, app, 'stdin'], { WRITER_ID: String(k) }),
    );
    // Faults start once every writer is connected and writing (processes boot slowly on a loaded machine).
    await Promise.all(writers.map((w) => w.writing));
    let terminated = 0;
    const started = Date.now();
    while (Date.now() - started < 2_500) {
      const result = await admin.query(
        'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1',
        [app],
      );
      terminated += result.rows[0].n;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await new Promise((resolve) => setTimeout(resolve, 700)); // writes after the last termination
    for (const w of writers) w.stop();
    const results = await Promise.all(writers.map((w) => w.done));
    const survived = results.filter((r) => r.code === 0 && r.lines.at(-1) === 'done').length;
    console.log(
      `[consent] postgres terminations: ${terminated} backends terminated, ${survived} of 4 writers survived, ${
        results.flatMap((r) => r.lines).filter((l) => l.startsWith('fail')).length
      } rejected writes, ${results.flatMap((r) => r.lines).filter((l) => l.startsWith('ack')).length} acknowledged`,
    );
    expect(terminated).toBeGreaterThan(4);
    for (const result of results) expect(result.stderr.slice(0, 3000)).not.toMatch(/Unhandled|terminating connection/);
    expect(survived).toBe(4);
    const acked = results.flatMap((r) => r.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4)));
    expect(acked.length).toBeGreaterThan(100);
    // Writes went on after the last termination: each writer acknowledged something in its last second.
    const store = createPostgresConsentStore({ connectionString: gate.url, schema });
    try {
      const ledger = createConsentLedger({ store });
      const statuses = await ledger.statusMany(acked, { account: 'acme', kind: 'ADV' });
      expect(statuses.filter((s) => s.state !== 'revoked')).toEqual([]);
      expect(new Set(acked).size).toBe(acked.length);
    } finally {
      await store.close();
    }
  }, 60_000);
});
