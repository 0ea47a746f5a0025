/**
 * An inbound-SMS webhook that honours STOP / «الغاء» / el8a2 replies, and a send path that checks consent.
 * Run: `npx tsx examples/consent/inbound-webhook.ts`, then
 *   curl -XPOST localhost:3000/inbound -d '{"from":"0791234567","to":"94444","text":"الغاء الاشتراك"}'
 */
import { createServer } from 'node:http';
import { consentRules, createConsentLedger, createPolicy, PolicyInputError } from 'sms-policy';
import { createSqliteConsentStore } from 'sms-policy/sqlite';

const ledger = createConsentLedger({
  store: createSqliteConsentStore({ path: process.env.CONSENT_DB ?? 'consent.sqlite' }),
  replies: { programName: { en: 'Acme Offers', ar: 'عروض أكمي' }, contact: '06 500 0000' },
  inboundAccount: (to) => (to === '94444' ? 'acme' : undefined),
});
const policy = createPolicy({ rules: consentRules({ serviceConsent: true }), consent: ledger, locale: 'ar' });

async function readJson(request: import('node:http').IncomingMessage): Promise<unknown> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return JSON.parse(body || '{}');
}

const server = createServer(async (request, response) => {
  try {
    const input = (await readJson(request)) as Record<string, string>;
    if (request.url === '/inbound') {
      // Records the revoke/grant durably before answering, then returns the reply to send back.
      const result = await ledger.handleInbound({
        from: input.from ?? '',
        to: input.to ?? '',
        text: input.text ?? '',
      });
      response.end(JSON.stringify({ intent: result.intent, reply: result.reply ?? null }));
      return;
    }
    if (request.url === '/send') {
      const decision = await policy.check({
        account: 'acme',
        senderId: 'adv Acme',
        to: input.to ?? '',
        text: input.text ?? '',
        kind: 'ADV',
      });
      response.statusCode = decision.verdict === 'allow' ? 202 : 409;
      response.end(JSON.stringify(decision));
      return;
    }
    response.statusCode = 404;
    response.end();
  } catch (error) {
    response.statusCode = error instanceof PolicyInputError ? 400 : 500;
    response.end(JSON.stringify({ error: error instanceof Error ? error.message : 'error' }));
  }
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`);
});
const stop = () => server.close(() => void ledger.close());
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
