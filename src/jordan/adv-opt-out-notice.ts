/**
 * jordan/adv-opt-out-notice (JO-OPT-03): a promotional text tells the recipient how to opt out, in Arabic
 * or English ("Reply STOP", "to unsubscribe send STOP to 94444", «لإلغاء الاشتراك أرسل …», «للإلغاء أرسل …»).
 * Reported by one vendor only, so it warns by default.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { createOptOutNoticeFinder, optOutNoticesSchema } from '../core/_opt-out-notices.js';
import type { MatchHit } from '../core/_phrase-matcher.js';
import { OPT_OUT_NOTICES, type OptOutNoticeData } from '../core/data/opt-out-notices.js';
import { phrases } from './_matcher.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
} from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvOptOutNoticeOptions extends JordanRuleBaseOptions {
  /** Replace the phrase data. */
  notices?: OptOutNoticeData;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, notices: optOutNoticesSchema.optional() });

/** One opt-out notice found in a text: its span and the pattern that matched. */
export type OptOutNoticeMatch = MatchHit;

/**
 * Finds the opt-out instructions in a text, English or Arabic, with spans into the original text.
 *
 * @example
 * const [hit] = findOptOutNotices('خصم 20%. لإلغاء الاشتراك أرسل STOP إلى 94444');
 * // hit.span slices «لإلغاء الاشتراك»; hit.id === 'phrase'
 */
export function findOptOutNotices(text: string, data: OptOutNoticeData = OPT_OUT_NOTICES): OptOutNoticeMatch[] {
  const hits = (data === OPT_OUT_NOTICES ? defaultFinder() : createOptOutNoticeFinder(data, phrases))(text);
  // A finder may cache its results; callers get their own copies.
  return hits.map((hit) => ({ ...hit, span: [hit.span[0], hit.span[1]] }));
}

let compiledDefault: ((text: string) => MatchHit[]) | undefined;
function defaultFinder(): (text: string) => MatchHit[] {
  compiledDefault ??= createOptOutNoticeFinder(OPT_OUT_NOTICES, phrases);
  return compiledDefault;
}

/**
 * Warns when an ADV text carries no opt-out instruction.
 *
 * @example
 * const rule = advOptOutNotice();
 * // ADV "Winter sale 20% off" → warn; ADV "Winter sale 20% off. Reply STOP to 94444" → no finding
 */
export function advOptOutNotice(options: AdvOptOutNoticeOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'advOptOutNotice');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-OPT-03', 'warn');
  const match = parsed.notices ? createOptOutNoticeFinder(parsed.notices, phrases) : defaultFinder();

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-OPT-03',
      id: 'jordan/adv-opt-out-notice',
      description: 'Promotional (ADV) texts say how to opt out, in Arabic or English.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ADV' || match(message.text).length > 0) return [];
      return [ctx.finding({ action, messageId: 'jordan.adv-opt-out-notice' })];
    },
  });
}
