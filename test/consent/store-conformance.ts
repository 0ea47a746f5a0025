/**
 * One conformance suite for every ConsentStore (memory, SQLite, PostgreSQL, yours): the port's contract and the
 * ledger's status semantics on top of it. Call `describeConsentStore(name, factory)` from a test file.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsentLedger } from '../../src/consent/ledger.js';
import type { ConsentEvent, ConsentStore } from '../../src/core/ports.js';

export interface StoreHandle {
  store: ConsentStore;
  /** Closes the store and removes what the test created (file, schema). */
  dispose(): Promise<void>;
}
export type StoreFactory = () => Promise<StoreHandle>;

const T0 = Date.parse('2026-11-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms);
const KEY = 'conformance-test-key-0123456789';

function event(partial: Partial<ConsentEvent> & Pick<ConsentEvent, 'subject' | 'action'>): ConsentEvent {
  return { id: randomUUID(), account: 'acme', at: at(0), source: 'api', ...partial };
}

export function describeConsentStore(name: string, factory: StoreFactory): void {
  describe(`ConsentStore conformance: ${name}`, () => {
    const handles: StoreHandle[] = [];
    const open = async () => {
      const handle = await factory();
      handles.push(handle);
      return handle.store;
    };
    afterEach(async () => {
      while (handles.length > 0) await handles.pop()!.dispose();
    });

    it('round-trips every field, with millisecond times and evidence', async () => {
      const store = await open();
      const full = event({
        subject: '+962791234567',
        action: 'grant',
        senderId: 'adv Acme',
        kind: 'ADV',
        at: new Date('2026-11-02T08:15:30.123Z'),
        source: 'web-form',
        evidence: {
          text: 'Yes, send me offers',
          formUrl: 'https://acme.example/join',
          ip: '203.0.113.9',
          extra: { campaign: 'w1', n: 3, ok: true },
        },
      });
      const bare = event({ subject: '+962791234567', action: 'revoke', account: '*' });
      await store.append([full, bare]);
      const got = await store.query(['+962791234567'], ['acme', '*']);
      const byId = new Map(got.map((e) => [e.id, e]));
      expect(byId.get(full.id)).toEqual(full);
      expect(byId.get(bare.id)).toEqual(bare);
      expect(byId.get(bare.id)).not.toHaveProperty('senderId');
    });

    it('filters by subject and account', async () => {
      const store = await open();
      await store.append([
        event({ subject: '+962791111111', action: 'grant', account: 'acme' }),
        event({ subject: '+962791111111', action: 'grant', account: 'other' }),
        event({ subject: '+962792222222', action: 'grant', account: 'acme' }),
      ]);
      const got = await store.query(['+962791111111'], ['acme']);
      expect(got.map((e) => [e.subject, e.account])).toEqual([['+962791111111', 'acme']]);
      expect(await store.listBySubject(['+962791111111'])).toHaveLength(2);
      expect(await store.query(['+962799999999'], ['acme'])).toEqual([]);
    });

    it('appends all or nothing (a duplicate id fails the whole batch)', async () => {
      const store = await open();
      const first = event({ subject: '+962791234567', action: 'grant' });
      await store.append([first]);
      const fresh = event({ subject: '+962791234567', action: 'revoke' });
      await expect(store.append([fresh, { ...first }])).rejects.toThrow();
      const got = await store.listBySubject(['+962791234567']);
      expect(got.map((e) => e.id)).toEqual([first.id]);
    });

    it('erases a subject and writes the tombstones in one step', async () => {
      const store = await open();
      await store.append([
        event({ subject: '+962791234567', action: 'grant' }),
        event({ subject: '+962791234567', action: 'revoke', account: 'other' }),
        event({ subject: '+962797654321', action: 'grant' }),
      ]);
      const tomb = event({ subject: 't:abc', action: 'revoke', account: '*', source: 'erasure' });
      expect(await store.erase(['+962791234567', 't:abc'], [tomb])).toBe(2);
      expect(await store.listBySubject(['+962791234567'])).toEqual([]);
      expect(await store.listBySubject(['t:abc'])).toEqual([tomb]);
      expect(await store.listBySubject(['+962797654321'])).toHaveLength(1);
    });

    it('keeps every one of many concurrent appends', async () => {
      const store = await open();
      const events = Array.from({ length: 200 }, (_, i) =>
        event({ subject: '+962791234567', action: i % 2 ? 'grant' : 'revoke', at: at(i) }),
      );
      await Promise.all(events.map((e) => store.append([e])));
      const got = await store.listBySubject(['+962791234567']);
      expect(new Set(got.map((e) => e.id))).toEqual(new Set(events.map((e) => e.id)));
    });

    describe('ledger semantics over this store', () => {
      const subject = '+962791234567';
      const base = { subject, account: 'acme', source: 'api' as const };

      it('latest covering event wins; a revoke wins a tie; order of writing does not matter', async () => {
        const ledger = createConsentLedger({ store: await open() });
        await ledger.record({ ...base, action: 'grant', at: at(2_000) });
        const revoke = await ledger.record({ ...base, action: 'revoke', at: at(1_000) });
        expect((await ledger.status({ subject, account: 'acme', kind: 'ADV' })).state).toBe('granted');
        await ledger.record({ ...base, action: 'grant', at: at(3_000) });
        const tie = await ledger.record({ ...base, action: 'revoke', at: at(3_000) });
        const status = await ledger.status({ subject, account: 'acme', kind: 'ADV' });
        expect(status).toMatchObject({ state: 'revoked', eventId: tie.id, source: 'api' });
        expect(status.since?.getTime()).toBe(T0 + 3_000);
        expect(revoke.id).not.toBe(tie.id);
      });

      it('scopes: account, sender and kind; an unscoped revoke never blocks ALR', async () => {
        const ledger = createConsentLedger({ store: await open() });
        await ledger.record({ ...base, action: 'grant', at: at(0) });
        await ledger.record({ ...base, action: 'revoke', senderId: 'adv Acme', at: at(1_000) });
        await ledger.record({ ...base, action: 'revoke', account: 'other', at: at(1_000) });
        const q = { subject, account: 'acme' } as const;
        expect((await ledger.status({ ...q, kind: 'ADV', senderId: 'ADV  acme' })).state).toBe('revoked');
        expect((await ledger.status({ ...q, kind: 'ADV', senderId: 'adv Other' })).state).toBe('granted');
        expect((await ledger.status({ ...q, kind: 'ADV' })).state).toBe('granted');
        await ledger.record({ ...base, action: 'revoke', at: at(2_000) });
        expect((await ledger.status({ ...q, kind: 'SRV' })).state).toBe('revoked');
        expect((await ledger.status({ ...q, kind: 'ALR' })).state).toBe('none');
        await ledger.record({ ...base, action: 'grant', kind: 'SRV', at: at(3_000) });
        expect((await ledger.status({ ...q, kind: 'SRV' })).state).toBe('granted');
        expect((await ledger.status({ ...q, kind: 'ADV' })).state).toBe('revoked');
      });

      it('an operator DND revoke is lifted by a later grant for that account only', async () => {
        const ledger = createConsentLedger({ store: await open() });
        const dnd = await ledger.record({
          ...base,
          account: '*',
          kind: 'ADV',
          action: 'revoke',
          source: 'operator-dnd',
          at: at(1_000),
        });
        expect(await ledger.status({ subject, account: 'acme', kind: 'ADV' })).toMatchObject({
          state: 'revoked',
          source: 'operator-dnd',
          eventId: dnd.id,
        });
        await ledger.record({ ...base, senderId: 'adv Acme', action: 'grant', at: at(2_000) });
        expect((await ledger.status({ subject, account: 'acme', kind: 'ADV', senderId: 'adv Acme' })).state).toBe(
          'granted',
        );
        // Another sender of the same account: the DND is lifted, but no grant covers it.
        expect((await ledger.status({ subject, account: 'acme', kind: 'ADV', senderId: 'adv Else' })).state).toBe(
          'none',
        );
        expect((await ledger.status({ subject, account: 'other', kind: 'ADV' })).state).toBe('revoked');
      });

      it('expired grants count as none', async () => {
        const ledger = createConsentLedger({ store: await open(), grantTtlMs: 10_000 });
        const grant = await ledger.record({ ...base, action: 'grant', at: at(0) });
        expect((await ledger.status({ subject, account: 'acme', kind: 'ADV', at: at(9_999) })).state).toBe('granted');
        const later = await ledger.status({ subject, account: 'acme', kind: 'ADV', at: at(10_000) });
        expect(later).toMatchObject({ state: 'none', eventId: grant.id });
        expect(later.expiredAt?.getTime()).toBe(T0 + 10_000);
      });

      it('hashes subjects when asked, and finds them again', async () => {
        const store = await open();
        const ledger = createConsentLedger({ store, hashSubjects: { key: KEY } });
        await ledger.record({ ...base, subject: '079 123 4567', action: 'revoke', at: at(0) });
        const stored = await store.listBySubject([subject]);
        expect(stored).toEqual([]);
        const exported = await ledger.export(subject);
        expect(exported.events).toHaveLength(1);
        expect(exported.events[0]!.subject).toMatch(/^h:[0-9a-f]{64}$/);
        expect((await ledger.status({ subject, account: 'acme', kind: 'ADV' })).state).toBe('revoked');
      });

      it('erase removes personal data; the tombstone suppresses until a new grant', async () => {
        const store = await open();
        const ledger = createConsentLedger({ store, tombstoneKey: KEY, clock: () => at(5_000) });
        await ledger.record({ ...base, action: 'grant', at: at(0), evidence: { ip: '203.0.113.9', text: 'yes' } });
        const { deleted } = await ledger.erase(subject);
        expect(deleted).toBe(1);
        expect(await store.listBySubject([subject])).toEqual([]);
        const exported = await ledger.export(subject);
        expect(exported.events).toHaveLength(1);
        expect(exported.events[0]).toMatchObject({ action: 'revoke', source: 'erasure', account: '*' });
        expect(JSON.stringify(exported.events)).not.toContain('203.0.113.9');
        expect(exported.events[0]!.subject).not.toContain('791234567');
        expect((await ledger.status({ subject, account: 'acme', kind: 'ADV' })).state).toBe('revoked');
        await ledger.record({ ...base, action: 'grant', at: at(6_000) });
        expect((await ledger.status({ subject, account: 'acme', kind: 'ADV' })).state).toBe('granted');
        expect((await ledger.status({ subject, account: 'other', kind: 'ADV' })).state).toBe('revoked');
      });

      describe('an opt-out never fails on what the reply holds (the same on every store)', () => {
        const inbound = { from: subject, to: '94444', at: at(1_000) };
        // The reply is kept as evidence cut at 160 UTF-16 units, and every string of the evidence is made
        // well-formed: a cut never splits a surrogate pair, NUL and unpaired surrogates become U+FFFD.
        const padded = `STOP${' '.repeat(155)}`; // 159 units: an emoji after it straddles the cut
        const arabic = `الغاء الاشتراك${' '.repeat(145)}`;
        it.each([
          ['an emoji cut at 160 units', `${padded}😀 please`, padded],
          ['a NUL', 'STOP\u0000please', 'STOP\uFFFDplease'],
          ['a NUL at the cut', `${padded}\u0000`, `${padded}\uFFFD`],
          ['an unpaired high surrogate', 'STOP \uD83D', 'STOP \uFFFD'],
          ['an unpaired low surrogate', 'stop \uDE00 now', 'stop \uFFFD now'],
          ['Arabic with an emoji at the cut', `${arabic}😀`, arabic],
        ])('%s', async (_label, text, kept) => {
          expect(text.length).toBeGreaterThan(kept.length - 1);
          const ledger = createConsentLedger({ store: await open() });
          const result = await ledger.handleInbound({ ...inbound, text, messageId: 'SM\u0000\uD800x' });
          expect(result.intent).toBe('opt-out');
          expect(result.eventId).toBeDefined();
          expect((await ledger.status({ subject, account: 'acme', kind: 'ADV' })).state).toBe('revoked');
          const [event] = (await ledger.export(subject)).events;
          expect(event!.id).toBe(result.eventId);
          expect(event!.evidence).toEqual({ inboundText: kept, to: '94444', inboundMessageId: 'SM\uFFFD\uFFFDx' });
        });

        it('record() keeps evidence with NUL and unpaired surrogates, made well-formed', async () => {
          const ledger = createConsentLedger({ store: await open() });
          const event = await ledger.record({
            ...base,
            action: 'revoke',
            at: at(0),
            evidence: { text: 'no more\u0000', userAgent: 'UA\uDBFF', extra: { 'k\uD800': 'v\u0000', n: 1 } },
          });
          const expected = { text: 'no more\uFFFD', userAgent: 'UA\uFFFD', extra: { 'k\uFFFD': 'v\uFFFD', n: 1 } };
          expect(event.evidence).toEqual(expected);
          const [stored] = (await ledger.export(subject)).events;
          expect(stored!.evidence).toEqual(expected);
          expect((await ledger.status({ subject, account: 'acme', kind: 'ADV' })).state).toBe('revoked');
        });
      });

      it('statusMany agrees with status for every subject', async () => {
        const ledger = createConsentLedger({ store: await open() });
        const subjects = Array.from({ length: 300 }, (_, i) => `+9627900${String(10_000 + i)}`);
        await ledger.recordMany(
          subjects.flatMap((s, i) => [
            { subject: s, account: 'acme', action: 'grant' as const, at: at(i), source: 'import' as const },
            ...(i % 3 === 0
              ? [{ subject: s, account: 'acme', action: 'revoke' as const, at: at(i + 1), source: 'api' as const }]
              : []),
          ]),
        );
        const many = await ledger.statusMany([...subjects, '+962799999999'], { account: 'acme', kind: 'ADV' });
        expect(many).toHaveLength(301);
        for (const [i, s] of subjects.entries()) {
          expect(many[i]).toEqual(await ledger.status({ subject: s, account: 'acme', kind: 'ADV' }));
          expect(many[i]!.state).toBe(i % 3 === 0 ? 'revoked' : 'granted');
        }
        expect(many[300]!.state).toBe('none');
      });
    });
  });
}
