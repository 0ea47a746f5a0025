/** `content/adult`: pornography and sexual services (policy P9a). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/adult` rule: flags pornography and sexual services (policy P9a) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [adult()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Hot singles near you, private 18+ videos: bit.ly/x' }).verdict; // 'deny'
 */
export function adult(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'adult');
  return categoryRule('adult', compiled, memoize(compiled));
}
