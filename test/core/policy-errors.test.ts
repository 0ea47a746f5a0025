/**
 * What a policy yields when a port or a rule fails, per port (../shared/CONTRACT.md, `onError`), what its error
 * findings may say (no number, card, e-mail or piece of the body), and the keyed text hash of the audit record.
 */
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  consentRules,
  createConsentLedger,
  createPolicy,
  defineRule,
  type Decision,
  MemoryConsentStore,
  PolicyConfigError,
  type RateStore,
} from '../../src/index.js';
import { jordanRules } from '../../src/jordan/index.js';

const ADV = {
  account: 'acme',
  senderId: 'adv Acme',
  to: '+962791234567',
  text: 'Winter sale: 20% off every coat. To opt out send STOP to 94444',
  kind: 'ADV' as const,
  at: '2026-12-01T10:00:00+03:00',
};
const SRV = { ...ADV, senderId: 'Acme', kind: 'SRV' as const, text: 'Your Acme code is 482913' };

const downLedger = { status: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) };
const hungLedger = { status: () => new Promise<never>(() => undefined) };
const downStore: RateStore = { consume: async () => Promise.reject(new Error('redis: connection closed')) };
const countedStore = (): RateStore & { calls: number } => ({
  calls: 0,
  async consume() {
    this.calls++;
    return { allowed: true };
  },
});
const rateRule = defineRule({
  id: 't/rate',
  claims: () => [{ limit: { key: 'k', limit: 5, windowMs: 1_000 }, onBlocked: () => ({}) as never } as never],
});
const boom = defineRule({
  id: 't/boom',
  check: () => {
    throw new Error('bug');
  },
});

function byRule(decision: Decision, ruleId: string) {
  return decision.findings.filter((finding) => finding.ruleId === ruleId);
}

describe('onError per port', () => {
  it("a global 'allow' (the OTP recipe) never lets a promotional message through a consent store that is down", async () => {
    const policy = createPolicy({
      rules: [...consentRules(), ...jordanRules()],
      consent: downLedger,
      onError: 'allow',
    });
    const decision = await policy.check(ADV);
    expect(decision.verdict).toBe('review');
    const consentFindings = decision.findings.filter((f) => f.messageId === 'core.consent-error');
    expect(consentFindings.map((f) => f.ruleId).sort()).toEqual([
      'consent/operator-dnd',
      'consent/promotional-consent',
      'jordan/adv-opt-out',
    ]);
    for (const finding of consentFindings) expect(finding.action).toBe('review');
  });

  it("a global 'allow' still sends when the rate store is down, with a warn finding", async () => {
    const decision = await createPolicy({ rules: [rateRule], rateStore: downStore, onError: 'allow' }).check(SRV);
    expect(decision.verdict).toBe('allow');
    expect(byRule(decision, 'core/rate-store')).toMatchObject([{ action: 'warn', messageId: 'core.rate-error' }]);
  });

  it("a global 'allow' sets rules: a rule that throws is a warn", async () => {
    const decision = await createPolicy({ rules: [boom], onError: 'allow' }).check(SRV);
    expect(decision.verdict).toBe('allow');
    expect(byRule(decision, 't/boom')).toMatchObject([{ action: 'warn', messageId: 'core.rule-error' }]);
  });

  it("consent fails open only with onError.consent: 'allow' set explicitly", async () => {
    const policy = createPolicy({ rules: consentRules(), consent: downLedger, onError: { consent: 'allow' } });
    const decision = await policy.check(ADV);
    expect(decision.verdict).toBe('allow');
    expect(decision.findings.every((f) => f.action === 'warn')).toBe(true);
  });

  it('a hung consent ledger times out with the consent action, not the rules action', async () => {
    const policy = createPolicy({
      rules: [...consentRules(), boom],
      consent: hungLedger,
      onError: { consent: 'deny', rules: 'allow' },
      timeoutMs: 80,
    });
    const started = Date.now();
    const decision = await policy.check(ADV);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(decision.verdict).toBe('deny');
    expect(byRule(decision, 'consent/promotional-consent')).toMatchObject([
      { action: 'deny', messageId: 'core.consent-timeout' },
    ]);
    expect(byRule(decision, 't/boom')).toMatchObject([{ action: 'warn' }]);
  });

  it('each port follows its own setting in the object form', async () => {
    const store = countedStore();
    const policy = createPolicy({
      rules: [...consentRules(), boom, rateRule],
      consent: downLedger,
      rateStore: store,
      onError: { consent: 'deny', rateStore: 'allow', rules: 'review' },
    });
    const decision = await policy.check(ADV);
    expect(decision.verdict).toBe('deny');
    expect(byRule(decision, 't/boom')).toMatchObject([{ action: 'review' }]);
    expect(store.calls).toBe(0); // blocked before any budget is consumed
    const rateDown = await createPolicy({
      rules: [rateRule],
      rateStore: downStore,
      onError: { rateStore: 'deny' },
    }).check(SRV);
    expect(rateDown.verdict).toBe('deny');
  });

  it('a custom rule that uses ctx.consent is judged by the consent setting when the ledger fails', async () => {
    const custom = defineRule({
      id: 'acme/vip-only',
      stage: 'stateful',
      async check(message, ctx) {
        const status = await ctx.consent!.status({ subject: message.to!, account: message.account!, kind: 'ADV' });
        return status.state === 'granted' ? [] : [ctx.finding({ action: 'deny', messageId: 'acme.vip', message: 'x' })];
      },
    });
    const decision = await createPolicy({ rules: [custom], consent: downLedger, onError: 'allow' }).check(ADV);
    expect(byRule(decision, 'acme/vip-only')).toMatchObject([{ action: 'review', messageId: 'core.consent-error' }]);
  });

  it('the default is review for every port; a working ledger is not affected', async () => {
    const ledger = createConsentLedger({ store: new MemoryConsentStore() });
    await ledger.record({
      subject: ADV.to,
      account: 'acme',
      action: 'grant',
      at: '2026-11-01T00:00:00Z',
      source: 'api',
    });
    const healthy = await createPolicy({ rules: consentRules(), consent: ledger, onError: 'allow' }).check(ADV);
    expect(healthy.verdict).toBe('allow');
    expect(healthy.findings.filter((f) => f.messageId.startsWith('core.'))).toEqual([]);
    const down = await createPolicy({ rules: consentRules(), consent: downLedger }).check(ADV);
    expect(down.verdict).toBe('review');
  });

  it.each([[{ consent: 'maybe' }], [{ rates: 'deny' }], ['explode'], [{ consent: 'allow', rules: 1 }]])(
    'rejects a bad onError %j with PolicyConfigError',
    (onError) => {
      expect(() => createPolicy({ rules: [], onError: onError as never })).toThrow(PolicyConfigError);
    },
  );
});

