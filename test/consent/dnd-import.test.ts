import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importDoNotDisturb } from '../../src/consent/dnd-import.js';
import { createConsentLedger } from '../../src/consent/ledger.js';
import { MemoryConsentStore } from '../../src/consent/stores/memory.js';
import { PolicyConfigError, PolicyInputError } from '../../src/core/errors.js';

const AT = '2026-11-01T00:00:00Z';

function setup() {
  const store = new MemoryConsentStore();
  return { store, ledger: createConsentLedger({ store }) };
}

/** Streams a text in small chunks that cut lines (and multi-byte characters) in half. */
function chunked(text: string, size = 7): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

describe('importDoNotDisturb', () => {
  it('records operator-dnd ADV revokes and reports bad lines by number', async () => {
    const { ledger, store } = setup();
    const csv = [
      'name,Phone,note', // line 1: header, column by name (case-insensitive)
      'a,0791234567,x', // 2
      'b,not-a-number,x', // 3 bad
      'c,+962 78 765 4321,x', // 4
      'd,,x', // 5 bad (empty)
      'e,"0771112223",x', // 6 quoted
      'f,٠٧٩٥٥٥٥٥٥٥,x', // 7 Arabic-Indic digits
    ].join('\n');
    const report = await importDoNotDisturb(ledger, chunked(csv), { at: AT, ref: 'zain-2026-11.csv' });
    expect(report).toEqual({ rows: 6, recorded: 4, bad: 2, badLines: [3, 5] });
    expect(store.size).toBe(4);
    const [event] = (await ledger.export('0791234567')).events;
    expect(event).toMatchObject({
      account: '*',
      kind: 'ADV',
      action: 'revoke',
      source: 'operator-dnd',
      evidence: { importRef: 'zain-2026-11.csv' },
    });
    expect((await ledger.status({ subject: '0795555555', account: 'acme', kind: 'ADV' })).state).toBe('revoked');
    expect((await ledger.status({ subject: '0795555555', account: 'acme', kind: 'SRV' })).state).toBe('none');
  });

  it('accepts a `to` header, a string input, a BOM and an account; batches appends', async () => {
    const { ledger } = setup();
    const numbers = Array.from({ length: 25 }, (_, i) => `07900${String(10_000 + i)}`);
    const batches: number[] = [];
    const report = await importDoNotDisturb(ledger, `\uFEFFto\n${numbers.join('\n')}\n`, {
      at: new Date(AT),
      account: 'acme',
      batchSize: 10,
      onProgress: (rows) => batches.push(rows),
    });
    expect(report).toMatchObject({ rows: 25, recorded: 25, bad: 0 });
    expect(batches).toEqual([10, 20, 25]);
    expect((await ledger.status({ subject: numbers[0]!, account: 'other', kind: 'ADV' })).state).toBe('none');
  });

  it('survives malformed CSV lines', async () => {
    const { ledger } = setup();
    const csv = 'phone\n0791234567\n"unterminated,0797654321\n0781112223\n';
    const report = await importDoNotDisturb(ledger, csv, { at: AT });
    expect(report.recorded).toBeGreaterThanOrEqual(1);
    expect(report.rows).toBe(report.recorded + report.bad);
    expect((await ledger.status({ subject: '0791234567', account: 'a', kind: 'ADV' })).state).toBe('revoked');
  });

  it('fails clearly without a phone column, on bad options or dates', async () => {
    const { ledger } = setup();
    await expect(importDoNotDisturb(ledger, 'name,mobile\nx,0791234567\n', { at: AT })).rejects.toThrow(
      PolicyInputError,
    );
    await expect(importDoNotDisturb(ledger, '', { at: AT })).rejects.toThrow(PolicyInputError);
    await expect(importDoNotDisturb(ledger, 'to\n', { at: 'last week' })).rejects.toThrow(PolicyInputError);
    await expect(importDoNotDisturb(ledger, 'to\n', { at: AT, batchSize: 0 })).rejects.toThrow(PolicyConfigError);
  });
});
