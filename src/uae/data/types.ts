/**
 * Shapes of the UAE pack's data: the dated TDRA ruleset (as reported) and its defaults. Data modules satisfy
 * these types and hold no logic; the rule factories take them as arguments (pin or override them).
 */
import type { DatedRuleset, RulesetClause } from '../../core/ruleset.js';
import type { FindingAction } from '../../core/types.js';

/** The AE-* clause codes of the UAE ruleset. */
export type UaeClauseCode =
  | 'AE-SND-01'
  | 'AE-SND-02'
  | 'AE-SND-03'
  | 'AE-TIM-01'
  | 'AE-TIM-02'
  | 'AE-TIM-03'
  | 'AE-CNS-01'
  | 'AE-OPT-01'
  | 'AE-OPT-02'
  | 'AE-CNT-01'
  | 'AE-CNT-02'
  | 'AE-CNT-03'
  | 'AE-NUM-01'
  | 'AE-REC-01';

export type UaeClause = RulesetClause<UaeClauseCode>;

/** The extra content classes the UAE restricts, beyond the shared content categories. */
export type RestrictedClass = 'alcohol' | 'loans' | 'political' | 'religious';

export interface UaeRulesetDefaults {
  /** IANA zone of the rules' clock. */
  timeZone: string;
  /** ADV quiet hours, local `HH:MM`; the window may wrap midnight. */
  quietHours: { start: string; end: string };
  senderId: {
    maxLength: number;
    /** The promotional marker and where it goes: `AD-` in front. */
    marker: string;
    position: 'prefix' | 'suffix';
    separator: string;
    /** Characters allowed besides Latin letters and digits. */
    punctuation: string;
  };
  /** Content categories (content/<category>) the regulator prohibits, mapped by uae/prohibited-content. */
  prohibitedCategories: string[];
  /** The operators' opt-out short code. */
  optOutShortCode: string;
}

/** A dated, versioned UAE ruleset. Pin one by passing it to `uaeRules({ ruleset })`. */
export type UaeRuleset = DatedRuleset<UaeClauseCode, UaeRulesetDefaults>;

/** Options every UAE rule factory accepts. */
export interface UaeRuleBaseOptions {
  /** The action of the rule's finding; defaults to the ruleset's default for its clause. */
  action?: FindingAction;
  /** Pin a dated ruleset (default: the latest shipped, `UAE_RULESET_2020_11_03`). */
  ruleset?: UaeRuleset;
}
