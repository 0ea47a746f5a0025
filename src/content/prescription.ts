/** `content/prescription`: selling prescription-only medicines (policy P9d). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/prescription` rule: flags selling prescription-only medicines (policy P9d) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [prescription()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Viagra and Cialis without prescription, 10 JD a box, delivery' }).verdict; // 'deny'
 */
export function prescription(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'prescription');
  return categoryRule('prescription', compiled, memoize(compiled));
}
