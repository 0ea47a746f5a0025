/** Every shipped rule with default options: the source of the README table and the docs-page check. */
import { consentRules } from '../src/consent/index.js';
import { contentRules } from '../src/content/index.js';
import { floodRules } from '../src/flood/index.js';
import type { Rule } from '../src/index.js';
import { jordanRules } from '../src/jordan/index.js';

export function allRules(): Rule[] {
  return [...contentRules(), ...consentRules(), ...floodRules(), ...jordanRules()];
}
