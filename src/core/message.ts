/**
 * The outbound message schema (zod) and its parser: every problem becomes one issue with a path,
 * a code and a message in English and Arabic; nothing invalid reaches a rule.
 */
import { z } from 'zod';
import {
  identifierSchema,
  isWellFormedIdentifier,
  MAX_ACCOUNT_LENGTH,
  MAX_CAMPAIGN_ID_LENGTH,
  MAX_SENDER_ID_LENGTH,
} from './_identifier.js';
import { fromZodIssues, makeIssue } from './_issues.js';
import { parsePhone } from './phone.js';
import { type InputIssue, PolicyInputError } from './errors.js';
import { type CheckedMessage, MESSAGE_KINDS } from './types.js';

export const DEFAULT_MAX_TEXT_LENGTH = 1600;
export { MAX_ACCOUNT_LENGTH, MAX_CAMPAIGN_ID_LENGTH, MAX_SENDER_ID_LENGTH };

/**
 * Builds the zod schema of an outbound message for a maximum text length. `account` (200), `senderId` (64) and
 * `campaignId` (200) have fixed maxima and must be well-formed text (no control characters, no unpaired
 * surrogates): they become store keys.
 */
export function outboundMessageSchema(maxTextLength = DEFAULT_MAX_TEXT_LENGTH) {
  return z.object({
    account: identifierSchema(MAX_ACCOUNT_LENGTH),
    senderId: identifierSchema(MAX_SENDER_ID_LENGTH),
    to: z.string().trim().min(1),
    text: z.string().min(1).max(maxTextLength),
    kind: z.enum(MESSAGE_KINDS),
    campaignId: identifierSchema(MAX_CAMPAIGN_ID_LENGTH).optional(),
    at: z.union([z.date(), z.string()]).optional(),
  });
}

/** The default schema (text up to 1,600 characters). */
export const OutboundMessageSchema = outboundMessageSchema();

// Building a zod schema costs far more than using one: keep one per (maximum, template) pair.
const schemaCache = new Map<string, z.ZodType<z.infer<ReturnType<typeof outboundMessageSchema>>>>();

function schemaFor(maxTextLength: number, template: boolean) {
  const key = `${maxTextLength}:${template}`;
  let schema = schemaCache.get(key);
  if (!schema) {
    const base = outboundMessageSchema(maxTextLength);
    schema = template
      ? (base.extend({ to: base.shape.to.optional(), account: base.shape.account.optional() }) as never)
      : base;
    schemaCache.set(key, schema!);
  }
  return schema!;
}

export interface ParseOptions {
  maxTextLength?: number;
  /** Template check: `to` and `account` may be omitted. */
  template?: boolean;
  defaultRegion?: string;
  now: Date;
}

function parseAt(value: unknown, issues: InputIssue[]): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? new Date(value.getTime()) : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    issues.push(makeIssue(['at'], 'invalid_date'));
    return undefined;
  }
  return date;
}

/**
 * Validates an outbound message; throws `PolicyInputError` listing every problem.
 * The text is kept exactly as given (spans index into it).
 */
export function parseOutboundMessage(input: unknown, options: ParseOptions): CheckedMessage {
  const fast = options.template ? undefined : parseWellFormed(input, options);
  return fast ?? parseWithSchema(input, options);
}

/** The schema path of `parseOutboundMessage` (every problem named); exported for the test that keeps the two equal. */
export function parseWithSchema(input: unknown, options: ParseOptions): CheckedMessage {
  const schema = schemaFor(options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH, options.template === true);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    throw new PolicyInputError([makeIssue([], 'invalid_type', { expected: 'object', received })], 'Invalid message');
  }
  const result = schema.safeParse(input);
  const issues: InputIssue[] = result.success ? [] : fromZodIssues(result.error.issues, input);
  const raw = input as Record<string, unknown>;
  // Checks zod cannot express without losing the other issues.
  let recipient: ReturnType<typeof parsePhone> = null;
  if (typeof raw.to === 'string' && raw.to.trim().length > 0) {
    // A number that parses but is in no allocated range is the number rules' business (a finding), not an input
    // error: the recipient carries `allocated: false`.
    recipient = parsePhone(raw.to, options.defaultRegion, { allowUnallocated: true });
    if (!recipient) issues.push(makeIssue(['to'], 'invalid_phone'));
  }
  if (typeof raw.text === 'string' && raw.text.length > 0 && raw.text.trim().length === 0) {
    issues.push(makeIssue(['text'], 'empty'));
  }
  const at = parseAt(raw.at, issues.filter((i) => i.path[0] === 'at').length > 0 ? [] : issues);
  if (issues.length > 0 || !result.success) throw new PolicyInputError(dedupe(issues), 'Invalid message');
  const data = result.data;
  const message: CheckedMessage = {
    senderId: data.senderId,
    text: data.text,
    kind: data.kind,
    at: at ?? new Date(options.now.getTime()),
  };
  if (data.account !== undefined) message.account = data.account;
  if (data.campaignId !== undefined) message.campaignId = data.campaignId;
  if (recipient) setRecipient(message, recipient);
  return message;
}

/** The normalised recipient on a checked message (both parse paths). */
function setRecipient(message: CheckedMessage, recipient: NonNullable<ReturnType<typeof parsePhone>>): void {
  message.to = recipient.e164;
  message.recipient = {
    e164: recipient.e164,
    country: recipient.country,
    mobile: recipient.mobile,
    allocated: recipient.allocated,
  };
}

const KINDS = new Set<string>(MESSAGE_KINDS);

const nonBlank = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/**
 * The common case without zod: every field present with the right type and a valid number. It yields exactly
 * what the schema path yields (trimmed account, sender and recipient input, the text as given); anything
 * else returns `undefined` and takes the schema path, which names every problem.
 */
function parseWellFormed(input: unknown, options: ParseOptions): CheckedMessage | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const raw = input as Record<string, unknown>;
  const { account, senderId, to, text, kind, campaignId, at } = raw;
  if (!nonBlank(account) || !nonBlank(senderId) || !nonBlank(to) || !nonBlank(text)) return undefined;
  const accountValue = account.trim();
  const senderValue = senderId.trim();
  if (!identifierFits(accountValue, MAX_ACCOUNT_LENGTH) || !identifierFits(senderValue, MAX_SENDER_ID_LENGTH)) {
    return undefined;
  }
  if (text.length > (options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH)) return undefined;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  let campaignValue: string | undefined;
  if (campaignId !== undefined) {
    if (!nonBlank(campaignId)) return undefined;
    campaignValue = campaignId.trim();
    if (!identifierFits(campaignValue, MAX_CAMPAIGN_ID_LENGTH)) return undefined;
  }
  let when: Date;
  if (at === undefined) when = new Date(options.now.getTime());
  else if (at instanceof Date || typeof at === 'string') {
    when = at instanceof Date ? new Date(at.getTime()) : new Date(at);
    if (Number.isNaN(when.getTime())) return undefined;
  } else return undefined;
  const recipient = parsePhone(to, options.defaultRegion, { allowUnallocated: true });
  if (!recipient) return undefined;
  const message: CheckedMessage = { senderId: senderValue, text, kind: kind as CheckedMessage['kind'], at: when };
  message.account = accountValue;
  if (campaignValue !== undefined) message.campaignId = campaignValue;
  setRecipient(message, recipient);
  return message;
}

function identifierFits(value: string, max: number): boolean {
  return value.length <= max && isWellFormedIdentifier(value);
}

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path.join('.')}|${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
