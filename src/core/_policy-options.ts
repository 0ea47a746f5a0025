/** createPolicy's options: their schema, the onError setting per port, and the rule list check. */
import { z } from 'zod';
import { makeIssue } from './_issues.js';
import { PolicyConfigError } from './errors.js';
import type { OnErrorAction, OnErrorSetting } from './policy.js';
import type { FindingAction, Rule } from './types.js';

const onErrorAction = z.enum(['deny', 'allow', 'review']);
export const optionsSchema = z.object({
  rules: z.array(z.any()),
  locale: z.enum(['en', 'ar']).optional(),
  onError: z
    .union([
      onErrorAction,
      z.strictObject({
        consent: onErrorAction.optional(),
        rateStore: onErrorAction.optional(),
        rules: onErrorAction.optional(),
      }),
    ])
    .optional(),
  auditKey: z
    .union([z.string().min(16), z.instanceof(Uint8Array).refine((key) => key.length >= 16, 'at least 16 bytes')])
    .optional(),
  timeoutMs: z.number().int().positive().max(600_000).optional(),
  maxTextLength: z.number().int().positive().max(1_000_000).optional(),
  defaultRegion: z.string().length(2).optional(),
  clock: z.function().optional(),
});

const ERROR_ACTION: Record<OnErrorAction, FindingAction> = { deny: 'deny', review: 'review', allow: 'warn' };

export type Port = 'consent' | 'rateStore' | 'rules';

/** The finding action of a failure at each port. */
export function errorActions(setting: OnErrorSetting | undefined): Record<Port, FindingAction> {
  const ports: Record<Port, OnErrorAction> =
    typeof setting === 'string'
      ? { consent: 'review', rateStore: setting, rules: setting }
      : {
          consent: setting?.consent ?? 'review',
          rateStore: setting?.rateStore ?? 'review',
          rules: setting?.rules ?? 'review',
        };
  return {
    consent: ERROR_ACTION[ports.consent],
    rateStore: ERROR_ACTION[ports.rateStore],
    rules: ERROR_ACTION[ports.rules],
  };
}

/** Every entry is a rule object, and no id appears twice. */
export function validateRules(rules: unknown[]): Rule[] {
  const issues = [];
  const seen = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    const r = rule as Partial<Rule> | null;
    if (!r || typeof r !== 'object' || typeof r.id !== 'string' || !r.meta || !r.stage) {
      issues.push(
        makeIssue(['rules', index], 'invalid_type', {
          expected: 'Rule (from defineRule or a rule pack)',
          received: typeof rule,
        }),
      );
      continue;
    }
    if (seen.has(r.id)) issues.push(makeIssue(['rules', index], 'invalid_value', {}, `duplicate rule id ${r.id}`));
    seen.add(r.id);
  }
  if (issues.length > 0) throw new PolicyConfigError('createPolicy', issues);
  return rules as Rule[];
}
