import { z } from 'zod';
import { identifierSchema, MAX_ACCOUNT_LENGTH, MAX_SENDER_ID_LENGTH } from '../core/_identifier.js';
import { makeIssue } from '../core/_issues.js';
import { cutStorableText, toStorableText } from '../core/_well-formed.js';
import { PolicyInputError } from '../core/errors.js';
import { createMessageCatalog } from '../core/locale.js';
import type { Locale } from '../core/types.js';
import { parseInput, toDate } from './_input.js';
import { detectKeyword, type KeywordIntent } from './keywords.js';
import { CONSENT_MESSAGES } from './messages.js';
import { ALL_ACCOUNTS, type ConsentEvent, type ConsentEvidence } from '../core/ports.js';
import type { ConsentRecordInput } from './types.js';
import type { ConsentLedgerOptions, InboundMessage, InboundResult } from './ledger.js';

/** A text given in one language for both, or per language. */
export type Localised = string | { en: string; ar: string };

const INBOUND_EXCERPT = 160;
const CONSENT_CATALOG = createMessageCatalog([CONSENT_MESSAGES]);

const inboundSchema = z.object({
  from: z.string(),
  to: z.string().min(1).max(64),
  text: z.string().max(10_000),
  at: z.union([z.date(), z.string()]).optional(),
  account: identifierSchema(MAX_ACCOUNT_LENGTH).optional(),
  senderId: identifierSchema(MAX_SENDER_ID_LENGTH).optional(),
  messageId: z.string().max(200).optional(),
});

function pick(value: Localised | undefined, locale: Locale, fallback: Record<Locale, string>): string {
  if (value === undefined) return fallback[locale];
  return typeof value === 'string' ? value : value[locale];
}

/** What the inbound handler needs from its ledger. */
export interface InboundSettings {
  defaultRegion: string;
  clock: () => Date;
  replies: NonNullable<ConsentLedgerOptions['replies']>;
  inboundAccount: ConsentLedgerOptions['inboundAccount'];
  record(input: ConsentRecordInput): Promise<ConsentEvent>;
}

/** `ledger.handleInbound`, bound to a ledger's settings and its `record`. */
export function createInboundHandler(settings: InboundSettings): (message: InboundMessage) => Promise<InboundResult> {
  const { defaultRegion, clock, replies, inboundAccount, record } = settings;

  function reply(intent: KeywordIntent, language: 'ar' | 'en' | 'arabizi' | undefined): string {
    const locale: Locale = language === 'ar' || language === 'arabizi' ? 'ar' : 'en';
    const programName = pick(replies.programName, locale, { en: 'our messages', ar: 'رسائلنا' });
    const contact = pick(replies.contact, locale, { en: '', ar: '' });
    return CONSENT_CATALOG.resolve(locale, `consent.reply-${intent}`, { programName, contact });
  }

  async function handleInbound(message: InboundMessage): Promise<InboundResult> {
    const { value, phones } = parseInput(inboundSchema, message, { phone: ['from'], defaultRegion });
    const at = value.at === undefined ? clock() : toDate(value.at);
    if (!at) throw new PolicyInputError([makeIssue(['at'], 'invalid_date')]);
    const match = detectKeyword(value.text);
    if (!match.intent) return { intent: null };
    const result: InboundResult = { intent: match.intent };
    if (match.keyword !== undefined) result.keyword = match.keyword;
    if (match.language !== undefined) result.language = match.language;
    if (match.intent === 'opt-out' || match.intent === 'opt-in') {
      const mapped = typeof inboundAccount === 'function' ? inboundAccount(value.to) : inboundAccount;
      // Cut where a surrogate pair is not split, NUL and unpaired surrogates made U+FFFD: an opt-out is the one
      // write that must never fail, and PostgreSQL refuses both in JSONB.
      const evidence: ConsentEvidence = {
        inboundText: cutStorableText(value.text, INBOUND_EXCERPT),
        to: toStorableText(value.to),
      };
      if (value.messageId !== undefined) evidence.inboundMessageId = toStorableText(value.messageId);
      const input: ConsentRecordInput = {
        subject: phones.from!,
        account: value.account ?? mapped ?? ALL_ACCOUNTS,
        action: match.intent === 'opt-out' ? 'revoke' : 'grant',
        at,
        source: 'sms-keyword',
        evidence,
      };
      if (value.senderId !== undefined) input.senderId = value.senderId;
      const event = await record(input);
      result.eventId = event.id;
    }
    if (replies.enabled !== false) result.reply = reply(match.intent, match.language);
    return result;
  }

  return handleInbound;
}
