/** The consent_events row both SQL stores keep, and the event it stands for (their columns match but for types). */
import type { ConsentEvent } from '../core/ports.js';
import type { MessageKind } from '../core/types.js';

/** The columns both stores share; `at` and `evidence` differ in type per database. */
export interface ConsentRowColumns {
  id: string;
  subject: string;
  account: string;
  sender_id: string | null;
  kind: string | null;
  action: 'grant' | 'revoke';
  source: string;
}

/** Builds the event of a row, given its instant and its decoded evidence. */
export function eventFromRow(
  row: ConsentRowColumns,
  atMs: number,
  evidence: ConsentEvent['evidence'] | null,
): ConsentEvent {
  const event: ConsentEvent = {
    id: row.id,
    subject: row.subject,
    account: row.account,
    action: row.action,
    at: new Date(atMs),
    source: row.source as ConsentEvent['source'],
  };
  if (row.sender_id !== null) event.senderId = row.sender_id;
  if (row.kind !== null) event.kind = row.kind as MessageKind;
  if (evidence !== null && evidence !== undefined) event.evidence = evidence;
  return event;
}
