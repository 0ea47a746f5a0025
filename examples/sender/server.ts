/**
 * A send endpoint that protects: every shipped pack (content, consent, flood, Jordan TRC) plus your own rule,
 * with a durable SQLite consent ledger. POST /messages with an OutboundMessage as JSON; each message is checked
 * before it is handed to the provider. POST /consent records an opt-in (or opt-out) in the ledger.
 *
 *   npx tsx examples/sender/server.ts
 *   curl -s localhost:3000/consent -H 'content-type: application/json' \
 *     -d '{"subject":"0791234567","account":"acme","action":"grant","source":"web-form"}'
 *   curl -s localhost:3000/messages -H 'content-type: application/json' \
 *     -d '{"account":"acme","senderId":"adv Acme","to":"0791234567","kind":"ADV","text":"Sale! Reply STOP to 94444"}'
 *
 * Status codes: 202 sent, 202 deferred (with retryAt), 409 held for review, 422 denied, 400 invalid input.
 * A casino promotion is denied (content/gambling), and so is any ADV to a number without an opt-in
 * (consent/promotional-consent); examples/inbound/server.ts records STOP replies in the same ledger.
 */
import { createServer, type IncomingMessage } from 'node:http';
import {
  type ConsentAction,
  type ConsentSource,
  consentRules,
  contentRules,
  createConsentLedger,
  createPolicy,
  defineRule,
  floodRules,
  PolicyInputError,
} from 'sms-policy';
import { jordanRules } from 'sms-policy/jordan';
import { createSqliteConsentStore } from 'sms-policy/sqlite';
import { ConsoleProvider } from './provider.js';
import { createSender, type SendOutcome } from './sender.js';

// Your own rules sit next to the shipped packs.
const noCrypto = defineRule({
  id: 'acme/no-crypto',
  description: 'Crypto promotions need a person to look at them',
  defaultAction: 'review',
  check: (message, ctx) =>
    /crypto/i.test(message.text)
      ? [ctx.finding({ action: 'review', messageId: 'acme.no-crypto', message: 'Crypto promotions need review' })]
      : [],
});

// The durable default: an embedded SQLite file (WAL). `await ledger.record(...)` resolving means it is on disk.
const store = await createSqliteConsentStore({ path: process.env.CONSENT_DB ?? 'consent.sqlite' });
const ledger = createConsentLedger({ store });

const policy = createPolicy({
  rules: [...contentRules(), ...consentRules(), ...floodRules(), ...jordanRules(), noCrypto],
  consent: ledger,
  locale: 'en',
  onError: 'review', // a store that fails or hangs holds the message for a person, never sends it unchecked
});
const send = createSender({ policy, provider: new ConsoleProvider() });

const STATUS: Record<SendOutcome['status'], number> = {
  sent: 202,
  deferred: 202,
  'held-for-review': 409,
  denied: 422,
  invalid: 400,
};

async function readJson(request: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > limit) throw new Error('body too large');
  }
  return JSON.parse(body);
}

interface ConsentBody {
  subject: string;
  account: string;
  action: ConsentAction;
  source: ConsentSource;
  senderId?: string;
  /** When the consent was given (ISO); default now. */
  at?: string;
}

function reply(response: import('node:http').ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

const server = createServer(async (request, response) => {
  try {
    if (request.method === 'POST' && request.url === '/messages') {
      // The body is checked by policy.check at run time (a bad message is a PolicyInputError, answered 400).
      const outcome = await send((await readJson(request)) as Parameters<typeof send>[0]);
      // Findings carry masked numbers and short excerpts only, so they are safe to return and log.
      reply(response, STATUS[outcome.status], outcome);
      return;
    }
    if (request.method === 'POST' && request.url === '/consent') {
      // The ledger validates the event (a bad number or source is a PolicyInputError, answered 400).
      const body = (await readJson(request)) as ConsentBody;
      const event = await ledger.record({ ...body, at: body.at ? new Date(body.at) : new Date() });
      reply(response, 201, { status: 'recorded', eventId: event.id });
      return;
    }
    response.writeHead(404).end();
  } catch (error) {
    const issues = error instanceof PolicyInputError ? error.issues : undefined;
    reply(response, 400, { status: 'invalid', error: (error as Error).message, ...(issues ? { issues } : {}) });
  }
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`sender listening on http://127.0.0.1:${bound}/messages`);
});
const stop = () => server.close(() => void ledger.close());
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
