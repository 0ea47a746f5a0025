/**
 * The example servers, started as a user would start them (tsx, importing the built package) and exercised with
 * real HTTP requests. The sender ships every pack with a SQLite consent ledger; the inbound webhook writes STOP
 * replies to the same ledger, so a reply stops the next promotion.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../cli/_build.js';

const root = resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
let dir = '';

/** Starts an example with PORT=0 and resolves with its base URL once it prints the address it bound. */
function start(script: string, env: Record<string, string>): Promise<{ url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ url: `http://127.0.0.1:${match[1]}`, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}:\n${output}`));
    });
  });
}

async function post(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const ruleIds = (body: Record<string, unknown>) =>
  ((body.decision as { findings: Array<{ ruleId: string }> }).findings ?? []).map((f) => f.ruleId);

let sender = '';
let inbound = '';
let senderOutput: () => string = () => '';

beforeAll(async () => {
  buildOnce();
  dir = mkdtempSync(join(tmpdir(), 'sms-policy-examples-'));
  const env = { CONSENT_DB: join(dir, 'consent.sqlite') };
  const started = await start('examples/sender/server.ts', env);
  sender = started.url;
  senderOutput = started.output;
  inbound = (await start('examples/inbound/server.ts', env)).url;
}, 120_000);

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// A Tuesday in April 2027, 13:00 in Amman: no quiet hours, no holiday.
const DAY = '2027-04-13T10:00:00Z';
const promo = (to: string, text: string, at = DAY) => ({
  account: 'acme',
  senderId: 'adv Acme',
  to,
  kind: 'ADV',
  text,
  at,
});
const SALE = 'Winter sale: 20% off all coats this week. Reply STOP to 94444';

describe('examples/sender/server.ts (every pack, SQLite consent)', () => {
  it('refuses a casino promotion without consent: 422 with the content and consent findings', async () => {
    const result = await post(
      `${sender}/messages`,
      promo('0791234567', 'Win big at our casino tonight! Reply STOP to 94444'),
    );
    expect(result.status).toBe(422);
    expect(result.body.status).toBe('denied');
    expect(ruleIds(result.body)).toEqual(expect.arrayContaining(['content/gambling', 'consent/promotional-consent']));
    expect(JSON.stringify(result.body)).not.toContain('791234567');
    expect(senderOutput()).not.toContain('[provider]');
  });

  it('a clean promotion waits for an opt-in, then is sent; at 22:30 Amman it is deferred to 07:00', async () => {
    const before = await post(`${sender}/messages`, promo('0791112233', SALE));
    expect(before.status).toBe(422);
    expect(ruleIds(before.body)).toContain('consent/promotional-consent');
    const grant = await post(`${sender}/consent`, {
      subject: '0791112233',
      account: 'acme',
      action: 'grant',
      source: 'web-form',
      at: '2027-04-01T00:00:00Z',
    });
    expect(grant.status).toBe(201);
    const after = await post(`${sender}/messages`, promo('0791112233', SALE));
    expect(after.status).toBe(202);
    expect(after.body.status).toBe('sent');
    const night = await post(
      `${sender}/messages`,
      promo('0791112233', 'New arrivals are in. Reply STOP to 94444', '2027-04-13T19:30:00Z'),
    );
    expect(night.status).toBe(202);
    expect(night.body).toMatchObject({ status: 'deferred', retryAt: '2027-04-14T04:00:00.000Z' });
  });

  it('a STOP sent to the inbound webhook stops the next promotion', async () => {
    await post(`${sender}/consent`, {
      subject: '0795556677',
      account: 'acme',
      action: 'grant',
      source: 'web-form',
      at: '2027-04-01T00:00:00Z',
    });
    expect((await post(`${sender}/messages`, promo('0795556677', SALE))).status).toBe(202);
    const stop = await post(`${inbound}/inbound`, {
      from: '+962795556677',
      to: '94444',
      text: 'STOP',
      at: '2027-04-13T11:00:00Z',
    });
    expect(stop.status).toBe(200);
    expect(stop.body.intent).toBe('opt-out');
    const next = await post(
      `${sender}/messages`,
      promo('0795556677', 'Last day of the sale. Reply STOP to 94444', '2027-04-13T12:00:00Z'),
    );
    expect(next.status).toBe(422);
    expect(ruleIds(next.body)).toContain('consent/promotional-consent');
  });

  it('bad input is 400 with the issues, never a send', async () => {
    const wrongKind = await post(`${sender}/messages`, { ...promo('0791234567', SALE), kind: 'PROMO' });
    expect(wrongKind.status).toBe(400);
    expect(JSON.stringify(wrongKind.body)).toContain('kind');
    expect((await post(`${sender}/messages`, '{not json')).status).toBe(400);
    expect(
      (await post(`${sender}/consent`, { subject: 'nope', account: 'acme', action: 'grant', source: 'web-form' }))
        .status,
    ).toBe(400);
  });
});

describe('examples/consent/inbound-webhook.ts', () => {
  it('records an Arabic opt-out and then refuses a promotion to that number', async () => {
    const url = (await start('examples/consent/inbound-webhook.ts', { CONSENT_DB: join(dir, 'webhook.sqlite') })).url;
    const stop = await post(`${url}/inbound`, { from: '0791234500', to: '94444', text: 'الغاء الاشتراك' });
    expect(stop.status).toBe(200);
    expect(stop.body.intent).toBe('opt-out');
    expect(String(stop.body.reply)).toMatch(/[\u0600-\u06FF]/);
    const send = await post(`${url}/send`, { to: '0791234500', text: SALE });
    expect(send.status).toBe(409);
    expect((send.body as { verdict: string }).verdict).toBe('deny');
  });
});
