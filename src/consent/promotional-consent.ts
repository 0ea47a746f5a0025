/**
 * consent/promotional-consent — ADV messages need consent: a grant (`opt-in` model, the default) or at least
 * no revoke (`opt-out` model). Policy P2 and P14 (signing up is not marketing consent), JO-OPT-01.
 * Operator do-not-disturb revokes are left to consent/operator-dnd, which knows when they are lifted.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { FINDING_ACTIONS } from '../core/types.js';
import { CONSENT_SOURCES_URL, describe, statusFor, TRC_SOURCE_URL } from './_rule-support.js';
import { CONSENT_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface PromotionalConsentOptions {
  /** `opt-in` (default): a grant is needed. `opt-out`: anyone who has not revoked may receive ADV. */
  model?: 'opt-in' | 'opt-out';
  /** Action when consent is missing or revoked. Default `deny`. */
  action?: (typeof FINDING_ACTIONS)[number];
}

const optionsSchema = z
  .object({ model: z.enum(['opt-in', 'opt-out']).optional(), action: z.enum(FINDING_ACTIONS).optional() })
  .strict();

/**
 * The rule that keeps promotional (ADV) messages to people who consented and never to people who opted out.
 *
 * @example
 * const policy = createPolicy({ rules: [promotionalConsent({ model: 'opt-out' })], consent: ledger });
 */
export function promotionalConsent(options: PromotionalConsentOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options, 'promotionalConsent');
  const model = parsed.model ?? 'opt-in';
  const action = parsed.action ?? 'deny';
  return defineRule({
    messages: CONSENT_MESSAGES,
    id: 'consent/promotional-consent',
    stage: 'stateful',
    description: 'Promotional (ADV) messages need a consent grant (opt-in) or no opt-out on record (opt-out model).',
    defaultAction: 'deny',
    source: 'policy P2, P14; JO-OPT-01',
    confidence: 'A',
    verified: false,
    sources: [TRC_SOURCE_URL, CONSENT_SOURCES_URL],
    docs: 'docs/rules/consent/promotional-consent.md',
    needs: ['consent', 'to', 'account'],
    async check(message, ctx) {
      if (message.kind !== 'ADV') return [];
      const status = await statusFor(message, ctx, 'ADV');
      if (status.state === 'granted') return [];
      if (status.state === 'revoked') {
        if (status.source === 'operator-dnd') return [];
        const { params, evidence } = describe(message, ctx, status);
        return [ctx.finding({ action, messageId: 'consent.promotional-consent-revoked', params, evidence })];
      }
      if (model === 'opt-out') return [];
      const { params, evidence } = describe(message, ctx, status);
      const messageId = status.expiredAt
        ? 'consent.promotional-consent-expired'
        : 'consent.promotional-consent-missing';
      return [ctx.finding({ action, messageId, params, evidence })];
    },
  });
}
