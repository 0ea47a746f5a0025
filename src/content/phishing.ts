/** `content/phishing`: requests for passwords, PINs, OTPs, card numbers, CVV or bank logins, and brand look-alike links (policy P7). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/phishing` rule: flags requests for passwords, PINs, OTPs, card numbers, CVV or bank logins, and brand look-alike links (policy P7) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [phishing()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Your account is blocked. Send your OTP to 0791234567 to unlock it' }).verdict; // 'deny'
 */
export function phishing(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'phishing');
  return categoryRule('phishing', compiled, memoize(compiled));
}
