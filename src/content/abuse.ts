/** `content/abuse`: threats, insults and fabricated alarming news (policy P9f, Telecom Law art. 75/a). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/abuse` rule: flags threats, insults and fabricated alarming news (policy P9f, Telecom Law art. 75/a) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [abuse()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'رح اقتلك إذا شفتك' }).verdict; // 'deny'
 */
export function abuse(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'abuse');
  return categoryRule('abuse', compiled, memoize(compiled));
}
