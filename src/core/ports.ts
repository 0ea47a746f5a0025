/**
 * Ports: what the engine and rules need from stores. Adapters implement them; domains depend on them,
 * never on each other.
 */
import type { MessageKind } from './types.js';

export interface RateLimit {
  /** e.g. `recipient:+962791234567` */
  key: string;
  /** Events allowed per window. */
  limit: number;
  windowMs: number;
  /** Default `gcra`. `fixed` windows may align to a time zone's calendar day. */
  algorithm?: 'gcra' | 'fixed' | 'sliding';
  /** GCRA burst allowance. */
  burst?: number;
  /** For calendar-aligned `fixed` windows, e.g. `Asia/Amman`. */
  timeZone?: string;
}

export interface RateConsumeResult {
  allowed: boolean;
  /** Index into the limits array of the first limit that refused. */
  blockedBy?: number;
  retryAfterMs?: number;
}

export interface RateStore {
  /** Checks every limit and consumes one unit from each only if ALL allow (atomic, all-or-nothing). */
  consume(limits: RateLimit[], nowMs: number): Promise<RateConsumeResult>;
  /**
   * Optional synchronous twin for in-process stores (the memory store has one): the engine uses it when
   * present, which spares a promise and a timeout timer per message. Same semantics as `consume`.
   */
  consumeSync?(limits: RateLimit[], nowMs: number): RateConsumeResult;
}

export type ConsentState = 'granted' | 'revoked' | 'none';

export interface ConsentQuery {
  subject: string;
  account: string;
  senderId?: string;
  kind: MessageKind;
}

export interface ConsentStatus {
  state: ConsentState;
  since?: Date;
  eventId?: string;
  /** The source of the deciding event (`operator-dnd`, `sms-keyword`, ...). */
  source?: string;
}

/** What rules need from a consent ledger. */
export interface ConsentPort {
  status(query: ConsentQuery): Promise<ConsentStatus>;
}
