/**
 * A small send endpoint: POST /messages with an OutboundMessage as JSON. Each message is checked with the
 * policy before it is handed to the provider.
 *
 *   npx tsx examples/sender/server.ts
 *   curl -s localhost:3000/messages -H 'content-type: application/json' \
 *     -d '{"account":"acme","senderId":"adv Acme","to":"0791234567","kind":"ADV","text":"Sale! STOP to 94444"}'
 *
 * Status codes: 202 sent, 202 deferred (with retryAt), 409 held for review, 422 denied, 400 invalid input.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { createPolicy, defineRule, type Rule } from 'sms-policy';
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

// The shipped packs: [...contentRules(), ...consentRules(), ...floodRules(), ...jordanRules({ profile: 'standard' })]
// (consentRules also need `consent: createConsentLedger(...)` below; see examples/inbound).
const shippedRules: Rule[] = [];

const policy = createPolicy({ rules: [...shippedRules, noCrypto], locale: 'en', onError: 'review' });
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

const server = createServer(async (request, response) => {
  if (request.method !== 'POST' || request.url !== '/messages') {
    response.writeHead(404).end();
    return;
  }
  try {
    const outcome = await send((await readJson(request)) as Parameters<typeof send>[0]);
    response.writeHead(STATUS[outcome.status], { 'content-type': 'application/json' });
    // Findings carry masked numbers and short excerpts only, so they are safe to return and log.
    response.end(JSON.stringify(outcome));
  } catch (error) {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 'invalid', error: (error as Error).message }));
  }
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => console.log(`sender listening on http://localhost:${port}/messages`));
