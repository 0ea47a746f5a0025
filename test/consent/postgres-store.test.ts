import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { consentSchemaSql, createPostgresConsentStore } from '../../src/adapters/postgres.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { serviceGate } from '../helpers/services.js';
import { runDurability, runRace } from './_multiprocess.js';
import { describeConsentStore } from './store-conformance.js';

const gate = await serviceGate('postgres');

describe.skipIf(gate.skip)('PostgreSQL consent store', () => {
  const admin = new pg.Pool({ connectionString: gate.url, max: 2 });
  const schemas: string[] = [];
  const freshSchema = () => {
    const name = `consent_test_${randomBytes(6).toString('hex')}`;
    schemas.push(name);
    return name;
  };
  const drop = (schema: string) => admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  afterAll(async () => {
    for (const schema of schemas) await drop(schema);
    await admin.end();
  });

  describeConsentStore('PostgreSQL', async () => {
    const schema = freshSchema();
    const store = createPostgresConsentStore({ connectionString: gate.url, schema });
    return {
      store,
      dispose: async () => {
        await store.close();
        await drop(schema);
      },
    };
  });

  it('creates its schema once under concurrent first use, with the lookup index', async () => {
    const schema = freshSchema();
    const stores = Array.from({ length: 4 }, () => createPostgresConsentStore({ connectionString: gate.url, schema }));
    await Promise.all(stores.map((store) => store.query(['+962791234567'], ['acme'])));
    const index = await admin.query(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'consent_events_subject_account'`,
      [schema],
    );
    expect(index.rows[0]?.indexdef).toMatch(/\(subject, account\)/);
    for (const store of stores) await store.close();
  });

  it('borrows a pool it is given and never ends it; migrate: false uses a migrated schema', async () => {
    const schema = freshSchema();
    await admin.query(consentSchemaSql(schema));
    const pool = new pg.Pool({ connectionString: gate.url, max: 2 });
    const store = createPostgresConsentStore({ pool, schema, migrate: false });
    await store.append([
      { id: 'p1', subject: '+962791234567', account: 'acme', action: 'grant', at: new Date(5), source: 'api' },
    ]);
    await store.close();
    expect((await pool.query(`SELECT count(*)::int AS n FROM ${schema}.consent_events`)).rows[0].n).toBe(1);
    await pool.end();
  });

  it('rejects bad options with PolicyConfigError', () => {
    expect(() => createPostgresConsentStore({ schema: 'Robert"; DROP TABLE x' })).toThrow(PolicyConfigError);
    expect(() => createPostgresConsentStore({ schema: '1abc' })).toThrow(PolicyConfigError);
  });

  it('keeps the latest event and every revoke when processes race', async () => {
    const schema = freshSchema();
    const target = `${gate.url}#${schema}`;
    const report = await runRace('postgres', target, async () =>
      createPostgresConsentStore({ connectionString: gate.url, schema }),
    );
    console.log(
      `[consent] postgres race: ${report.children} processes × ${report.rounds} rounds, ${report.events} events in ${report.seconds.toFixed(2)} s`,
    );
    expect(report.events).toBe(800);
  }, 90_000);

  it('keeps every acknowledged revoke when the writer is SIGKILLed', async () => {
    const schema = freshSchema();
    const report = await runDurability('postgres', `${gate.url}#${schema}`, async () =>
      createPostgresConsentStore({ connectionString: gate.url, schema }),
    );
    console.log(
      `[consent] postgres SIGKILL: ${report.acknowledged} acknowledged, ${report.present} present, ${report.unacknowledgedPresent} in-flight also present`,
    );
    expect(report.present).toBe(report.acknowledged);
  }, 90_000);
});
