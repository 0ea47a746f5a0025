/**
 * A writer process for the multi-process tests (run with `node --import tsx`).
 *   race <backend> <target> <child> <children> <rounds> <startAt>
 *   durability <backend> <target>          — revokes until killed, one `ack <n> <subject>` line per durable write
 * backend: sqlite (target = file path) | postgres (target = connection string + '#' + schema).
 */
import { createPostgresConsentStore } from '../../src/adapters/postgres.js';
import { createSqliteConsentStore } from '../../src/adapters/sqlite.js';
import { createConsentLedger } from '../../src/consent/ledger.js';
import type { ConsentStore } from '../../src/core/ports.js';
import { raceEvents } from './_race-plan.js';

const [mode, backend, target, ...rest] = process.argv.slice(2);

function openStore(): ConsentStore {
  if (backend === 'sqlite') return createSqliteConsentStore({ path: target! });
  const [connectionString, schema] = target!.split('#');
  return createPostgresConsentStore({ connectionString: connectionString!, schema: schema! });
}

const store = openStore();
const ledger = createConsentLedger({ store });

if (mode === 'race') {
  const [child, children, rounds, startAt] = rest.map(Number) as [number, number, number, number];
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  for (const input of raceEvents(child, children, rounds)) await ledger.record(input);
  await ledger.close();
  process.stdout.write('done\n');
} else if (mode === 'durability') {
  for (let n = 0; ; n++) {
    const subject = `+9627900${String(10_000 + n)}`;
    await ledger.record({
      subject,
      account: 'acme',
      kind: 'ADV',
      action: 'revoke',
      at: new Date(),
      source: 'sms-keyword',
    });
    process.stdout.write(`ack ${n} ${subject}\n`);
  }
}
