/**
 * uae/prohibited-content (AE-CNT-01): gambling, adult content, controlled substances and cannabis may not be
 * promoted by SMS in the UAE. A compose rule: it reads what the content rules found (content/adult,
 * content/gambling, content/drugs, content/prescription) and restates it under the UAE clause — a deny when
 * the content rule denied, a review when the platform lowered that category (review, warn or info), because
 * the UAE prohibits it whatever the platform allows elsewhere. Without content rules in the policy it has
 * nothing to read.
 */
import { z } from 'zod';
import { restatedContentFinding } from '../core/_content-restate.js';
import { defineRule } from '../core/rule.js';
import type { MessageKind, Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type UaeRuleBaseOptions, uaeMeta } from './_options.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface ProhibitedContentOptions extends UaeRuleBaseOptions {
  /** Content categories to restate (default the ruleset's: adult, gambling, drugs, prescription). */
  categories?: string[];
  /** Classes checked. Default all. */
  kinds?: MessageKind[];
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  categories: z
    .array(z.string().regex(/^[a-z]+$/))
    .max(50)
    .optional(),
  kinds: z
    .array(z.enum(['ADV', 'SRV', 'AWR', 'ALR']))
    .min(1)
    .optional(),
});

/**
 * Restates content findings of the prohibited categories under the UAE clause.
 *
 * @example
 * createPolicy({ rules: [...contentRules({ categories: { gambling: { action: 'warn' } } }), prohibitedContent()] });
 * // a casino offer: content/gambling warns (the platform allows it), uae/prohibited-content asks for review
 */
export function prohibitedContent(options: ProhibitedContentOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae prohibitedContent');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-CNT-01', 'deny');
  const categories = new Set((parsed.categories ?? ruleset.defaults.prohibitedCategories).map((c) => `content/${c}`));
  const kinds = new Set<string>(parsed.kinds ?? ['ADV', 'SRV', 'AWR', 'ALR']);

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-CNT-01',
      id: 'uae/prohibited-content',
      description: 'Content the UAE prohibits (gambling, adult, controlled substances), read from the content rules.',
      action,
    }),
    stage: 'compose',
    check(message, ctx) {
      if (!kinds.has(message.kind)) return [];
      const finding = restatedContentFinding(ctx, { categories, action, messageId: 'uae.prohibited-content' });
      return finding ? [finding] : [];
    },
  });
}
