/**
 * jordan/government-sender (JO-CLS-02): alert (ALR) and awareness (AWR) messages only from allow-listed
 * government accounts.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
} from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface GovernmentSenderOptions extends JordanRuleBaseOptions {
  /** Accounts (platform tenants) authorised to send ALR and AWR. Default none: every ALR/AWR is refused. */
  governmentAccounts?: string[];
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  governmentAccounts: z.array(z.string().trim().min(1)).max(10_000).optional(),
});

/**
 * Refuses ALR and AWR messages from accounts not on the government allow-list.
 *
 * @example
 * const rule = governmentSender({ governmentAccounts: ['ncsc', 'moh'] });
 * // { kind: 'ALR', account: 'acme' } → deny; { kind: 'ALR', account: 'ncsc' } → no finding
 */
export function governmentSender(options: GovernmentSenderOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'governmentSender');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-CLS-02', 'deny');
  const allowed = new Set(parsed.governmentAccounts ?? []);

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-CLS-02',
      id: 'jordan/government-sender',
      field: 'kind',
      description: 'ALR and AWR messages only from allow-listed government accounts.',
      action,
      needs: ['account'],
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ALR' && message.kind !== 'AWR') return [];
      const account = message.account;
      if (account !== undefined && allowed.has(account)) return [];
      return [
        ctx.finding({
          action,
          messageId: 'jordan.government-sender',
          params: { kind: message.kind, account: account ?? '' },
          evidence: [{ data: { kind: message.kind, account: account ?? '', allowListed: allowed.size } }],
        }),
      ];
    },
  });
}
