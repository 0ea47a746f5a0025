/**
 * ksa/adv-sender-suffix (SA-SND-02): a promotional (ADV) sender ID ends in exactly "-AD" ("Acme-AD"), not
 * "AD" or " AD"; a service, awareness or alert message must not use a -AD sender ID (Unifonic's terms call
 * that misclassification). Vendors disagree on the loose forms: `acceptLooseSuffix` accepts " AD" and "AD".
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import { readSenderMarker } from '../core/sender-id.js';
import type { Rule } from '../core/types.js';
import { baseOptionsShape, type KsaRuleBaseOptions, ksaMeta, rulesetAndAction } from './_options.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvSenderSuffixOptions extends KsaRuleBaseOptions {
  /** Accept "Acme AD" and "AcmeAD" as promotional (ClickSend, Vonage); default false (Sinch: exactly -AD). */
  acceptLooseSuffix?: boolean;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, acceptLooseSuffix: z.boolean().optional() });

/**
 * Requires the exact `-AD` suffix on ADV messages and refuses it on SRV, AWR and ALR messages.
 *
 * @example
 * const rule = advSenderSuffix();
 * // ADV from 'Acme-AD' passes; ADV from 'Acme' or 'Acme AD' → deny; SRV from 'Acme-AD' → deny
 */
export function advSenderSuffix(options: AdvSenderSuffixOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa advSenderSuffix');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-SND-02', 'deny');
  const spec = ruleset.defaults.senderId;
  const required = spec.position === 'suffix' ? `${spec.separator}${spec.marker}` : `${spec.marker}${spec.separator}`;
  const loose = parsed.acceptLooseSuffix === true;

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-SND-02',
      id: 'ksa/adv-sender-suffix',
      description: `Promotional (ADV) sender IDs end in exactly "${required}"; other classes must not use one.`,
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const found = readSenderMarker(message.senderId, spec);
      const exact = found?.exact && found.form === 'separated';
      const looseForm = found !== null && !exact && found.form !== 'ambiguous' && found.form !== 'bare';
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
        if (exact || (loose && looseForm)) return [];
        return [finding(looseForm ? 'ksa.adv-sender-suffix-form' : 'ksa.adv-sender-suffix-missing')];
      }
      if (exact || (loose && looseForm)) return [finding('ksa.adv-sender-suffix-misused')];
      return [];
    },
  });
}
