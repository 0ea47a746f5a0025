/** `contentRules`: every content rule on one shared, compiled classifier. */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { CATEGORY_SPECS } from './categories.js';
import { compiledContent } from './classify.js';
import { CONTENT_CATEGORIES } from './lexicons/types.js';
import type { ContentOptions } from './options.js';

/**
 * The eleven content rules (`content/adult` … `content/abuse`), sharing one compiled classifier so a message
 * is classified once however many of them run. Disabled categories (`disable`, or `action: 'off'`) are left
 * out. Bad options throw `PolicyConfigError` here, never per message.
 *
 * @example
 * const policy = createPolicy({ rules: contentRules({ categories: { gambling: { action: 'review' } } }) });
 * policy.lint({ senderId: 'adv Bank', kind: 'ADV', text: 'Send your PIN to 0791234567' }).verdict; // 'deny'
 */
export function contentRules(options?: ContentOptions): Rule[] {
  const compiled = compiledContent(options, 'contentRules');
  const classify = memoize(compiled);
  return CONTENT_CATEGORIES.filter((category) => compiled.ceilings[category] !== 'off').map((category) =>
    categoryRule(CATEGORY_SPECS[category], compiled, classify),
  );
}
