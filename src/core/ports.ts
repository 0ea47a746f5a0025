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

// The consent store port and the events it keeps: adapters implement it, the consent ledger writes through it.

export type ConsentAction = 'grant' | 'revoke';
export const CONSENT_ACTIONS = ['grant', 'revoke'] as const satisfies readonly ConsentAction[];

export type ConsentSource = 'web-form' | 'sms-keyword' | 'import' | 'api' | 'operator-dnd';
export const CONSENT_SOURCES = [
  'web-form',
  'sms-keyword',
  'import',
  'api',
  'operator-dnd',
] as const satisfies readonly ConsentSource[];

/** The source of a tombstone left by `erase`; never accepted from callers. */
export const ERASURE_SOURCE = 'erasure';

/** `account: '*'` in an event covers every account (operator DND lists, shared short codes, tombstones). */
export const ALL_ACCOUNTS = '*';

/** What proves an event: the words shown at opt-in, the form, the request, the inbound message. */
export interface ConsentEvidence {
  /** The consent text the person saw (or an excerpt of the inbound message for keywords). */
  text?: string;
  formUrl?: string;
  ip?: string;
  userAgent?: string;
  /** The provider's id of an inbound message. */
  inboundMessageId?: string;
  /** An excerpt of the inbound reply (keywords). */
  inboundText?: string;
  /** The number or sender the inbound reply was sent to. */
  to?: string;
  /** The file or list an import came from. */
  importRef?: string;
  /** Anything else the caller wants kept (strings, numbers, booleans). */
  extra?: Record<string, string | number | boolean>;
}

/**
 * One append-only ledger event as stored. `subject` is the E.164 number, or `h:<hex>` (HMAC-SHA256) when the
 * ledger hashes subjects, or `t:<hex>` for an erasure tombstone.
 */
export interface ConsentEvent {
  id: string;
  subject: string;
  account: string;
  senderId?: string;
  kind?: MessageKind;
  action: ConsentAction;
  at: Date;
  source: ConsentSource | typeof ERASURE_SOURCE;
  evidence?: ConsentEvidence;
}

/** A status question; `at` (default: the ledger clock) is the instant grant expiry is judged at. */
export interface ConsentStatusQuery extends ConsentQuery {
  at?: Date;
}

/** The answer to `status`: the contract's fields plus the deciding event's source and whether a grant expired. */
export interface ConsentStatusResult extends ConsentStatus {
  /** Set when the latest covering event is a grant that expired (`grantTtlMs`); the state is then `none`. */
  expiredAt?: Date;
}

/**
 * The storage port. Implementations must make `append` and `erase` durable before resolving, and must be safe
 * to use from several processes at once (no read-modify-write: events are only inserted).
 */
export interface ConsentStore {
  /** Inserts events (all or nothing). Resolving means they survive a crash. */
  append(events: readonly ConsentEvent[]): Promise<void>;
  /** Every event whose subject is in `subjects` and whose account is in `accounts`. */
  query(subjects: readonly string[], accounts: readonly string[]): Promise<ConsentEvent[]>;
  /** Every event of these subjects, any account (subject access / export). */
  listBySubject(subjects: readonly string[]): Promise<ConsentEvent[]>;
  /** Deletes every event of `subjects` and inserts `tombstones`, atomically; resolves with the count deleted. */
  erase(subjects: readonly string[], tombstones: readonly ConsentEvent[]): Promise<number>;
  close?(): Promise<void>;
}
