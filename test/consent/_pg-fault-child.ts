/**
 * A process that uses the PostgreSQL consent store while its connections are terminated (run with
 * `node --import tsx`). It never handles 'uncaughtException': an unhandled pg 'error' event ends it with a
 * non-zero code, which is what the parent looks for.
 *   <mode> <pool: own|user> <connectionString> <schema> <applicationName> [durationMs]
 * Modes:
 * - `idle`: records, lets the connection go idle, terminates its own backends, waits, records again.
 * - `midtx`: one record whose INSERT sleeps in a trigger; terminates its backend meanwhile; records again.
 * - `writer`: bursts of concurrent revokes for `durationMs` (or, given `stdin`, until stdin closes) while the
 *   parent terminates backends or restarts the server; prints `ack <subject>` for every resolved record and
 *   `fail <why>` for every rejected one, then `done`.
 * Lines: `ok <what>` / `rejected <what>` as it goes, `done` at the end.
 */
import pg from 'pg';
import { createPostgresConsentStore } from '../../src/adapters/postgres.js';
import { createConsentLedger } from '../../src/consent/ledger.js';

const [mode, poolKind, connectionString, schema, applicationName, durationText] = process.argv.slice(2) as [
  string,
  'own' | 'user',
  string,
  string,
  string,
  string | undefined,
];
const url = `${connectionString}${connectionString.includes('?') ? '&' : '?'}application_name=${applicationName}`;
const say = (line: string) => process.stdout.write(`${line}\n`);

let userPool: pg.Pool | undefined;
if (poolKind === 'user') {
  userPool = new pg.Pool({ connectionString: url, max: 4 });
  // What a careful user does: an error handler on their pool (idle clients).
  userPool.on('error', () => undefined);
}
const store = createPostgresConsentStore(
  userPool ? { pool: userPool, schema } : { connectionString: url, schema, connectTimeoutMs: 5_000 },
);
const ledger = createConsentLedger({ store });
// The modes that terminate their own backends need a connection of their own (writers do not: the parent
// restarts or terminates the server under them).
const admin = mode === 'writer' ? undefined : new pg.Client({ connectionString });
await admin?.connect();

const terminate = async (state?: string) =>
  (
    await admin!.query(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
       WHERE application_name = $1 AND pid <> pg_backend_pid() AND ($2::text IS NULL OR state = $2)`,
      [applicationName, state ?? null],
    )
  ).rows[0].n as number;

const revoke = (subject: string) =>
  ledger.record({ subject, account: 'acme', kind: 'ADV', action: 'revoke', at: new Date(), source: 'sms-keyword' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attempt(what: string, run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    say(`ok ${what}`);
    return true;
  } catch (error) {
    say(`rejected ${what} ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 120)}`);
    return false;
  }
}

if (mode === 'idle') {
  await attempt('first', () => revoke('+962790000001'));
  say(`terminated ${await terminate('idle')}`);
  await sleep(300); // the idle client's 'error' arrives now
  // The first call after may meet the dead connection; the store must recover within a call or two.
  let recovered = false;
  for (let i = 0; i < 3 && !recovered; i++) recovered = await attempt(`after-${i}`, () => revoke('+962790000002'));
  await attempt('read', async () => {
    const status = await ledger.status({ subject: '+962790000001', account: 'acme', kind: 'ADV' });
    if (status.state !== 'revoked') throw new Error(`status ${status.state}`);
  });
} else if (mode === 'midtx') {
  const slow = revoke('+962790099999'); // the trigger sleeps for this subject
  await sleep(700);
  say(`terminated ${await terminate('active')}`);
  await attempt('slow', () => slow);
  let recovered = false;
  for (let i = 0; i < 3 && !recovered; i++) recovered = await attempt(`after-${i}`, () => revoke('+962790000003'));
} else if (mode === 'writer') {
  // `stdin` as the duration: write until the parent closes our stdin (it knows when its faults are over).
  let stopped = false;
  if (durationText === 'stdin') {
    process.stdin.on('end', () => {
      stopped = true;
    });
    process.stdin.resume();
  }
  const end = durationText === 'stdin' ? Number.POSITIVE_INFINITY : Date.now() + Number(durationText ?? 3_000);
  let n = 0;
  while (!stopped && Date.now() < end) {
    // +962 79 <writer digit> <6 digits>: distinct across writers, valid Jordanian mobiles.
    const burst = Array.from(
      { length: 8 },
      () => `+96279${process.env.WRITER_ID ?? '0'}${String(n++).padStart(6, '0')}`,
    );
    await Promise.all(
      burst.map((subject) =>
        revoke(subject).then(
          () => say(`ack ${subject}`),
          (error: Error) => say(`fail ${error.message.replace(/\s+/g, ' ').slice(0, 100)}`),
        ),
      ),
    );
  }
}
await admin?.end();
await ledger.close();
await userPool?.end();
say('done');
