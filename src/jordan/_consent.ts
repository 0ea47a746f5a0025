/**
 * The Jordan consent rules (adv-opt-out, service-consent) are one rule with two questions: ask the consent port
 * about the message's class, and report an answer that blocks it. Without a ledger the policy still works: one
 * warning says the answer could not be verified.
 */
import { z } from 'zod';
import { consentQuery, withConsentEvent } from '../core/consent-query.js';
import type { ConsentStatus } from '../core/ports.js';
import { defineRule } from '../core/rule.js';
import type {
  CheckedMessage,
  EvidenceData,
  FindingAction,
  MessageKind,
  MessageParams,
  Rule,
  RuleContext,
} from '../core/types.js';
import type { JordanClauseCode, JordanRuleBaseOptions } from './data/types.js';
import { actionFor, actionSchema, baseOptionsShape, jordanMeta, LATEST_JORDAN_RULESET } from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

/** Options of a Jordan consent rule. */
export interface JordanConsentOptions extends JordanRuleBaseOptions {
  /** What to report when the policy has no consent ledger. Default `warn`. */
  unverifiedAction?: FindingAction;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, unverifiedAction: actionSchema.optional() });

/** The ledger's answer for this recipient, account, sender ID and class; `null` without a ledger or recipient. */
export async function consentFor(
  message: CheckedMessage,
  ctx: RuleContext,
  kind: MessageKind,
): Promise<ConsentStatus | null> {
  const query = ctx.consent ? consentQuery(message, kind) : null;
  return query && ctx.consent ? ctx.consent.status(query) : null;
}

/** Evidence of a consent answer: state, deciding event, masked recipient (never the full number). */
export function consentEvidence(status: ConsentStatus, message: CheckedMessage, ctx: RuleContext): EvidenceData {
  const data: EvidenceData = { state: status.state, senderId: message.senderId };
  if (message.to) data.recipient = ctx.maskPhone(message.to);
  if (status.since instanceof Date && !Number.isNaN(status.since.getTime())) data.since = status.since.toISOString();
  return withConsentEvent(data, status);
}

/** What makes one Jordan consent rule differ from the other. */
export interface JordanConsentSpec {
  factory: string;
  id: `jordan/${string}`;
  code: JordanClauseCode;
  description: string;
  /** The class the rule applies to, and asks the ledger about. */
  kind: MessageKind;
  unverifiedMessageId: string;
  /** The finding's message id and params when the answer blocks the message; `null` when it allows it. */
  blocked(status: ConsentStatus, message: CheckedMessage): { messageId: string; params: MessageParams } | null;
}

/** Builds a Jordan consent rule: options parsed once, then one question per message of the rule's class. */
export function jordanConsentRule(spec: JordanConsentSpec, options: JordanConsentOptions): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, spec.factory);
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, spec.code, 'deny');
  const unverifiedAction = parsed.unverifiedAction ?? 'warn';

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: spec.code,
      id: spec.id,
      description: spec.description,
      action,
      needs: ['to', 'account'],
    }),
    stage: 'stateful',
    async check(message, ctx) {
      if (message.kind !== spec.kind) return [];
      if (!ctx.consent) return [ctx.finding({ action: unverifiedAction, messageId: spec.unverifiedMessageId })];
      const status = await consentFor(message, ctx, spec.kind);
      const blocked = status ? spec.blocked(status, message) : null;
      if (!status || !blocked) return [];
      return [ctx.finding({ action, ...blocked, evidence: [{ data: consentEvidence(status, message, ctx) }] })];
    },
  });
}
