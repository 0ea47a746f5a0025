/**
 * jordan/service-promotional-content (JO-CLS-04): a service (SRV) message carries no promotion — prices,
 * percentages, discounts, offers («خصم», «عرض», «تخفيضات», "sale", "offer"). Flags it for review and
 * suggests sending it as ADV.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { PROMO_SIGNALS, type PromoSignalData } from './data/promo-signals.js';
import { dropOverlaps } from '../core/_phrase-matcher.js';
import { alternation, compileMatcher, type PatternSpec, wordsPattern } from './_matcher.js';
import {
  actionFor,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
} from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface ServicePromotionalContentOptions extends JordanRuleBaseOptions {
  /** Score at which a text is promotional (strong word 2; weak word, price, percentage 1). Default 2. */
  threshold?: number;
  /** Classes checked. Default `['SRV']`. */
  kinds?: Array<'SRV' | 'AWR' | 'ALR'>;
  /** Replace the signal lists. */
  signals?: PromoSignalData;
}

const list = z.array(z.string().min(1).max(80)).max(2000);
const signalsSchema = z.object({
  strong: z.object({ ar: list, en: list, arabizi: list }),
  weak: z.object({ ar: list, en: list, arabizi: list }),
  neutral: list,
  currencies: list.min(1),
  percentWords: list.min(1),
});
const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  threshold: z.number().int().min(1).max(20).optional(),
  kinds: z
    .array(z.enum(['SRV', 'AWR', 'ALR']))
    .min(1)
    .optional(),
  signals: signalsSchema.optional(),
});

const AMOUNT = '\\d{1,7}(?:[.,]\\d{1,3})?';

/** Compiles the signal data into weighted patterns over normalised text. */
function promoPatterns(signals: PromoSignalData): PatternSpec[] {
  const currency = alternation(signals.currencies);
  const percent = alternation(signals.percentWords);
  return [
    { id: 'neutral', weight: 0, source: wordsPattern(signals.neutral, false) },
    {
      id: 'strong-word',
      weight: 2,
      source: wordsPattern([...signals.strong.ar, ...signals.strong.en, ...signals.strong.arabizi]),
    },
    {
      id: 'weak-word',
      weight: 1,
      source: wordsPattern([...signals.weak.ar, ...signals.weak.en, ...signals.weak.arabizi]),
    },
    {
      id: 'price',
      weight: 1,
      source: `(?<![\\p{L}\\p{N}])(?:${AMOUNT} ?(?:${currency})|(?:${currency}) ?${AMOUNT})(?![\\p{L}\\p{N}])`,
    },
    { id: 'percentage', weight: 1, source: `(?<![\\p{L}\\p{N}.,])${AMOUNT} ?(?:${percent})` },
  ];
}

/**
 * Flags service messages that read like promotions.
 *
 * @example
 * const rule = servicePromotionalContent();
 * // SRV "خصم 20% على كل المعاطف" → review (suggest ADV); SRV "Your bill is 25 JD" → no finding
 */
export function servicePromotionalContent(options: ServicePromotionalContentOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'servicePromotionalContent');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-CLS-04', 'review');
  const threshold = parsed.threshold ?? 2;
  const kinds = new Set<string>(parsed.kinds ?? ['SRV']);
  const match = compileMatcher(promoPatterns(parsed.signals ?? PROMO_SIGNALS));

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-CLS-04',
      id: 'jordan/service-promotional-content',
      description: 'Service (SRV) messages carry no promotional content; such texts belong in ADV.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (!kinds.has(message.kind)) return [];
      const hits = dropOverlaps(match(message.text)).filter((hit) => hit.weight > 0);
      const score = hits.reduce((sum, hit) => sum + hit.weight, 0);
      const worded = hits.some((hit) => hit.id === 'strong-word' || hit.id === 'weak-word');
      if (score < threshold || !worded) return [];
      return [
        ctx.finding({
          action,
          messageId: 'jordan.service-promotional-content',
          params: { kind: message.kind, score, signals: hits.length },
          evidence: hits.slice(0, 10).map((hit) => ({
            span: hit.span,
            excerpt: ctx.excerpt(hit.span),
            data: { signal: hit.id, weight: hit.weight, suggest: 'ADV' },
          })),
        }),
      ];
    },
  });
}
