/**
 * `byCountry`: one policy for a sender that reaches several countries. Each recipient gets the rule pack of
 * its own country (read from the normalised number) and nothing else; a recipient of no listed country gets
 * `otherwise`. The routing itself is done by `createPolicy`, which expands the router into one routed rule
 * per rule id (see `_routes.ts`), so each pack's rules keep their stage, their ports and their rate claims.
 */
import { z } from 'zod';
import { makeIssue } from './_issues.js';
import { PolicyConfigError } from './errors.js';
import type { Rule } from './types.js';
import { parseOptions } from './options.js';

/** ISO 3166 alpha-2 country → the rules that apply to its recipients. */
export type CountryPacks = Readonly<Record<string, readonly Rule[]>>;

/** What a recipient of no listed country gets: other rules, or one `core/no-pack` finding of that action. */
export type OtherwiseSetting = readonly Rule[] | 'deny' | 'review' | 'allow';

export interface ByCountryOptions {
  /** Default: a `core/no-pack` review finding. `'allow'` adds nothing; a rule list applies those rules. */
  otherwise?: OtherwiseSetting;
}

/** The router `byCountry` returns: a rule that `createPolicy` replaces with the routed rules. */
export interface CountryRouter extends Rule {
  readonly routes: {
    readonly packs: ReadonlyMap<string, readonly Rule[]>;
    readonly otherwise: OtherwiseSetting;
  };
}

const COUNTRY = /^[A-Z]{2}$/;

const optionsSchema = z.strictObject({
  otherwise: z.union([z.enum(['deny', 'review', 'allow']), z.array(z.any())]).optional(),
});

function isRuleLike(value: unknown): value is Rule {
  const rule = value as Partial<Rule> | null;
  return rule !== null && typeof rule === 'object' && typeof rule.id === 'string' && !!rule.meta && !!rule.stage;
}

/** True for the router `byCountry` returns. */
export function isCountryRouter(rule: unknown): rule is CountryRouter {
  return isRuleLike(rule) && (rule as Partial<CountryRouter>).routes !== undefined;
}

/**
 * Routes rule packs by the recipient's country (ISO 3166 alpha-2 keys). A rule of one pack never fires for a
 * recipient of another country; a recipient of no listed country gets `otherwise` (default: a `core/no-pack`
 * review finding). A template check without a number is routed by the policy's `defaultRegion`.
 *
 * @example
 * import { byCountry, contentRules, createPolicy } from 'sms-policy';
 * import { jordanRules } from 'sms-policy/jordan';
 * import { uaeRules } from 'sms-policy/uae';
 * import { ksaRules } from 'sms-policy/ksa';
 *
 * const policy = createPolicy({
 *   rules: [...contentRules(), byCountry({ JO: jordanRules(), AE: uaeRules(), SA: ksaRules() })],
 * });
 * // an ADV to +971501234567 at 22:30 Dubai time → defer by uae/adv-quiet-hours; no jordan/* or ksa/* finding
 */
export function byCountry(packs: CountryPacks, options: ByCountryOptions = {}): Rule {
  if (packs === null || typeof packs !== 'object' || Array.isArray(packs)) {
    throw new PolicyConfigError('byCountry', [
      makeIssue(['packs'], 'invalid_type', { expected: 'object of country → rules', received: typeof packs }),
    ]);
  }
  parseOptions(optionsSchema, options ?? {}, 'byCountry');
  const issues = [];
  const map = new Map<string, readonly Rule[]>();
  for (const [country, rules] of Object.entries(packs)) {
    if (!COUNTRY.test(country)) {
      issues.push(
        makeIssue(['packs', country], 'invalid_value', {}, 'must be an ISO 3166 alpha-2 country code such as AE'),
      );
      continue;
    }
    if (!Array.isArray(rules)) {
      issues.push(
        makeIssue(['packs', country], 'invalid_type', { expected: 'array of rules', received: typeof rules }),
      );
      continue;
    }
    for (const [index, rule] of rules.entries()) {
      if (!isRuleLike(rule)) {
        issues.push(makeIssue(['packs', country, index], 'invalid_type', { expected: 'Rule', received: typeof rule }));
      } else if (isCountryRouter(rule)) {
        issues.push(makeIssue(['packs', country, index], 'invalid_value', {}, 'byCountry cannot be nested'));
      }
    }
    map.set(country, rules);
  }
  const otherwise: OtherwiseSetting = options.otherwise ?? 'review';
  if (Array.isArray(otherwise)) {
    for (const [index, rule] of otherwise.entries()) {
      if (!isRuleLike(rule) || isCountryRouter(rule)) {
        issues.push(makeIssue(['otherwise', index], 'invalid_type', { expected: 'Rule', received: typeof rule }));
      }
    }
  }
  if (issues.length > 0) throw new PolicyConfigError('byCountry', issues);
  const router: CountryRouter = {
    id: 'core/by-country',
    stage: 'stateless',
    meta: {
      id: 'core/by-country',
      description: `Applies the rule pack of the recipient's country (${[...map.keys()].join(', ') || 'none'}).`,
      defaultAction: 'review',
      docs: 'docs/rules/core/no-pack.md',
    },
    routes: { packs: map, otherwise },
    check() {
      throw new Error('byCountry(...) works inside createPolicy, which expands it into the routed rules');
    },
  };
  return router;
}
