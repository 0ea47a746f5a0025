/** Runs the writer processes of the race and durability tests and reports what they measured. */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { createConsentLedger } from '../../src/consent/ledger.js';
import type { ConsentStore } from '../../src/core/ports.js';
import { RACE_T0, SUBJECT_INTERLEAVED, SUBJECT_TIES, slotAction } from './_race-plan.js';

const CHILD = fileURLToPath(new URL('./_child.ts', import.meta.url));

function start(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

export interface RaceReport {
  children: number;
  rounds: number;
  events: number;
  seconds: number;
}

/** Several processes write grant/revoke races; the final status must be the latest event, revokes never lost. */
export async function runRace(
  backend: 'sqlite' | 'postgres',
  target: string,
  reopen: () => Promise<ConsentStore>,
  children = 4,
  rounds = 100,
): Promise<RaceReport> {
  const startAt = Date.now() + 2_500;
  const began = Date.now();
  const runs = Array.from({ length: children }, (_, k) =>
    finished(start(['race', backend, target, String(k), String(children), String(rounds), String(startAt)])),
  );
  const results = await Promise.all(runs);
  for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
  const seconds = (Date.now() - Math.max(began, startAt)) / 1000;

  const store = await reopen();
  try {
    const ledger = createConsentLedger({ store });
    const all = await store.listBySubject([SUBJECT_TIES, SUBJECT_INTERLEAVED]);
    expect(all).toHaveLength(children * rounds * 2);
    const revokesTies = all.filter((e) => e.subject === SUBJECT_TIES && e.action === 'revoke');
    expect(revokesTies).toHaveLength(rounds);

    const ties = await ledger.status({ subject: SUBJECT_TIES, account: 'acme', kind: 'ADV' });
    expect(ties.state).toBe('revoked');
    expect(ties.since?.getTime()).toBe(RACE_T0 + (rounds - 1) * 1_000);
    expect(revokesTies.find((e) => e.id === ties.eventId)?.at.getTime()).toBe(RACE_T0 + (rounds - 1) * 1_000);

    const lastSlot = rounds * children - 1;
    const interleaved = await ledger.status({ subject: SUBJECT_INTERLEAVED, account: 'acme', kind: 'ADV' });
    expect(interleaved.state).toBe(slotAction(lastSlot) === 'grant' ? 'granted' : 'revoked');
    expect(interleaved.since?.getTime()).toBe(RACE_T0 + lastSlot);
    // Every revoke of the interleaved subject is stored, whichever process wrote it.
    const expectedRevokes = Array.from({ length: rounds * children }, (_, slot) => slot).filter(
      (slot) => slotAction(slot) === 'revoke',
    );
    const storedRevokes = all
      .filter((e) => e.subject === SUBJECT_INTERLEAVED && e.action === 'revoke')
      .map((e) => e.at.getTime() - RACE_T0)
      .sort((a, b) => a - b);
    expect(storedRevokes).toEqual(expectedRevokes);
  } finally {
    await store.close?.();
  }
  return { children, rounds, events: children * rounds * 2, seconds };
}

export interface DurabilityReport {
  acknowledged: number;
  present: number;
  /** Writes found that the child never acknowledged (in flight when it was killed). */
  unacknowledgedPresent: number;
}

/** A child revokes and acknowledges each write; it is SIGKILLed mid-stream; every acknowledged revoke must be there. */
export async function runDurability(
  backend: 'sqlite' | 'postgres',
  target: string,
  reopen: () => Promise<ConsentStore>,
  killAfter = 150,
): Promise<DurabilityReport> {
  const child = start(['durability', backend, target]);
  const exited = finished(child);
  const acked: string[] = [];
  let buffer = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${acked.length} acks before the timeout`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const match = /^ack (\d+) (\+\d+)$/.exec(line);
        if (match) acked.push(match[2]!);
        newline = buffer.indexOf('\n');
      }
      if (acked.length >= killAfter && !child.killed) {
        child.kill('SIGKILL');
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (acked.length < killAfter) reject(new Error(`child exited after ${acked.length} acks`));
    });
  });
  const { code } = await exited;
  expect(code).toBeNull(); // killed by the signal, not exited

  const store = await reopen();
  try {
    const ledger = createConsentLedger({ store });
    const statuses = await ledger.statusMany(acked, { account: 'acme', kind: 'ADV' });
    const present = statuses.filter((s) => s.state === 'revoked').length;
    expect(present).toBe(acked.length);
    const all = await store.query(
      Array.from({ length: acked.length + 50 }, (_, n) => `+9627900${String(10_000 + n)}`),
      ['acme'],
    );
    return { acknowledged: acked.length, present, unacknowledgedPresent: all.length - present };
  } finally {
    await store.close?.();
  }
}
