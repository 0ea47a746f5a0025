import { describe, expect, it } from 'vitest';
import { createConsentLedger } from '../../src/consent/ledger.js';
import { consentRules } from '../../src/consent/rules.js';
import { MemoryConsentStore } from '../../src/consent/stores/memory.js';
import { PolicyConfigError, PolicyInputError } from '../../src/core/errors.js';
import { createPolicy } from '../../src/core/policy.js';

const AT = new Date('2026-11-01T10:00:00Z');
const good = { subject: '0791234567', account: 'acme', action: 'grant', at: AT, source: 'web-form' } as const;

function issuesOf(fn: () => unknown): Promise<Array<{ path: Array<string | number>; code: string }>> {
  return Promise.resolve()
    .then(fn)
    .then(
      () => {
        throw new Error('expected a PolicyInputError');
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(PolicyInputError);
        return (error as PolicyInputError).issues.map(({ path, code }) => ({ path, code }));
      },
    );
}

describe('createConsentLedger: input validation', () => {
  const ledger = createConsentLedger({ store: new MemoryConsentStore() });

  it.each([
    ['bad phone', { ...good, subject: '12' }, { path: ['subject'], code: 'invalid_phone' }],
    ['unknown action', { ...good, action: 'maybe' }, { path: ['action'], code: 'invalid_value' }],
    ['unknown source', { ...good, source: 'carrier-pigeon' }, { path: ['source'], code: 'invalid_value' }],
    ['invalid date string', { ...good, at: 'yesterday' }, { path: ['at'], code: 'invalid_date' }],
    ['invalid Date', { ...good, at: new Date('nope') }, { path: ['at'], code: 'invalid_date' }],
    ['missing account', { ...good, account: undefined }, { path: ['account'], code: 'required' }],
    ['unknown kind', { ...good, kind: 'PROMO' }, { path: ['kind'], code: 'invalid_value' }],
    ['unknown evidence field', { ...good, evidence: { password: 'x' } }, { path: ['evidence'], code: 'unknown_key' }],
  ])('record rejects %s', async (_, input, issue) => {
    expect(await issuesOf(() => ledger.record(input as never))).toContainEqual(issue);
  });

  it('record accepts any common phone format and stores E.164', async () => {
    const event = await ledger.record({ ...good, subject: '٠٧٩ ١٢٣ ٤٥٦٧' });
    expect(event.subject).toBe('+962791234567');
    expect(event.at).toEqual(AT);
  });

  it('status and statusMany reject bad input with the field named', async () => {
    expect(await issuesOf(() => ledger.status({ subject: 'x', account: 'acme', kind: 'ADV' }))).toContainEqual({
      path: ['subject'],
      code: 'invalid_phone',
    });
    expect(
      await issuesOf(() => ledger.status({ subject: '0791234567', account: 'acme', kind: 'XYZ' as never })),
    ).toContainEqual({ path: ['kind'], code: 'invalid_value' });
    expect(await issuesOf(() => ledger.statusMany(['0791234567', 'bad'], { account: 'acme', kind: 'ADV' }))).toEqual([
      { path: ['subjects', 1], code: 'invalid_phone' },
    ]);
  });

  it('recordMany throws on a bad entry, or skips it when asked', async () => {
    const store = new MemoryConsentStore();
    const many = createConsentLedger({ store });
    const inputs = [good, { ...good, subject: 'nope' }, { ...good, subject: '0797654321' }];
    expect(await issuesOf(() => many.recordMany(inputs))).toEqual([{ path: [1, 'subject'], code: 'invalid_phone' }]);
    expect(store.size).toBe(0);
    const result = await many.recordMany(inputs, { invalid: 'skip' });
    expect(result.events).toHaveLength(2);
    expect(result.rejected.map((r) => r.index)).toEqual([1]);
    expect(store.size).toBe(2);
  });

  it('rejects bad options with PolicyConfigError', () => {
    expect(() => createConsentLedger({} as never)).toThrow(PolicyConfigError);
    expect(() => createConsentLedger({ store: {} as never })).toThrow(PolicyConfigError);
    expect(() => createConsentLedger({ store: new MemoryConsentStore(), hashSubjects: { key: 'short' } })).toThrow(
      PolicyConfigError,
    );
    expect(() => createConsentLedger({ store: new MemoryConsentStore(), grantTtlMs: -1 })).toThrow(PolicyConfigError);
  });

  it('erase without a tombstone key is a configuration error, and deletes nothing', async () => {
    const store = new MemoryConsentStore();
    const plain = createConsentLedger({ store });
    await plain.record(good);
    await expect(plain.erase('0791234567')).rejects.toThrow(PolicyConfigError);
    expect(store.size).toBe(1);
  });
});

