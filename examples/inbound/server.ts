/**
 * Inbound webhook: your gateway POSTs each reply (MO message) here; replies go to the consent ledger,
 * which records STOP / إلغاء / وقف as revocations (and START as a grant) durably and answers with the
 * confirmation text to send back.
 *
 *   npx tsx examples/inbound/server.ts
 *   curl -s localhost:3001/inbound -H 'content-type: application/json' \
 *     -d '{"from":"+962791234567","to":"94444","text":"STOP"}'
 *
 * Run it next to examples/sender/server.ts with the same CONSENT_DB: a STOP recorded here makes the sender
 * deny the next promotional message to that number (test/examples/servers.test.ts does exactly that).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { createConsentLedger, detectKeyword } from 'sms-policy';
import { createSqliteConsentStore } from 'sms-policy/sqlite';

const store = await createSqliteConsentStore({ path: process.env.CONSENT_DB ?? 'consent.sqlite' });
const ledger = createConsentLedger({ store });

interface InboundBody {
  from: string;
  to: string;
  text: string;
  at?: string;
}

async function readJson(request: IncomingMessage, limit = 16 * 1024): Promise<InboundBody> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > limit) throw new Error('body too large');
  }
  const parsed = JSON.parse(body) as Partial<InboundBody>;
  if (typeof parsed.from !== 'string' || typeof parsed.to !== 'string' || typeof parsed.text !== 'string') {
    throw new Error('from, to and text are required strings');
  }
  return parsed as InboundBody;
}

const server = createServer(async (request, response) => {
  if (request.method !== 'POST' || request.url !== '/inbound') {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readJson(request);
    const at = body.at ? new Date(body.at) : new Date();
    // handleInbound resolves only after a revocation is durable, so acknowledging the gateway is safe.
    const result = await ledger.handleInbound({ from: body.from, to: body.to, text: body.text, at });
    const detected = detectKeyword(body.text);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ intent: result.intent, reply: result.reply ?? null, keyword: detected.keyword ?? null }),
    );
  } catch (error) {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: (error as Error).message }));
  }
});

const port = Number(process.env.PORT ?? 3001);
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`inbound webhook on http://127.0.0.1:${bound}/inbound`);
});
const stop = () => server.close(() => void store.close());
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
