/** Every shipped rule with default options: the source of the README table and the docs-page check. */
import { jordanRules } from '../src/jordan/index.js';
import type { Rule } from '../src/index.js';

export function allRules(): Rule[] {
  return [...jordanRules()];
}
