import { z } from 'zod';
import { makeIssue } from '../core/_issues.js';
import { toStorableValue } from '../core/_well-formed.js';
import { type InputIssue, PolicyInputError } from '../core/errors.js';
import type { MessageKind } from '../core/types.js';
import { newEventId } from './_event-id.js';
import { parseInput, querySchema, recordSchema } from './_input.js';
import { resolveStatus, type StatusQuestion } from './_status.js';
import type { KeywordIntent } from './keywords.js';
import {
  ALL_ACCOUNTS,
  type ConsentEvent,
  type ConsentEvidence,
  type ConsentStatusQuery,
  type ConsentStatusResult,
  type ConsentStore,
} from '../core/ports.js';
import type { ConsentRecordInput } from './types.js';
import { createInboundHandler, type Localised } from './_inbound.js';
import { subjectKeys, subjectPhone, subjectRights } from './_subjects.js';
import { parseOptions } from '../core/options.js';

export interface ConsentLedgerOptions {
  store: ConsentStore;
  /** Store subjects as `h:` + HMAC-SHA256(key, E.164) instead of the number (pseudonymisation). */
  hashSubjects?: { key: string | Uint8Array };
  /** Key of the erasure tombstones; defaults to `hashSubjects.key`. `erase` needs one of them. */
  tombstoneKey?: string | Uint8Array;
  /** A grant older than this counts as no grant. */
  grantTtlMs?: number;
  /** Region for numbers written without a country code. Default `JO`. */
  defaultRegion?: string;
  clock?: () => Date;
  /** Texts of the keyword replies. */
  replies?: { programName?: Localised; contact?: Localised; enabled?: boolean };
  /** Account an inbound keyword applies to, from the number it was sent to; default `*` (every account). */
  inboundAccount?: string | ((to: string) => string | undefined);
}

export interface ConsentStatusScope {
  account: string;
  senderId?: string;
  kind: MessageKind;
  at?: Date;
}

export interface InboundMessage {
  /** The person's number. */
  from: string;
  /** The number or sender ID the reply was sent to. */
  to: string;
  text: string;
  at?: Date | string;
  /** Overrides `inboundAccount` for this message. */
  account?: string;
  /** Limits the revoke or grant to one sender ID. */
  senderId?: string;
  /** The provider's id of the inbound message (kept as evidence). */
  messageId?: string;
}

export interface InboundResult {
  intent: KeywordIntent | null;
  keyword?: string;
  language?: 'ar' | 'en' | 'arabizi';
  /** The reply to send back, in the language of the inbound text. */
  reply?: string;
  /** The event recorded (opt-out and opt-in). */
  eventId?: string;
}

export interface RecordManyResult {
  events: ConsentEvent[];
  rejected: Array<{ index: number; issues: InputIssue[] }>;
}

export interface ConsentExport {
  subject: string;
  events: ConsentEvent[];
}

export interface ConsentLedger {
  record(input: ConsentRecordInput): Promise<ConsentEvent>;
  /**
   * Records many events in one durable append (imports). With `invalid: 'skip'` bad entries are left out and
   * listed in `rejected` instead of failing the batch.
   */
  recordMany(
    inputs: readonly ConsentRecordInput[],
    options?: { invalid?: 'throw' | 'skip' },
  ): Promise<RecordManyResult>;
  status(query: ConsentStatusQuery): Promise<ConsentStatusResult>;
  /** Status of many subjects for one scope, in input order. */
  statusMany(subjects: readonly string[], scope: ConsentStatusScope): Promise<ConsentStatusResult[]>;
  handleInbound(message: InboundMessage): Promise<InboundResult>;
  /** Every event held about a subject (subject access). */
  export(subject: string): Promise<ConsentExport>;
  /** Deletes a subject's events and leaves a keyed-hash tombstone that keeps the number suppressed until a new grant. */
  erase(subject: string): Promise<{ deleted: number; tombstoneId: string }>;
  close(): Promise<void>;
}

const storeSchema = z.custom<ConsentStore>(
  (value) =>
    value !== null &&
    typeof value === 'object' &&
    ['append', 'query', 'listBySubject', 'erase'].every(
      (method) => typeof (value as Record<string, unknown>)[method] === 'function',
    ),
  { message: 'expected a ConsentStore (append, query, listBySubject, erase)' },
);
const keySchema = z.union([z.string().min(16), z.instanceof(Uint8Array).refine((k) => k.length >= 16)]);
const localised = z.union([
  z.string().min(1).max(100),
  z.object({ en: z.string().min(1).max(100), ar: z.string().min(1).max(100) }),
]);

const optionsSchema = z.object({
  store: storeSchema,
  hashSubjects: z.object({ key: keySchema }).optional(),
  tombstoneKey: keySchema.optional(),
  grantTtlMs: z.number().int().positive().optional(),
  defaultRegion: z.string().length(2).optional(),
  clock: z.function().optional(),
  replies: z
    .object({ programName: localised.optional(), contact: localised.optional(), enabled: z.boolean().optional() })
    .optional(),
  inboundAccount: z.union([z.string().min(1).max(200), z.function()]).optional(),
});

const scopeSchema = querySchema.omit({ subject: true });
/**
 * Creates a consent ledger: append-only grant/revoke events over a store, status answers for rules
 * (it is the `ConsentPort` `createPolicy({ consent })` wants), keyword handling and subject rights.
 *
 * @example
 * const ledger = createConsentLedger({ store: new MemoryConsentStore() });
 * await ledger.record({ subject: '0791234567', account: 'acme', action: 'grant', at: new Date(), source: 'web-form',
 *   evidence: { text: 'Yes, send me offers', formUrl: 'https://acme.example/join' } });
 * await ledger.status({ subject: '+962791234567', account: 'acme', kind: 'ADV' }); // { state: 'granted', ... }
 */
