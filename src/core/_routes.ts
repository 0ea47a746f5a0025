/**
 * Expands `byCountry` routers into routed rules. For every rule id in the packs, one routed rule with that
 * id and the rule's stage dispatches on the recipient's country to that country's rule object; so a pack's
 * stateless rules still run in `lint`, its consent rules in the stateful stage and its caps as rate claims.
 * The same pack under two countries shares one routed rule per id.
 */
import { makeIssue } from './_issues.js';
import { type CountryRouter, isCountryRouter } from './by-country.js';
import { PolicyConfigError } from './errors.js';
import { mergeMessages } from './locale.js';
import type { RuleWithDefaults } from './policy.js';
import type { CheckedMessage, Rule, RuleNeed } from './types.js';

/** The sentinel key for `otherwise` rules in a dispatch table. */
const OTHERWISE = '*';

interface Slot {
  template: Rule;
  byCountry: Map<string, Rule>;
}

/** The country a message is routed by: the recipient's, or the default region for a template without one. */
export function routeCountry(message: CheckedMessage, defaultRegion: string): string | undefined {
  if (message.recipient) return message.recipient.country;
  return message.to ? undefined : defaultRegion;
}

function noPackRule(router: CountryRouter, action: 'deny' | 'review', defaultRegion: string): Rule {
  const listed = router.routes.packs;
  const countries = [...listed.keys()].join(', ');
  return {
    id: 'core/no-pack',
    stage: 'stateless',
    meta: {
      id: 'core/no-pack',
      description: 'A recipient of a country with no rule pack in byCountry(...) is reported (review by default).',
      defaultAction: action,
      source: 'byCountry',
      docs: 'docs/rules/core/no-pack.md',
    },
    check(message, ctx) {
      const country = routeCountry(message, defaultRegion);
      if (country !== undefined && listed.has(country)) return [];
      const data: Record<string, string> = { country: country ?? 'unknown', packs: countries };
      if (message.to) data.recipient = ctx.maskPhone(message.to);
      return [
        ctx.finding({
          action,
          messageId: 'core.no-pack',
          params: { country: country ?? '?', packs: countries },
          evidence: [{ data }],
        }),
      ];
    },
  };
}

function routedRule(slot: Slot, defaultRegion: string, listed: ReadonlyMap<string, unknown>): Rule {
  const { template, byCountry } = slot;
  const pick = (message: CheckedMessage): Rule | undefined => {
    const country = routeCountry(message, defaultRegion);
    if (country !== undefined && listed.has(country)) return byCountry.get(country);
    return byCountry.get(OTHERWISE);
  };
  const needs = new Set<RuleNeed>();
  let defaults: RuleWithDefaults['defaults'];
  for (const rule of byCountry.values()) {
    for (const need of rule.meta.needs ?? []) needs.add(need);
    defaults ??= (rule as RuleWithDefaults).defaults;
  }
  const routed: { -readonly [K in keyof RuleWithDefaults]: RuleWithDefaults[K] } = {
    id: template.id,
    stage: template.stage,
    meta: needs.size > 0 ? { ...template.meta, needs: [...needs] } : template.meta,
  };
  if (defaults) routed.defaults = defaults;
  const messages = mergeMessages([...byCountry.values()].map((rule) => rule.messages));
  if (messages) routed.messages = messages;
  if ([...byCountry.values()].some((rule) => rule.check)) {
    routed.check = (message, ctx) => {
      const rule = pick(message);
      return rule?.check ? rule.check(message, ctx) : [];
    };
  }
  if ([...byCountry.values()].some((rule) => rule.claims)) {
    routed.claims = (message, ctx) => {
      const rule = pick(message);
      return rule?.claims ? rule.claims(message, ctx) : [];
    };
  }
  return routed;
}

function expandRouter(router: CountryRouter, defaultRegion: string): Rule[] {
  const slots = new Map<string, Slot>();
  const add = (key: string, rule: Rule, path: Array<string | number>) => {
    let slot = slots.get(rule.id);
    if (!slot) {
      slot = { template: rule, byCountry: new Map() };
      slots.set(rule.id, slot);
    }
    if (slot.template.stage !== rule.stage) {
      throw new PolicyConfigError('byCountry', [
        makeIssue(
          path,
          'invalid_value',
          {},
          `rule ${rule.id} has stage ${rule.stage} here and ${slot.template.stage} elsewhere`,
        ),
      ]);
    }
    if (slot.byCountry.has(key)) {
      throw new PolicyConfigError('byCountry', [
        makeIssue(
          path,
          'invalid_value',
          {},
          `duplicate rule id ${rule.id} in ${key === OTHERWISE ? 'otherwise' : key}`,
        ),
      ]);
    }
    slot.byCountry.set(key, rule);
  };
  for (const [country, rules] of router.routes.packs) {
    for (const [index, rule] of rules.entries()) add(country, rule, ['packs', country, index]);
  }
  const { otherwise } = router.routes;
  if (Array.isArray(otherwise))
    for (const [index, rule] of otherwise.entries()) add(OTHERWISE, rule, ['otherwise', index]);
  const out = [...slots.values()].map((slot) => routedRule(slot, defaultRegion, router.routes.packs));
  if (otherwise === 'deny' || otherwise === 'review') out.unshift(noPackRule(router, otherwise, defaultRegion));
  return out;
}

/**
 * The rules with every `byCountry` router replaced by its routed rules (other rules are kept as they are).
 *
 * @example
 * expandRoutes([...contentRules(), byCountry({ AE: uaeRules() })], 'JO').map((r) => r.id);
 * // ['content/adult', …, 'core/no-pack', 'uae/…', …]
 */
export function expandRoutes(rules: readonly Rule[], defaultRegion: string): Rule[] {
  if (!rules.some(isCountryRouter)) return [...rules];
  return rules.flatMap((rule) => (isCountryRouter(rule) ? expandRouter(rule, defaultRegion) : [rule]));
}
