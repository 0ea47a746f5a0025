/** `content/piracy`: pirated films, software, IPTV and cracked apps (policy P9c). */
import type { Rule } from '../core/types.js';
import { categoryRule, memoize } from './_rule.js';
import { compiledContent } from './classify.js';
import type { ContentOptions } from './options.js';

/**
 * The `content/piracy` rule: flags pirated films, software, IPTV and cracked apps (policy P9c) in Arabic, English and Arabizi, through obfuscation.
 * Options are those of `classifyContent` (thresholds, action ceiling, extra or removed terms, allow-list);
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [piracy()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'IPTV 12000 channels, all beIN free, 1 year subscription 20 JD' }).verdict; // 'deny'
 */
export function piracy(options?: ContentOptions): Rule {
  const compiled = compiledContent(options, 'piracy');
  return categoryRule('piracy', compiled, memoize(compiled));
}
