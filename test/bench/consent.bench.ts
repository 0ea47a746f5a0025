/**
 * Consent stores: status lookups/s per store (memory as the baseline), a 1,000,000-number operator DND import into
 * SQLite and PostgreSQL (target: under 30 s each), and `statusMany` for 100,000 subjects (target on PostgreSQL:
 * under 2 s). PostgreSQL parts run when DATABASE_URL (default: local server) is reachable.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import pg from 'pg';
import { createPostgresConsentStore } from '../../src/adapters/postgres.js';
import { createSqliteConsentStore } from '../../src/adapters/sqlite.js';
import {
  createConsentLedger,
  type ConsentLedger,
  type ConsentStore,
  importDoNotDisturb,
  MemoryConsentStore,
} from '../../src/consent/index.js';
import { DATABASE_URL, reachable } from '../helpers/services.js';
import { measure, report } from './_harness.js';

const number = (i: number) => `+96279${String(1_000_000 + (i % 9_000_000))}`;

function dndCsv(count: number): Readable {
  return Readable.from(
    (function* () {
      yield 'phone\n';
      const chunk: string[] = [];
      for (let i = 0; i < count; i++) {
        chunk.push(number(i));
        if (chunk.length === 10_000) {
          yield `${chunk.join('\n')}\n`;
          chunk.length = 0;
        }
      }
      if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
    })(),
  );
}

async function seed(ledger: ConsentLedger, subjects: number): Promise<void> {
  const at = new Date('2026-11-01T00:00:00Z');
  for (let start = 0; start < subjects; start += 5_000) {
    await ledger.recordMany(
      Array.from({ length: Math.min(5_000, subjects - start) }, (_, k) => ({
        subject: number(start + k),
        account: 'acme',
        action: (start + k) % 4 === 0 ? ('revoke' as const) : ('grant' as const),
        at,
        source: 'import' as const,
      })),
    );
  }
}

async function lookups(name: string, store: ConsentStore) {
  const ledger = createConsentLedger({ store });
  await seed(ledger, 10_000);
  return measure(`status lookups: ${name}`, 20_000, (i) =>
    ledger.status({ subject: number((i * 7919) % 10_000), account: 'acme', kind: 'ADV' }),
  );
}

async function importMillion(name: string, store: ConsentStore): Promise<ConsentLedger> {
  const ledger = createConsentLedger({ store });
  const started = performance.now();
  const result = await importDoNotDisturb(ledger, dndCsv(1_000_000), { at: '2026-11-01' });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  DND import 1,000,000 rows into ${name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s  (${result.recorded.toLocaleString('en-US')} recorded, ${result.bad} bad; target < 30 s: ${seconds < 30 ? 'met' : 'MISSED'})`,
  );
  return ledger;
}

async function many(name: string, ledger: ConsentLedger, target?: number): Promise<void> {
  const subjects = Array.from({ length: 100_000 }, (_, i) => number(i * 7));
  const started = performance.now();
  const statuses = await ledger.statusMany(subjects, { account: 'acme', kind: 'ADV' });
  const seconds = (performance.now() - started) / 1000;
  const revoked = statuses.filter((s) => s.state === 'revoked').length;
  const note = target ? `; target < ${target} s: ${seconds < target ? 'met' : 'MISSED'}` : '';
  console.log(
    `  statusMany 100,000 on ${name.padEnd(10)} ${seconds.toFixed(2).padStart(6)} s  (${revoked.toLocaleString('en-US')} revoked${note})`,
  );
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sms-policy-bench-'));
  const postgres = await reachable(DATABASE_URL, 'postgres');
  const schema = `consent_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres ? new pg.Pool({ connectionString: DATABASE_URL, max: 1 }) : undefined;
  try {
    const rows = [
      await lookups('memory', new MemoryConsentStore()),
      await lookups('sqlite', createSqliteConsentStore({ path: join(dir, 'lookups.sqlite') })),
    ];
    if (postgres) {
      rows.push(
        await lookups(
          'postgres',
          createPostgresConsentStore({ connectionString: DATABASE_URL, schema: `${schema}_l` }),
        ),
      );
    } else console.log('  (PostgreSQL not reachable: its figures are skipped)');
    report(rows);

    const sqlite = await importMillion('SQLite', createSqliteConsentStore({ path: join(dir, 'dnd.sqlite') }));
    await many('SQLite', sqlite);
    await sqlite.close();
    if (postgres) {
      const pgLedger = await importMillion(
        'PostgreSQL',
        createPostgresConsentStore({ connectionString: DATABASE_URL, schema }),
      );
      await many('PostgreSQL', pgLedger, 2);
      await pgLedger.close();
    }
  } finally {
    if (admin) {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema}_l CASCADE`);
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
