/**
 * jordan/adv-opt-out-notice (JO-OPT-03): a promotional text tells the recipient how to opt out, in Arabic
 * or English ("Reply STOP", "to unsubscribe send STOP to 94444", «لإلغاء الاشتراك أرسل …», «للإلغاء أرسل …»).
 * Reported by one vendor only, so it warns by default.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { OPT_OUT_NOTICES, type OptOutNoticeData } from './data/opt-out-notices.js';
import { alternation, compileMatcher, type MatchHit, type PatternSpec, wordsPattern } from './_matcher.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
  parseOptions,
} from './_options.js';

export interface AdvOptOutNoticeOptions extends JordanRuleBaseOptions {
  /** Replace the phrase data. */
  notices?: OptOutNoticeData;
}

const list = z.array(z.string().min(1).max(80)).min(1).max(500);
const noticesSchema = z.object({
  verbs: z.object({ en: list, ar: list }),
  fillers: list,
  keywords: list,
  phrases: z.object({ en: list, ar: list }),
  toShortCode: list,
});
const optionsSchema = z.strictObject({ ...baseOptionsShape, notices: noticesSchema.optional() });

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const QUOTE = '["\'“”‘’«»]?';

/** Compiles the notice data into patterns over normalised text. */
function optOutNoticePatterns(data: OptOutNoticeData): PatternSpec[] {
  const verbs = alternation([...data.verbs.en, ...data.verbs.ar]);
  const fillers = alternation(data.fillers);
  const keywords = alternation(data.keywords);
  const joiners = alternation(data.toShortCode);
  return [
    // "reply STOP", "send the word STOP", «أرسل كلمة إلغاء», «ارسل "الغاء"»
    {
      id: 'verb-keyword',
      weight: 1,
      source: `${BEFORE}(?:${verbs}) ?(?:(?:${fillers}) )?${QUOTE}(?:${keywords})${QUOTE}${AFTER}`,
    },
    // "STOP to 94444", "STOP@94444", «إلغاء إلى 94444»
    {
      id: 'keyword-shortcode',
      weight: 1,
      source: `${BEFORE}${QUOTE}(?:${keywords})${QUOTE} ?(?:(?:${joiners}) ?)?\\d{3,8}${AFTER}`,
    },
    // "to unsubscribe", «لإلغاء الاشتراك»
    { id: 'phrase', weight: 1, source: wordsPattern([...data.phrases.en, ...data.phrases.ar], false) },
  ];
}

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
  const hits = (data === OPT_OUT_NOTICES ? defaultMatcher() : compileMatcher(optOutNoticePatterns(data)))(text);
  // The matcher caches its results; callers get their own copies.
  return hits.map((hit) => ({ ...hit, span: [hit.span[0], hit.span[1]] }));
}

let compiledDefault: ((text: string) => MatchHit[]) | undefined;
function defaultMatcher(): (text: string) => MatchHit[] {
  compiledDefault ??= compileMatcher(optOutNoticePatterns(OPT_OUT_NOTICES));
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
  const parsed = parseOptions(optionsSchema, options, 'advOptOutNotice');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-OPT-03', 'warn');
  const match = parsed.notices ? compileMatcher(optOutNoticePatterns(parsed.notices)) : defaultMatcher();

  return defineRule({
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
