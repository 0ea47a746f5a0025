/** `content/fraud`: prize and lottery scams, advance-fee fraud, fake jobs and fake investment returns (policy P9f). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/fraud` rule: flags prize and lottery scams, advance-fee fraud, fake jobs and fake investment returns (policy P9f) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [fraud()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Congratulations! You have won 5000 JD. Pay the 20 JD fee to claim' }).verdict; // 'deny'
 */
export function fraud(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'fraud');
  return categoryRule('fraud', compiled, memoize(compiled));
}