export function createConsentLedger(options: ConsentLedgerOptions): ConsentLedger {
  parseOptions(optionsSchema, options, 'createConsentLedger');
  const store = options.store;
  const hashKey = options.hashSubjects?.key;
  const tombstoneKey = options.tombstoneKey ?? hashKey;
  const grantTtlMs = options.grantTtlMs;
  const defaultRegion = options.defaultRegion ?? 'JO';
  const clock = options.clock ?? (() => new Date());
  const replies = options.replies ?? {};
  const inboundAccount = options.inboundAccount;

  const { subjectKey, tombstoneOf, keysOf } = subjectKeys(hashKey, tombstoneKey);
  const phoneOf = (subject: unknown, path: string, unallocated = false): string =>
    subjectPhone(subject, path, defaultRegion, unallocated);

  function toEvent(input: unknown, prefix: Array<string | number> = []): ConsentEvent {
    const { value, phones, dates } = parseInput(recordSchema, input, {
      phone: ['subject'],
      dates: ['at'],
      defaultRegion,
      prefix,
    });
    const event: ConsentEvent = {
      id: newEventId(),
      subject: subjectKey(phones.subject!),
      account: value.account,
      action: value.action,
      at: dates.at!,
      source: value.source,
    };
    if (value.senderId !== undefined) event.senderId = value.senderId.trim();
    if (value.kind !== undefined) event.kind = value.kind;
    // Stored as well-formed text on every store (see core/_well-formed): the same evidence everywhere, and no
    // database can refuse the write because of what it holds.
    if (value.evidence !== undefined) event.evidence = toStorableValue(value.evidence as ConsentEvidence);
    return event;
  }

  /** What `status` and `statusMany` ask of the events: the scope, at the query's instant or now. */
  function questionFor(value: {
    account: string;
    kind: MessageKind;
    at?: Date | undefined;
    senderId?: string | undefined;
  }): StatusQuestion {
    const question: StatusQuestion = { account: value.account, kind: value.kind, at: value.at ?? clock() };
    if (value.senderId !== undefined) question.senderId = value.senderId;
    if (grantTtlMs !== undefined) question.grantTtlMs = grantTtlMs;
    return question;
  }

  async function status(query: ConsentStatusQuery): Promise<ConsentStatusResult> {
    // A number in no allocated range can have no events (record refuses it): its answer is `none`, so the consent
    // rules report the message normally and the number rules say why it cannot go.
    const { value, phones } = parseInput(querySchema, query, { phone: ['subject'], defaultRegion, unallocated: true });
    const e164 = phones.subject!;
    const events = await store.query(keysOf(e164), [value.account, ALL_ACCOUNTS]);
    const question = questionFor(value);
    return resolveStatus(events, question);
  }

  async function record(input: ConsentRecordInput): Promise<ConsentEvent> {
    const event = toEvent(input);
    await store.append([event]);
    return event;
  }

  async function recordMany(
    inputs: readonly ConsentRecordInput[],
    manyOptions: { invalid?: 'throw' | 'skip' } = {},
  ): Promise<RecordManyResult> {
    if (!Array.isArray(inputs)) {
      throw new PolicyInputError([makeIssue([], 'invalid_type', { expected: 'array', received: typeof inputs })]);
    }
    const events: ConsentEvent[] = [];
    const rejected: RecordManyResult['rejected'] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        events.push(toEvent(input, [index]));
      } catch (error) {
        if (error instanceof PolicyInputError) rejected.push({ index, issues: error.issues });
        else throw error;
      }
    }
    if (rejected.length > 0 && manyOptions.invalid !== 'skip') {
      throw new PolicyInputError(rejected.flatMap((entry) => entry.issues));
    }
    if (events.length > 0) await store.append(events);
    return { events, rejected };
  }

  async function statusMany(subjects: readonly string[], scope: ConsentStatusScope): Promise<ConsentStatusResult[]> {
    const { value } = parseInput(scopeSchema, scope, { defaultRegion, prefix: ['scope'] });
    if (!Array.isArray(subjects))
      throw new PolicyInputError([
        makeIssue(['subjects'], 'invalid_type', { expected: 'array', received: typeof subjects }),
      ]);
    const keys: string[][] = [];
    const issues = [];
    for (const [index, subject] of subjects.entries()) {
      try {
        keys.push(keysOf(phoneOf(subject, 'subject', true)));
      } catch (error) {
        if (!(error instanceof PolicyInputError)) throw error;
        issues.push(...error.issues.map((issue) => ({ ...issue, path: ['subjects', index] })));
        if (issues.length >= 20) break;
      }
    }
    if (issues.length > 0) throw new PolicyInputError(issues);
    const events = await store.query([...new Set(keys.flat())], [value.account, ALL_ACCOUNTS]);
    const bySubject = new Map<string, ConsentEvent[]>();
    for (const event of events) {
      const list = bySubject.get(event.subject);
      if (list) list.push(event);
      else bySubject.set(event.subject, [event]);
    }
    const question = questionFor(value);
    return keys.map((subjectKeys) =>
      resolveStatus(
        subjectKeys.flatMap((key) => bySubject.get(key) ?? []),
        question,
      ),
    );
  }

  const handleInbound = createInboundHandler({ defaultRegion, clock, replies, inboundAccount, record });

  const { exportSubject, erase } = subjectRights({ store, clock, keysOf, tombstoneOf, phoneOf });

  return {
    record,
    recordMany,
    status,
    statusMany,
    handleInbound,
    export: exportSubject,
    erase,
    close: async () => {
      await store.close?.();
    },
  };
}
