/**
 * uae/adv-opt-out-notice (AE-OPT-02): a promotional text tells the recipient how to stop it, in English or
 * Arabic ("send B to 7726", "to stop receiving…", «لإلغاء الاشتراك أرسل …»). The detection is the core
 * opt-out notice finder with the UAE's keywords and short code added; warns by default (AE-OPT-02 disputed).
 */
import { z } from 'zod';
import { createOptOutNoticeFinder, extendOptOutNotices, optOutNoticesSchema } from '../core/_opt-out-notices.js';
import { OPT_OUT_NOTICES, type OptOutNoticeData } from '../core/data/opt-out-notices.js';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { UAE_OPT_OUT_ADDITIONS } from './data/opt-out-notices.js';
import { baseOptionsShape, phrases, rulesetAndAction, type UaeRuleBaseOptions, uaeMeta } from './_options.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvOptOutNoticeOptions extends UaeRuleBaseOptions {
  /** Replace the phrase data (default: the shared phrases plus UAE_OPT_OUT_ADDITIONS). */
  notices?: OptOutNoticeData;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, notices: optOutNoticesSchema.optional() });

/** The shared notice phrases with the UAE's additions. */
export const UAE_OPT_OUT_NOTICES: OptOutNoticeData = extendOptOutNotices(OPT_OUT_NOTICES, UAE_OPT_OUT_ADDITIONS);

let defaultFinder: ReturnType<typeof createOptOutNoticeFinder> | undefined;

/**
 * Warns when an ADV text carries no opt-out instruction.
 *
 * @example
 * const rule = advOptOutNotice();
 * // ADV "Sale 30% off" → warn; ADV "Sale 30% off. To opt out send B to 7726" → no finding
 */
export function advOptOutNotice(options: AdvOptOutNoticeOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae advOptOutNotice');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-OPT-02', 'warn');
  defaultFinder ??= createOptOutNoticeFinder(UAE_OPT_OUT_NOTICES, phrases);
  const find = parsed.notices ? createOptOutNoticeFinder(parsed.notices, phrases) : defaultFinder;
  const shortCode = ruleset.defaults.optOutShortCode;

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-OPT-02',
      id: 'uae/adv-opt-out-notice',
      description: 'Promotional (ADV) texts say how to opt out, in Arabic or English (e.g. send B to 7726).',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ADV' || find(message.text).length > 0) return [];
      return [ctx.finding({ action, messageId: 'uae.adv-opt-out-notice', params: { shortCode } })];
    },
  });
}
