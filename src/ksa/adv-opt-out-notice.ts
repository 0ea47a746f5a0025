/**
 * ksa/adv-opt-out-notice (SA-OPT-01): a promotional text tells the recipient how to stop it, in Arabic or
 * English ("Reply STOP", «لإيقاف الرسائل أرسل إيقاف»). The detection is the core opt-out notice finder with the
 * Saudi additions; warns by default (SA-OPT-01: one vendor asks for a notice, the consent rules for a stop).
 */
import { z } from 'zod';
import { createOptOutNoticeFinder, extendOptOutNotices, optOutNoticesSchema } from '../core/_opt-out-notices.js';
import { OPT_OUT_NOTICES, type OptOutNoticeData } from '../core/data/opt-out-notices.js';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { KSA_OPT_OUT_ADDITIONS } from './data/opt-out-notices.js';
import { baseOptionsShape, phrases, rulesetAndAction, type KsaRuleBaseOptions, ksaMeta } from './_options.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvOptOutNoticeOptions extends KsaRuleBaseOptions {
  /** Replace the phrase data (default: the shared phrases plus KSA_OPT_OUT_ADDITIONS). */
  notices?: OptOutNoticeData;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, notices: optOutNoticesSchema.optional() });

/** The shared notice phrases with Saudi Arabia's additions. */
export const KSA_OPT_OUT_NOTICES: OptOutNoticeData = extendOptOutNotices(OPT_OUT_NOTICES, KSA_OPT_OUT_ADDITIONS);

let defaultFinder: ReturnType<typeof createOptOutNoticeFinder> | undefined;

/**
 * Warns when an ADV text carries no opt-out instruction.
 *
 * @example
 * const rule = advOptOutNotice();
 * // ADV «تخفيضات 30%» → warn; ADV «تخفيضات 30%. لإيقاف الرسائل أرسل إيقاف» → no finding
 */
export function advOptOutNotice(options: AdvOptOutNoticeOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa advOptOutNotice');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-OPT-01', 'warn');
  defaultFinder ??= createOptOutNoticeFinder(KSA_OPT_OUT_NOTICES, phrases);
  const find = parsed.notices ? createOptOutNoticeFinder(parsed.notices, phrases) : defaultFinder;

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-OPT-01',
      id: 'ksa/adv-opt-out-notice',
      description: 'Promotional (ADV) texts say how to opt out, in Arabic or English.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ADV' || find(message.text).length > 0) return [];
      return [ctx.finding({ action, messageId: 'ksa.adv-opt-out-notice' })];
    },
  });
}
