/**
 * The race plan shared by the writer processes and the test that checks them: which events each child writes,
 * and what the final status must be.
 *   Subject A (ties): every child writes at the same instants; child 0 revokes, the others grant. A revoke wins a
 *   tie, so the final status is child 0's last revoke.
 *   Subject B (interleaved): child k's i-th event is at slot i·children + k; its action is fixed by the slot.
 *   The final status is the event in the last slot, wherever it was written from.
 */
import type { ConsentRecordInput } from '../../src/consent/types.js';

export const RACE_T0 = Date.parse('2026-11-01T00:00:00.000Z');
export const SUBJECT_TIES = '+962791000001';
export const SUBJECT_INTERLEAVED = '+962791000002';

export function slotAction(slot: number): 'grant' | 'revoke' {
  return (slot * 7) % 3 === 0 ? 'revoke' : 'grant';
}

export function raceEvents(child: number, children: number, rounds: number): ConsentRecordInput[] {
  const out: ConsentRecordInput[] = [];
  for (let i = 0; i < rounds; i++) {
    out.push({
      subject: SUBJECT_TIES,
      account: 'acme',
      action: child === 0 ? 'revoke' : 'grant',
      at: new Date(RACE_T0 + i * 1_000),
      source: 'api',
      evidence: { extra: { child, round: i } },
    });
    const slot = i * children + child;
    out.push({
      subject: SUBJECT_INTERLEAVED,
      account: 'acme',
      action: slotAction(slot),
      at: new Date(RACE_T0 + slot),
      source: 'api',
      evidence: { extra: { child, slot } },
    });
  }
  return out;
}