describe('ledger.handleInbound', () => {
  const make = () => {
    const store = new MemoryConsentStore();
    const ledger = createConsentLedger({
      store,
      clock: () => AT,
      replies: { programName: { en: 'Acme Offers', ar: 'عروض أكمي' }, contact: '06 500 0000' },
      inboundAccount: (to) => (to === '94444' ? 'acme' : undefined),
    });
    return { store, ledger };
  };

  it.each([
    ['STOP', 'opt-out', 'revoked', 'en', /unsubscribed from Acme Offers.*06 500 0000/],
    ['الغاء الاشتراك', 'opt-out', 'revoked', 'ar', /تم إلغاء اشتراكك في عروض أكمي/],
    ['el8a2', 'opt-out', 'revoked', 'arabizi', /تم إلغاء اشتراكك/],
    ['S T O P please', 'opt-out', 'revoked', 'en', /unsubscribed/],
    ['START', 'opt-in', 'granted', 'en', /subscribed to Acme Offers/],
    ['اشتراك', 'opt-in', 'granted', 'ar', /تم اشتراكك في عروض أكمي/],
  ])('%j → %s, ledger %s, reply in %s', async (text, intent, state, language, reply) => {
    const { ledger } = make();
    const result = await ledger.handleInbound({ from: '0791234567', to: '94444', text });
    expect(result).toMatchObject({ intent, language });
    expect(result.reply).toMatch(reply);
    const status = await ledger.status({ subject: '+962791234567', account: 'acme', kind: 'ADV' });
    expect(status).toMatchObject({ state, source: 'sms-keyword', eventId: result.eventId });
    const exported = await ledger.export('+962791234567');
    expect(exported.events[0]!.evidence).toEqual({ inboundText: text, to: '94444' });
  });

  it('help replies without recording; chat neither records nor replies', async () => {
    const { ledger, store } = make();
    const help = await ledger.handleInbound({ from: '0791234567', to: '94444', text: 'HELP' });
    expect(help.intent).toBe('help');
    expect(help.reply).toMatch(/Acme Offers: reply STOP/);
    const chat = await ledger.handleInbound({ from: '0791234567', to: '94444', text: 'stop by the shop tomorrow?' });
    expect(chat).toEqual({ intent: null });
    expect(store.size).toBe(0);
  });

  it('an opt-out to an unmapped number revokes for every account', async () => {
    const { ledger } = make();
    await ledger.handleInbound({ from: '0791234567', to: 'adv Other', text: 'stop' });
    expect((await ledger.status({ subject: '0791234567', account: 'whoever', kind: 'ADV' })).state).toBe('revoked');
    expect((await ledger.status({ subject: '0791234567', account: 'whoever', kind: 'ALR' })).state).toBe('none');
  });

  it('keeps only an excerpt of a long inbound text', async () => {
    const { ledger } = make();
    const text = `please stop texting me ${'x'.repeat(1_000)}`;
    await ledger.handleInbound({ from: '0791234567', to: '94444', text });
    const [event] = (await ledger.export('0791234567')).events;
    expect(event!.evidence!.inboundText!.length).toBeLessThanOrEqual(160);
  });

  it('rejects a bad sender number or date', async () => {
    const { ledger } = make();
    expect(await issuesOf(() => ledger.handleInbound({ from: 'abc', to: '94444', text: 'STOP' }))).toContainEqual({
      path: ['from'],
      code: 'invalid_phone',
    });
    expect(
      await issuesOf(() => ledger.handleInbound({ from: '0791234567', to: '94444', text: 'STOP', at: 'soon' })),
    ).toContainEqual({ path: ['at'], code: 'invalid_date' });
  });
});

describe('the ledger as the policy consent port', () => {
  it('is accepted by createPolicy and decides consent findings', async () => {
    const ledger = createConsentLedger({ store: new MemoryConsentStore() });
    const policy = createPolicy({ rules: consentRules(), consent: ledger, clock: () => AT });
    const message = { account: 'acme', senderId: 'adv Acme', to: '0791234567', text: 'Sale!', kind: 'ADV' as const };
    expect((await policy.check(message)).verdict).toBe('deny');
    await ledger.record({ ...good, at: new Date(AT.getTime() - 1_000) });
    expect((await policy.check(message)).verdict).toBe('allow');
    expect(() => createPolicy({ rules: consentRules() })).toThrow(PolicyConfigError);
  });
});
