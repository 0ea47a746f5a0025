/** Every shipped rule with default options: the source of the README table and the docs-page check. */
import { consentRules } from '../src/consent/index.js';
import { contentRules } from '../src/content/index.js';
import { floodRules } from '../src/flood/index.js';
import type { Rule } from '../src/index.js';
import { jordanRules } from '../src/jordan/index.js';
import { ksaRules } from '../src/ksa/index.js';
import { uaeRules } from '../src/uae/index.js';
import { byCountry, createPolicy } from '../src/index.js';

/** The country packs routed as a multi-country sender would; `policy.rules` adds core/no-pack. */
export function allRules(): Rule[] {
  const routed = createPolicy({
    rules: [byCountry({ JO: jordanRules(), AE: uaeRules(), SA: ksaRules() })],
  }).rules;
  return [...contentRules(), ...consentRules(), ...floodRules(), ...routed];
}
