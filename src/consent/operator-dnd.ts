/**
 * consent/operator-dnd — a number on an operator do-not-disturb list gets no ADV, unless the person later gave
 * this account a grant (any sender ID): their own word outranks the operator's coarser list. JO-OPT-01.
 * The lifting itself is decided by the ledger (see `_status.ts`); this rule reports a DND revoke that decides.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { FINDING_ACTIONS } from '../core/types.js';
import { describe, statusFor, TRC_SOURCE_URL } from './_rule-support.js';
import { CONSENT_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface OperatorDndOptions {
  /** Default `deny`. */
  action?: (typeof FINDING_ACTIONS)[number];
}

const optionsSchema = z.object({ action: z.enum(FINDING_ACTIONS).optional() }).strict();

/**
 * The rule that honours operator do-not-disturb imports (`importDoNotDisturb`) for promotional messages.
 *
 * @example
 * const policy = createPolicy({ rules: [operatorDnd()], consent: ledger });
 */
export function operatorDnd(options: OperatorDndOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options, 'operatorDnd');
  const action = parsed.action ?? 'deny';
  return defineRule({
    messages: CONSENT_MESSAGES,
    id: 'consent/operator-dnd',
    stage: 'stateful',
    description: 'No promotional (ADV) message to a number on an operator do-not-disturb list without a later grant.',
    defaultAction: 'deny',
    source: 'JO-OPT-01',
    confidence: 'A',
    verified: false,
    sources: [TRC_SOURCE_URL],
    docs: 'docs/rules/consent/operator-dnd.md',
    needs: ['consent', 'to', 'account'],
    async check(message, ctx) {
      if (message.kind !== 'ADV') return [];
      const status = await statusFor(message, ctx, 'ADV');
      if (status.state !== 'revoked' || status.source !== 'operator-dnd') return [];
      const { params, evidence } = describe(message, ctx, status);
      return [ctx.finding({ action, messageId: 'consent.operator-dnd', params, evidence })];
    },
  });
}
