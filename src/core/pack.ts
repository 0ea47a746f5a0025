/**
 * The plumbing every rule pack shares (content, consent, flood, jordan, uae, ksa): the per-rule `actions` option,
 * which leaves a rule out with `off` and otherwise hands its factory the action to use.
 */
import type { FindingAction, RuleActionSetting } from './types.js';

/** What a pack reads from its `actions` option. */
export interface PackActions<Id extends string> {
  /** False when the rule is switched off. */
  on(id: Id): boolean;
  /** `{ action }` to spread into the rule's options, or `{}` to keep the rule's default. */
  action(id: Id): { action?: FindingAction };
}

/**
 * Reads a pack's `actions` option once.
 *
 * @example
 * const { on, action } = packActions<JordanRuleId>(parsed.actions);
 * JORDAN_RULE_IDS.filter(on).map((id) => factories[id]({ ruleset, ...action(id) }));
 */
export function packActions<Id extends string>(
  actions: Partial<Record<Id, RuleActionSetting>> | undefined,
): PackActions<Id> {
  const settings: Partial<Record<Id, RuleActionSetting>> = actions ?? {};
  return {
    on: (id) => settings[id] !== 'off',
    action: (id) => {
      const setting = settings[id];
      return setting && setting !== 'off' ? { action: setting } : {};
    },
  };
}
