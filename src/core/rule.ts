/** `defineRule`: the way users (and the shipped packs) declare a rule. */
import { z } from 'zod';
import { makeIssue } from './_issues.js';
import { PolicyConfigError } from './errors.js';
import { FINDING_ACTIONS, type Rule, type RuleMeta, type RuleStage } from './types.js';
import { parseOptions } from './options.js';

export interface RuleDefinition extends Pick<Rule, 'check' | 'claims' | 'messages'>, Partial<Omit<RuleMeta, 'id'>> {
  id: string;
  /** Default: `rate` when `claims` is given, else `stateless`. A rule that awaits a port must say `stateful`. */
  stage?: RuleStage;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const definitionSchema = z.object({
  id: z.string().regex(RULE_ID, 'must be domain/kebab-case, e.g. acme/no-crypto'),
  stage: z.enum(['stateless', 'stateful', 'compose', 'rate']).optional(),
  defaultAction: z.enum(FINDING_ACTIONS).optional(),
});

/**
 * Declares a rule. `check` is sync for stateless rules and may return a Promise when it uses
 * `ctx.consent` or another port.
 *
 * @example
 * const noCrypto = defineRule({
 *   id: 'acme/no-crypto',
 *   check: (message, ctx) =>
 *     /crypto/i.test(message.text)
 *       ? [ctx.finding({ action: 'review', messageId: 'acme.no-crypto', message: 'Crypto promotions need review' })]
 *       : [],
 * });
 */
export function defineRule(definition: RuleDefinition): Rule {
  parseOptions(definitionSchema, definition, 'defineRule');
  if (typeof definition.check !== 'function' && typeof definition.claims !== 'function') {
    throw new PolicyConfigError('defineRule', [
      makeIssue(['check'], 'required', {}, undefined, 'core.issue.rule-without-check'),
    ]);
  }
  const { check, claims, stage, id, messages, ...rest } = definition;
  const meta: RuleMeta = {
    id,
    description: rest.description ?? id,
    defaultAction: rest.defaultAction ?? 'review',
    ...rest,
  };
  const rule: { -readonly [K in keyof Rule]: Rule[K] } = {
    id,
    meta,
    stage: stage ?? (claims ? 'rate' : 'stateless'),
  };
  if (messages) rule.messages = messages;
  if (check) rule.check = check;
  if (claims) rule.claims = claims;
  return rule;
}
