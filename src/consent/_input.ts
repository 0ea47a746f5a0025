/** Validation of ledger inputs: phone numbers, dates, scopes and evidence, with typed issues. */
import { z } from 'zod';
import { identifierSchema, MAX_ACCOUNT_LENGTH, MAX_SENDER_ID_LENGTH } from '../core/_identifier.js';
import { fromZodIssues, makeIssue } from '../core/_issues.js';
import { parsePhone } from '../core/phone.js';
import { type InputIssue, PolicyInputError } from '../core/errors.js';
import { MESSAGE_KINDS } from '../core/types.js';
import { normalizePhone } from '../text/phone.js';
import { CONSENT_ACTIONS, CONSENT_SOURCES } from '../core/ports.js';

const text = (max: number) => z.string().max(max);

export const evidenceSchema = z
  .object({
    text: text(4_000).optional(),
    formUrl: text(2_000).optional(),
    ip: text(64).optional(),
    userAgent: text(1_000).optional(),
    inboundMessageId: text(200).optional(),
    inboundText: text(400).optional(),
    to: text(64).optional(),
    importRef: text(500).optional(),
    extra: z.record(z.string(), z.union([z.string().max(2_000), z.number(), z.boolean()])).optional(),
  })
  .strict();

const dateInput = z.union([z.date(), z.string()]);

// Account and sender ID as the message schema has them (same maxima, well-formed text): they are stored as
// UTF-8, where an unpaired surrogate would turn into U+FFFD and status() could not find what record() wrote.
const account = identifierSchema(MAX_ACCOUNT_LENGTH);
const senderId = identifierSchema(MAX_SENDER_ID_LENGTH);

export const recordSchema = z
  .object({
    subject: z.string(),
    account,
    senderId: senderId.optional(),
    kind: z.enum(MESSAGE_KINDS).optional(),
    action: z.enum(CONSENT_ACTIONS),
    at: dateInput,
    source: z.enum(CONSENT_SOURCES),
    evidence: evidenceSchema.optional(),
  })
  .strict();

export const querySchema = z.object({
  subject: z.string(),
  account,
  senderId: senderId.optional(),
  kind: z.enum(MESSAGE_KINDS),
  at: z.date().optional(),
});

/** Parses a Date or an ISO 8601 string; `undefined` when it is not a valid instant. */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const date = new Date(value.trim());
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/** Validates with a zod schema, then checks the phone (at `phonePath`) and dates; throws PolicyInputError. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  checks: {
    phone?: string[];
    dates?: string[];
    defaultRegion: string;
    prefix?: Array<string | number>;
    /** Accept numbers that are possible but in no allocated range (status questions: the answer is `none`). */
    unallocated?: boolean;
  },
): { value: z.infer<T>; phones: Record<string, string>; dates: Record<string, Date> } {
  const prefix = checks.prefix ?? [];
  const issues: InputIssue[] = [];
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of fromZodIssues(parsed.error.issues, input))
      issues.push({ ...issue, path: [...prefix, ...issue.path] });
  }
  const record = (input ?? {}) as Record<string, unknown>;
  const phones: Record<string, string> = {};
  const dates: Record<string, Date> = {};
  for (const field of checks.phone ?? []) {
    const raw = record[field];
    if (typeof raw !== 'string') continue;
    const phone = checks.unallocated
      ? parsePhone(raw, checks.defaultRegion, { allowUnallocated: true })
      : normalizePhone(raw, checks.defaultRegion);
    if (phone) phones[field] = phone.e164;
    else issues.push(makeIssue([...prefix, field], 'invalid_phone'));
  }
  for (const field of checks.dates ?? []) {
    const raw = record[field];
    if (raw === undefined || (typeof raw !== 'string' && !(raw instanceof Date))) continue;
    const date = toDate(raw);
    if (date) dates[field] = date;
    else issues.push(makeIssue([...prefix, field], 'invalid_date'));
  }
  if (issues.length > 0 || !parsed.success) throw new PolicyInputError(issues);
  return { value: parsed.data, phones, dates };
}