describe('error findings say nothing private', () => {
  const leaky = (text: string) =>
    defineRule({
      id: 't/leaky',
      check: (message) => {
        throw new Error(`cannot score "${message.text}" for jane.doe@example.com ${text}`);
      },
    });

  it.each([
    ['Arabic-Indic digits', 'رقم ٠٧٩١٢٣٤٥٦٧', '٠٧٩١٢٣٤٥٦٧'],
    ['spaced number', 'call 079 123 4567', '079 123 4567'],
    ['card number', 'card 4111 1111 1111 1111', '4111 1111 1111 1111'],
  ])('%s, e-mails and the body stay out of message and params.error', async (_label, tail, secret) => {
    const text = `Your Acme verification code is 482913, ${tail}`;
    for (const locale of ['en', 'ar'] as const) {
      const decision = await createPolicy({ rules: [leaky(tail)], locale }).check({ ...SRV, text });
      const [finding] = byRule(decision, 't/leaky');
      const shown = `${finding!.message} ${String(finding!.params?.error)}`;
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain('jane.doe');
      expect(shown).not.toContain('verification code');
      expect(shown).not.toContain('482913');
      expect(shown).toContain('[…]');
    }
  });

  it('a rate store error that echoes a key with the number is masked too', async () => {
    const echoing: RateStore = {
      consume: async (limits) => Promise.reject(new Error(`bad key ${limits[0]!.key} (+٩٦٢ ٧٩ ١٢٣ ٤٥٦٧)`)),
    };
    const rule = defineRule({
      id: 't/rate-echo',
      claims: (message) => [
        { limit: { key: `r:${message.to}`, limit: 5, windowMs: 1_000 }, onBlocked: () => ({}) as never },
      ],
    });
    const decision = await createPolicy({ rules: [rule], rateStore: echoing }).check(SRV);
    const serialised = JSON.stringify(decision);
    expect(serialised).not.toContain('962791234567');
    expect(serialised).not.toContain('٩٦٢ ٧٩ ١٢٣ ٤٥٦٧');
  });
});

describe('decision audit text hash', () => {
  it('is absent without a deployment key: no unsalted hash of the body anywhere', async () => {
    const decision = await createPolicy({ rules: jordanRules() }).check(SRV);
    const serialised = JSON.stringify(decision);
    const sha = createHash('sha256').update(SRV.text).digest('hex');
    expect(serialised).not.toContain(sha.slice(0, 16));
    expect(decision.audit).not.toHaveProperty('textSha256');
    expect(decision.audit).not.toHaveProperty('textHmac');
  });

  it('is an HMAC with the auditKey, in the audit and the Jordan send record', async () => {
    const auditKey = 'deployment-secret-0123456789';
    const decision = await createPolicy({ rules: jordanRules(), auditKey }).check(SRV);
    const hmac = createHmac('sha256', auditKey).update(SRV.text).digest('hex');
    expect(decision.audit?.textHmac).toBe(hmac);
    const record = byRule(decision, 'jordan/message-class')[0]!.evidence![0]!.data!;
    expect(record.textHmac).toBe(hmac.slice(0, 16));
    expect(record).not.toHaveProperty('textSha256');
    // Recovering a 6-digit code from the record needs the key: the unkeyed hash of the right guess does not match.
    expect(createHash('sha256').update(SRV.text).digest('hex')).not.toBe(decision.audit?.textHmac);
  });

  it('rejects a short key', () => {
    expect(() => createPolicy({ rules: [], auditKey: 'short' })).toThrow(PolicyConfigError);
  });
});
