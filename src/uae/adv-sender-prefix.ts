/**
 * uae/adv-sender-prefix (AE-SND-02): a promotional (ADV) sender ID starts with exactly "AD-" ("AD-Acme");
 * "AD Acme", "ad-acme" or "ADAcme" are reported as the wrong form; a non-promotional message must not use
 * an AD- sender ID. The reading is the core sender-ID shape check.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import { readSenderMarker } from '../core/sender-id.js';
import type { Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type UaeRuleBaseOptions, uaeMeta } from './_options.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export type AdvSenderPrefixOptions = UaeRuleBaseOptions;

const optionsSchema = z.strictObject({ ...baseOptionsShape });

/**
 * Requires the exact `AD-` prefix on ADV messages and refuses it on SRV, AWR and ALR messages.
 *
 * @example
 * const rule = advSenderPrefix();
 * // ADV from 'AD-Acme' passes; ADV from 'Acme' or 'AD Acme' → deny; SRV from 'AD-Acme' → deny
 */
export function advSenderPrefix(options: AdvSenderPrefixOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae advSenderPrefix');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-SND-02', 'deny');
  const spec = ruleset.defaults.senderId;
  const required = spec.position === 'prefix' ? `${spec.marker}${spec.separator}` : `${spec.separator}${spec.marker}`;

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-SND-02',
      id: 'uae/adv-sender-prefix',
      description: `Promotional (ADV) sender IDs start with "${required}"; other classes must not use one.`,
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const found = readSenderMarker(message.senderId, spec);
      const data = {
        senderId: message.senderId,
        kind: message.kind,
        form: found?.form ?? 'none',
        written: found?.written ?? '',
      };
      const finding = (messageId: string) =>
        ctx.finding({
          action,
          messageId,
          params: { senderId: message.senderId, kind: message.kind, required, written: found?.written ?? '' },
          evidence: [{ data }],
        });
      if (message.kind === 'ADV') {
        if (found?.exact && found.form === 'separated') return [];
        // A marker written another way ("AD Acme", "ad-Acme", "ADAcme") is a near miss: name the fix.
        const near = found !== null && found.form !== 'ambiguous' && found.form !== 'bare';
        return [finding(near ? 'uae.adv-sender-prefix-form' : 'uae.adv-sender-prefix-missing')];
      }
      if (found?.exact && found.form === 'separated') return [finding('uae.adv-sender-prefix-misused')];
      return [];
    },
  });
}
