/**
 * Shapes of the Saudi pack's data: the dated CST ruleset (as reported) and its defaults. Data modules satisfy
 * these types and hold no logic; the rule factories take them as arguments (pin or override them).
 */
import type { DatedRuleset, RulesetClause } from '../../core/ruleset.js';
import type { FindingAction } from '../../core/types.js';

/** The SA-* clause codes of the Saudi ruleset. */
export type KsaClauseCode =
  | 'SA-CLS-01'
  | 'SA-CLS-02'
  | 'SA-SND-01'
  | 'SA-SND-02'
  | 'SA-SND-03'
  | 'SA-TIM-01'
  | 'SA-TIM-02'
  | 'SA-TIM-03'
  | 'SA-CNS-01'
  | 'SA-OPT-01'
  | 'SA-URL-01'
  | 'SA-CNT-01'
  | 'SA-CNT-02'
  | 'SA-CNT-03'
  | 'SA-NUM-01';

export type KsaClause = RulesetClause<KsaClauseCode>;

/** The extra content classes Saudi Arabia restricts, beyond the shared content categories. */
export type RestrictedClass = 'alcohol' | 'loans' | 'political' | 'religious';

export interface KsaRulesetDefaults {
  /** IANA zone of the rules' clock. */
  timeZone: string;
  /** ADV quiet hours, local `HH:MM`; the window may wrap midnight. */
  quietHours: { start: string; end: string };
  senderId: {
    maxLength: number;
    /** The promotional marker and where it goes: `-AD` at the end. */
    marker: string;
    position: 'prefix' | 'suffix';
    separator: string;
    /** Characters allowed besides Latin letters and digits. */
    punctuation: string;
    /** Numeric sender IDs are refused. */
    refuseNumeric: boolean;
  };
  /** Content categories (content/<category>) the regulator prohibits, mapped by ksa/prohibited-content. */
  prohibitedCategories: string[];
  /** Public URL shorteners the operators refuse (host names; subdomains included). */
  urlShorteners: string[];
}

/** A dated, versioned Saudi ruleset. Pin one by passing it to `ksaRules({ ruleset })`. */
export type KsaRuleset = DatedRuleset<KsaClauseCode, KsaRulesetDefaults>;

/** Options every Saudi rule factory accepts. */
export interface KsaRuleBaseOptions {
  /** The action of the rule's finding; defaults to the ruleset's default for its clause. */
  action?: FindingAction;
  /** Pin a dated ruleset (default: the latest shipped, `KSA_RULESET_2021_06_14`). */
  ruleset?: KsaRuleset;
}
