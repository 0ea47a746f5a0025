/** `content/counterfeit`: counterfeit goods: replicas, "first copy", "mirror quality" (policy P9e). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/counterfeit` rule: flags counterfeit goods: replicas, "first copy", "mirror quality" (policy P9e) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [counterfeit()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Rolex first copy, mirror quality, 45 JD' }).verdict; // 'deny'
 */
export function counterfeit(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'counterfeit');
  return categoryRule('counterfeit', compiled, memoize(compiled));
}
