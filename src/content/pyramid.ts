/** `content/pyramid`: pyramid and multi-level marketing schemes (policy P9b). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/pyramid` rule: flags pyramid and multi-level marketing schemes (policy P9b) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [pyramid()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Join my team! Recruit 3 people and earn 500$ a week' }).verdict; // 'deny'
 */
export function pyramid(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'pyramid');
  return categoryRule('pyramid', compiled, memoize(compiled));
}
