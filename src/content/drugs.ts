/** `content/drugs`: illegal narcotics (policy P9f). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/drugs` rule: flags illegal narcotics (policy P9f) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [drugs()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'حشيش وكوكايين للبيع مع توصيل' }).verdict; // 'deny'
 */
export function drugs(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'drugs');
  return categoryRule('drugs', compiled, memoize(compiled));
}
