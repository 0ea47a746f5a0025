/**
 * uae/restricted-content (AE-CNT-02): promotional SMS in the UAE may not carry alcohol offers, money or loan
 * offers, political or religious content — classes the shared content categories do not cover. A small
 * Arabic and English lexicon per class (data/restricted-content.ts); a hit asks for review, since words
 * alone cannot tell a sermon from a shop's opening hours after Friday prayer.
 */
import { z } from 'zod';
import { compileSignalClasses, signalClassTermsSchema } from '../core/_signal-classes.js';
import { defineRule } from '../core/rule.js';
import type { MessageKind, Rule } from '../core/types.js';
import { type RestrictedContentData, UAE_RESTRICTED_CONTENT } from './data/restricted-content.js';
import type { RestrictedClass } from './data/types.js';
import {
  baseOptionsShape,
  foldedPhrases as phrases,
  rulesetAndAction,
  type UaeRuleBaseOptions,
  uaeMeta,
} from './_options.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export const RESTRICTED_CLASSES = [
  'alcohol',
  'loans',
  'political',
  'religious',
] as const satisfies readonly RestrictedClass[];

export interface RestrictedContentOptions extends UaeRuleBaseOptions {
  /** Classes checked. Default all four. */
  classes?: RestrictedClass[];
  /** Classes of message checked. Default `['ADV']` (awareness messages may be religious or civic). */
  kinds?: MessageKind[];
  /** Replace the signal lists. */
  lexicon?: RestrictedContentData;
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  classes: z.array(z.enum(RESTRICTED_CLASSES)).min(1).optional(),
  kinds: z
    .array(z.enum(['ADV', 'SRV', 'AWR', 'ALR']))
    .min(1)
    .optional(),
  lexicon: z
    .object({
      alcohol: signalClassTermsSchema,
      loans: signalClassTermsSchema,
      political: signalClassTermsSchema,
      religious: signalClassTermsSchema,
    })
    .optional(),
});

/**
 * Asks for review of ADV texts that carry the UAE's restricted classes.
 *
 * @example
 * const rule = restrictedContent();
 * // ADV "Happy hour: 2 beers for 30 AED" → review (alcohol); «قرض شخصي فوري بدون كفيل» → review (loans)
 */
export function restrictedContent(options: RestrictedContentOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae restrictedContent');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-CNT-02', 'review');
  const classes = parsed.classes ?? [...RESTRICTED_CLASSES];
  const kinds = new Set<string>(parsed.kinds ?? ['ADV']);
  const classify = compileSignalClasses(
    (parsed.lexicon as RestrictedContentData | undefined) ?? UAE_RESTRICTED_CONTENT,
    classes,
    phrases,
  );

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-CNT-02',
      id: 'uae/restricted-content',
      description: 'Promotional (ADV) texts with alcohol, loan offers, political or religious content go to review.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (!kinds.has(message.kind)) return [];
      const { found, hits } = classify(message.text);
      if (found.length === 0) return [];
      return [
        ctx.finding({
          action,
          messageId: 'uae.restricted-content',
          params: { classes: found.join(', ') },
          evidence: hits.slice(0, 10).map((hit) => ({
            span: hit.span,
            excerpt: ctx.excerpt(hit.span),
            data: { class: hit.className, weight: hit.weight, term: hit.term },
          })),
        }),
      ];
    },
  });
}
