/** `content/weapons`: firearms, ammunition and explosives for sale (policy P9f). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/weapons` rule: flags firearms, ammunition and explosives for sale (policy P9f) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [weapons()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Glock pistol for sale, unregistered, 900 JD' }).verdict; // 'deny'
 */
export function weapons(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'weapons');
  return categoryRule('weapons', compiled, memoize(compiled));
}
