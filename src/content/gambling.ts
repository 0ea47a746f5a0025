/** `content/gambling`: betting, casinos and gambling for money (policy P9f). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/gambling` rule: flags betting, casinos and gambling for money (policy P9f) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [gambling()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Online casino: 100% bonus on your first deposit, free spins' }).verdict; // 'deny'
 */
export function gambling(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'gambling');
  return categoryRule('gambling', compiled, memoize(compiled));
}
