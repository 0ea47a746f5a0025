/**
 * Status resolution, pure: which stored events cover a question, and which one decides.
 *
 * Coverage: the event's account is the asked one or `*`; its senderId is absent or the asked one (case and
 * spacing folded); its kind is absent or the asked one — except that an event without a kind never covers
 * ALR, so a promotional or blanket opt-out can never block an alert. The latest covering event wins; at the
 * same instant a revoke beats a grant. An operator do-not-disturb revoke is lifted by any later grant of the
 * same subject for the same account (any sender), as the operator's list is coarser than a person's own word.
 */
import type { MessageKind } from '../core/types.js';
import { ALL_ACCOUNTS, type ConsentEvent, type ConsentStatusResult } from '../core/ports.js';

export interface StatusQuestion {
  account: string;
  senderId?: string;
  kind: MessageKind;
  at: Date;
  grantTtlMs?: number;
}

/** Sender IDs compare case-insensitively with spacing folded (`ADV  Acme` = `adv acme`). */
export function senderKey(senderId: string): string {
  return senderId.trim().replace(/\s+/g, ' ').toLowerCase();
}

function kindCovers(eventKind: MessageKind | undefined, kind: MessageKind): boolean {
  if (eventKind === undefined) return kind !== 'ALR';
  return eventKind === kind;
}

export function covers(event: ConsentEvent, question: StatusQuestion): boolean {
  if (event.account !== question.account && event.account !== ALL_ACCOUNTS) return false;
  if (event.senderId !== undefined) {
    if (question.senderId === undefined || senderKey(event.senderId) !== senderKey(question.senderId)) return false;
  }
  return kindCovers(event.kind, question.kind);
}

/** Later first; at the same instant revoke first; then by id so the answer is deterministic. */
export function compareEvents(a: ConsentEvent, b: ConsentEvent): number {
  const byTime = b.at.getTime() - a.at.getTime();
  if (byTime !== 0) return byTime;
  if (a.action !== b.action) return a.action === 'revoke' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function latest(events: readonly ConsentEvent[], keep: (event: ConsentEvent) => boolean): ConsentEvent | undefined {
  let best: ConsentEvent | undefined;
  for (const event of events) {
    if (!keep(event)) continue;
    if (!best || compareEvents(event, best) < 0) best = event;
  }
  return best;
}

/** Decides the status of one subject from its events (any order, any accounts). */
export function resolveStatus(events: readonly ConsentEvent[], question: StatusQuestion): ConsentStatusResult {
  let winner = latest(events, (event) => covers(event, question));
  if (winner && winner.action === 'revoke' && winner.source === 'operator-dnd') {
    const dndAt = winner.at.getTime();
    const lifted = events.some(
      (event) =>
        event.action === 'grant' &&
        event.account === question.account &&
        kindCovers(event.kind, question.kind) &&
        event.at.getTime() > dndAt,
    );
    if (lifted) winner = latest(events, (event) => event.source !== 'operator-dnd' && covers(event, question));
  }
  if (!winner) return { state: 'none' };
  if (winner.action === 'grant' && question.grantTtlMs !== undefined) {
    const expires = winner.at.getTime() + question.grantTtlMs;
    if (question.at.getTime() >= expires) {
      return { state: 'none', eventId: winner.id, source: winner.source, expiredAt: new Date(expires) };
    }
  }
  return {
    state: winner.action === 'grant' ? 'granted' : 'revoked',
    since: winner.at,
    eventId: winner.id,
    source: winner.source,
  };
}
